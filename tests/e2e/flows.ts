import { offlineFollowUp, type FollowUp, type Question } from '@candor/core';
import type { Page } from 'playwright-core';
import { uniqueEmail } from '../support/admin';

/** Signs a fresh user up through the form and waits for the dashboard to greet them. */
export async function signUp(page: Page, name: string): Promise<{ email: string }> {
  const email = uniqueEmail('e2e');
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct-horse-42');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/dashboard');
  await page.getByTestId('display-name').waitFor();
  return { email };
}

/**
 * Types one answer in the practice room and moves on. When the follow-up rule asks about this
 * answer (the same core function the room runs), waits for the room to ask exactly that, then
 * replies with `reply` or skips the follow-up when there is none.
 */
export async function answerInRoom(
  page: Page,
  question: Question,
  text: string,
  button: 'Next question' | 'Finish interview',
  reply?: string,
): Promise<FollowUp | null> {
  await page.getByLabel('Your answer').fill(text);
  await page.getByRole('button', { name: button }).click();
  const followUp = offlineFollowUp(question, text);
  if (!followUp) return null;
  const asked = page.getByTestId('follow-up');
  await asked.filter({ hasText: followUp.text }).waitFor();
  if (reply === undefined) {
    await page.getByRole('button', { name: 'Skip follow-up' }).click();
  } else {
    await page.getByLabel('Your answer').fill(reply);
    await page.getByRole('button', { name: button }).click();
  }
  await asked.waitFor({ state: 'detached' });
  return followUp;
}
