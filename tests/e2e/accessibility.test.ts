import { COLLECTIONS } from '@candor/core';
import type { Page } from 'playwright-core';
import { adminAuth, adminDb } from '../support/admin';
import { accessibilityViolations } from '../support/axe';
import { newPage, useBrowser } from '../support/browser';
import { expectUi } from '../support/expect';
import { DEMO_USER, signIn } from './flows';

const browser = useBrowser();

/**
 * Every page, as its reader sees it once loaded, checked with the rules Lighthouse's
 * accessibility category scores (support/axe.ts): each violation names the rule and elements.
 */
async function expectAccessible(page: Page) {
  const path = new URL(page.url()).pathname;
  expect({ path, violations: await accessibilityViolations(page) }).toEqual({
    path,
    violations: [],
  });
}

/** The daily-limit notes have their figures (a loading note is drawn differently). */
async function usageLoaded(page: Page) {
  await expectUi(page.locator('[data-usage][aria-busy="true"]')).toHaveCount(0);
}

/** The demo user's scored attempt from the seed: its interview and attempt ids. */
async function seededFeedback(): Promise<{ interviewId: string; attemptId: string }> {
  const { uid } = await adminAuth().getUserByEmail(DEMO_USER.email);
  const snap = await adminDb()
    .collection(COLLECTIONS.feedback)
    .where('userId', '==', uid)
    .limit(1)
    .get();
  const doc = snap.docs[0];
  if (!doc) throw new Error('the seed has no feedback for the demo user');
  return { interviewId: String(doc.get('interviewId')), attemptId: String(doc.get('attemptId')) };
}

describe('accessibility, with the rules Lighthouse scores', () => {
  it('signed out: landing, sign in, sign up and a missing page', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page);

    await page.goto('/sign-in');
    await page.getByLabel('Email').waitFor();
    await expectAccessible(page);

    await page.goto('/sign-up');
    await page.getByLabel('Your name').waitFor();
    await expectAccessible(page);

    // A form with its errors showing.
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectUi(page.getByRole('alert').first()).toBeVisible();
    await expectAccessible(page);

    const missing = await page.goto('/no-such-page');
    expect(missing?.status()).toBe(404);
    await expectAccessible(page);
    await context.close();
  });

  it('signed in with the seed data: every signed-in page, and a shared report', async () => {
    const { interviewId, attemptId } = await seededFeedback();
    const { context, page } = await newPage(browser);
    await signIn(page);
    await page.getByRole('list', { name: 'Your interviews' }).waitFor();
    await expectAccessible(page);

    await page.goto('/interviews/new');
    await page.getByLabel('Role', { exact: true }).waitFor();
    await usageLoaded(page);
    await expectAccessible(page);

    await page.goto(`/interviews/${interviewId}`);
    await page.getByRole('list', { name: 'Questions' }).waitFor();
    await expectAccessible(page);

    await page.goto(`/interviews/${interviewId}/room`);
    await page.getByRole('button', { name: /^Start (practice|voice) interview$/ }).waitFor();
    await usageLoaded(page);
    await expectAccessible(page);

    // The room during a practice interview, then with an empty answer refused.
    await page.getByRole('radio', { name: /Practice/ }).check();
    await page.getByRole('button', { name: 'Start practice interview' }).click();
    await page.getByTestId('current-question').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: /^(Next question|Finish interview)$/ }).click();
    await expectUi(page.getByRole('alert').filter({ hasText: 'Skip question' })).toHaveCount(1);
    await expectAccessible(page);

    await page.goto(`/interviews/${interviewId}/attempts/${attemptId}`);
    await page.getByTestId('total-score').waitFor();
    await expectAccessible(page);

    // The share panel with a link made, then that link as a signed-out visitor sees it.
    await page.getByLabel('Label (only you see it)').fill('Accessibility check');
    await page.getByRole('button', { name: 'Create link' }).click();
    const link = await page.getByLabel('New share link').inputValue();
    await expectAccessible(page);

    await page.goto('/settings');
    await expectUi(page.getByLabel('Display name')).toHaveValue(/\S/);
    await usageLoaded(page);
    await expectAccessible(page);

    const { context: stranger, page: viewer } = await newPage(browser);
    await viewer.goto(link);
    await viewer.getByTestId('total-score').waitFor();
    await expectAccessible(viewer);
    await stranger.close();
    await context.close();
  });
});
