/**
 * An interview whose generation worker died: the page says what it is waiting for and offers
 * "check now", which retries it to ready; one whose retry died too ends failed with a reason
 * and a working "Try again". (The sweep does the same on its schedule: tests/functions.)
 */
import { COLLECTIONS } from '@candor/core';
import { adminDb } from '../support/admin';
import { newPage, useBrowser } from '../support/browser';
import { interviewDoc, stallGeneration } from '../support/interviews';
import { createInterview, signUp } from './flows';
import { expectUi } from '../support/expect';

const browser = useBrowser();

const COMPILER = { role: 'Compiler Engineer', type: 'Technical', questionCount: 2 } as const;
const LANGUAGE = { role: 'Language Designer', type: 'Technical', questionCount: 2 } as const;

/** Leaves the interview as a worker that died after claiming it leaves it. */
async function kill(interviewId: string, recoveries?: number) {
  await stallGeneration(interviewDoc(interviewId), {
    id: 'dead-worker',
    atMs: Date.now() - 6 * 60_000,
    ...(recoveries === undefined ? {} : { recoveries }),
  });
}

describe('an interview whose generation stopped', () => {
  it('says the run stopped and "check now" starts it again, to its questions', async () => {
    const { context, page } = await newPage(browser);
    await signUp(page, 'Frances Allen');
    const interviewId = await createInterview(page, COMPILER);
    await kill(interviewId);

    const wait = page.getByTestId('generation-wait');
    await wait.waitFor();
    await expect(wait.textContent()).resolves.toContain('seems to have stopped');
    await page.getByRole('button', { name: 'Check now' }).click();
    await page.getByRole('list', { name: 'Questions' }).waitFor();
    await expectUi(page.getByRole('list', { name: 'Questions' }).getByRole('listitem')).toHaveCount(
      2,
    );
    const stored = await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get();
    expect(stored.get('status')).toBe('ready');
    await context.close();
  });

  it('fails with a reason when the retry stopped too, and "Try again" recovers it', async () => {
    const { context, page } = await newPage(browser);
    await signUp(page, 'Jean Sammet');
    const interviewId = await createInterview(page, LANGUAGE);
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
