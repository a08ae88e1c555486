import { offlineFollowUp, type FollowUp, type Question } from '@candor/core';
import type { Page } from 'playwright-core';
import { uniqueEmail } from '../support/admin';
import { expectUi } from '../support/expect';

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

/** The seeded demo account (seed/), with its interviews, attempts and feedback. */
export const DEMO_USER = { email: 'demo@candor.test', password: 'demo-password' };

/** Signs in through the form and waits for the dashboard to greet the user. */
export async function signIn(page: Page, { email, password } = DEMO_USER): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL('**/dashboard');
  await page.getByTestId('display-name').waitFor();
}

/** An interview's own page (not the form at /interviews/new). */
export const isInterviewPage = (url: URL) =>
  /^\/interviews\/[\w-]+$/.test(url.pathname) && url.pathname !== '/interviews/new';

export const ATTEMPT_PAGE = /^\/interviews\/([\w-]+)\/attempts\/([\w-]+)$/;

export interface InterviewForm {
  role: string;
  level?: 'junior' | 'mid' | 'senior';
  /** The type's radio, by its label. */
  type?: 'Mixed' | 'Technical' | 'Behavioral';
  /** Typed into the tech stack field one by one, each entered with Enter. */
  techStack?: string[];
  questionCount?: number;
}

/**
 * Creates an interview through the form, from the "New interview" link of the page it is on
 * (the dashboard after signUp), and waits for its questions. Returns the interview's id.
 */
export async function createInterview(page: Page, form: InterviewForm): Promise<string> {
  await page.getByRole('link', { name: 'New interview' }).click();
  await page.waitForURL('**/interviews/new');
  await page.getByLabel('Role', { exact: true }).fill(form.role);
  await page.getByLabel('Level').selectOption(form.level ?? 'mid');
  await page.getByRole('radio', { name: form.type ?? 'Mixed' }).check();
  if (form.techStack) {
    const stack = page.getByRole('combobox', { name: 'Tech stack' });
    for (const tech of form.techStack) {
      await stack.fill(tech);
      await stack.press('Enter');
    }
    // Each entry shows as typed, nothing more and nothing less.
    await expectUi
      .poll(() =>
        page
          .getByRole('list', { name: 'Selected technologies' })
          .getByRole('listitem')
          .allTextContents(),
      )
      .toEqual(form.techStack);
  }
  await page.getByLabel('Number of questions').fill(String(form.questionCount ?? 3));
  await page.getByRole('button', { name: 'Create interview' }).click();
  await page.waitForURL(isInterviewPage);
  const interviewId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.getByRole('list', { name: 'Questions' }).waitFor();
  return interviewId;
}

/** Waits for the page of an attempt of this interview and returns the attempt's id. */
export async function attemptIdFromPage(page: Page, interviewId: string): Promise<string> {
  await page.waitForURL((url) => ATTEMPT_PAGE.test(url.pathname));
  const match = ATTEMPT_PAGE.exec(new URL(page.url()).pathname);
  expect(match?.[1]).toBe(interviewId);
  return match?.[2] ?? '';
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
