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
