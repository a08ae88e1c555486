/**
 * An interview whose generation worker died: the page says what it is waiting for and offers
 * "check now", which retries it to ready; one whose retry died too ends failed with a reason
 * and a working "Try again". (The sweep does the same on its schedule: tests/functions.)
 */
import { COLLECTIONS } from '@candor/core';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { adminDb } from '../support/admin';
import { launchBrowser, newPage, waitForWebApp } from '../support/browser';
import { signUp } from './flows';

let browser: Browser;

beforeAll(async () => {
  await waitForWebApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Creates an interview through the form and waits for its questions. */
async function createInterview(page: Page, role: string): Promise<string> {
  await page.goto('/interviews/new');
  await page.getByLabel('Role', { exact: true }).fill(role);
  await page.getByLabel('Level').selectOption('mid');
  await page.getByRole('radio', { name: 'Technical' }).check();
  await page.getByLabel('Number of questions').fill('2');
  await page.getByRole('button', { name: 'Create interview' }).click();
  await page.waitForURL(
    (url) => /^\/interviews\/[\w-]+$/.test(url.pathname) && !url.pathname.endsWith('/new'),
  );
  await page.getByRole('list', { name: 'Questions' }).waitFor();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** Leaves the interview as a worker that died after claiming it leaves it. */
async function kill(interviewId: string, recoveries?: number) {
  await adminDb()
    .collection(COLLECTIONS.interviews)
    .doc(interviewId)
    .update({
      status: 'generating',
      questions: [],
      engine: FieldValue.delete(),
      updatedAt: Timestamp.fromMillis(Date.now() - 10 * 60_000),
      generationLease: {
        id: 'dead-worker',
        atMs: Date.now() - 6 * 60_000,
        ...(recoveries === undefined ? {} : { recoveries }),
      },
    });
}

describe('an interview whose generation stopped', () => {
  it('says the run stopped and "check now" starts it again, to its questions', async () => {
    const { context, page } = await newPage(browser);
    await signUp(page, 'Frances Allen');
    const interviewId = await createInterview(page, 'Compiler Engineer');
    await kill(interviewId);

    const wait = page.getByTestId('generation-wait');
    await wait.waitFor();
    await expect(wait.textContent()).resolves.toContain('seems to have stopped');
    await page.getByRole('button', { name: 'Check now' }).click();
    await page.getByRole('list', { name: 'Questions' }).waitFor();
    await expect(
      page.getByRole('list', { name: 'Questions' }).getByRole('listitem').count(),
    ).resolves.toBe(2);
    const stored = await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get();
    expect(stored.get('status')).toBe('ready');
    await context.close();
  });

  it('fails with a reason when the retry stopped too, and "Try again" recovers it', async () => {
    const { context, page } = await newPage(browser);
    await signUp(page, 'Jean Sammet');
    const interviewId = await createInterview(page, 'Language Designer');
    await kill(interviewId, 1);

    await page.getByTestId('generation-wait').waitFor();
    await page.getByRole('button', { name: 'Check now' }).click();
    const failed = page.getByRole('alert').filter({ hasText: 'We could not write your questions' });
    await failed.waitFor();
    await expect(failed.textContent()).resolves.toContain('stopped twice before it finished');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('list', { name: 'Questions' }).waitFor();
    await context.close();
  });
});
