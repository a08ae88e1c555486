import { COLLECTIONS, type Question, type TranscriptTurn } from '@candor/core';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { adminAuth, adminDb } from '../support/admin';
import { newPage, startBrowser } from '../support/browser';
import { waitFor } from '../support/env';
import { attemptDoc } from '../support/interviews';
import { attemptIdFromPage, createInterview, signUp } from './flows';
import { expectUi } from '../support/expect';

// The e2e run has no Retell or Gemini keys: voice is off, the offline engine writes and scores.

let browser: Browser;
let context: BrowserContext;
let page: Page;
let uid: string;
let interviewId: string;
let questions: Question[];

const ANSWERS = [
  'In my last role I owned the nightly ingestion pipeline for our order data. When the volume tripled, I split the single Airflow job into partitioned tasks and moved the heavy joins into the warehouse. The run time went from five hours to forty minutes, and I added alerts so the on-call engineer heard about failures before the analysts did.',
  'I start by writing down what the stakeholders actually need to decide, because that tells me which numbers matter. Then I check the source tables for duplicates and late-arriving rows before building anything. For example, I once found that refunds were counted twice, which changed the monthly revenue figure by three percent.',
  'A teammate and I disagreed about whether to rebuild a slow report or to cache it. Instead of arguing, we measured both options on a copy of production data for a week. Caching was good enough for ninety percent of the queries, so we shipped that first and scheduled the rebuild for the next quarter.',
];

/** Waits for the settled attempt; scoring may already be under way when it is read. */
async function transcribedAttempt(attemptId: string): Promise<DocumentSnapshot> {
  return waitFor(async () => {
    const snap = await attemptDoc(interviewId, attemptId).get();
    const status = snap.get('status') as string | undefined;
    return status !== undefined && ['transcribed', 'scoring', 'scored'].includes(status)
      ? snap
      : null;
  }, `attempt ${attemptId} to be transcribed`);
}

const attemptIdFromUrl = () => attemptIdFromPage(page, interviewId);

async function openRoom(query = '') {
  await page.goto(`/interviews/${interviewId}/room${query}`);
  // The mode choice is final once the capabilities have answered.
  await page.getByTestId('voice-unavailable').filter({ hasText: 'not set up' }).waitFor();
}

async function answer(index: number, text: string, total: number, buttonName: string) {
  await page.getByText(`Question ${String(index + 1)} of ${String(total)}`).waitFor();
  await page.getByLabel('Your answer').fill(text);
  await page.getByRole('button', { name: buttonName }).click();
}

beforeAll(async () => {
  browser = await startBrowser();
  ({ context, page } = await newPage(browser));

  const { email } = await signUp(page, 'Katherine Johnson');
  uid = (await adminAuth().getUserByEmail(email)).uid;

  interviewId = await createInterview(page, { role: 'Data Engineer', questionCount: 3 });

  const stored = await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get();
  questions = stored.get('questions') as Question[];
  expect(questions).toHaveLength(3);
});

afterAll(async () => {
  await context.close();
  await browser.close();
});

describe('practice mode in the interview room', () => {
  it('runs a typed practice interview and sends its transcript for feedback', async () => {
    await page.getByRole('link', { name: 'Start interview' }).click();
    await page.waitForURL(`**/interviews/${interviewId}/room`);
    await page.getByTestId('voice-unavailable').filter({ hasText: 'not set up' }).waitFor();

    // Without Retell the voice option is there but disabled, and practice is the default.
    await expect(page.getByRole('radio', { name: 'Voice interview' }).isDisabled()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('radio', { name: 'Practice mode' }).isChecked()).resolves.toBe(
      true,
    );

    await page.getByRole('button', { name: 'Start practice interview' }).click();
    // The interviewer greets the candidate by the first name they signed up with.
    await page.getByText('Hi Katherine,').waitFor();
    for (const [index, question] of questions.entries()) {
      await page.getByText(`Question ${String(index + 1)} of 3`).waitFor();
      await expect(page.getByTestId('current-question').textContent()).resolves.toBe(question.text);
      await answer(
        index,
        ANSWERS[index] ?? '',
        3,
        index === questions.length - 1 ? 'Finish interview' : 'Next question',
      );
    }

    const attemptId = await attemptIdFromUrl();
    const snap = await transcribedAttempt(attemptId);
    expect(snap.get('userId')).toBe(uid);
    expect(snap.get('mode')).toBe('practice');
    expect(snap.get('questionIds')).toEqual(questions.map((q) => q.id));

    const transcript = snap.get('transcript') as TranscriptTurn[];
    expect(transcript.filter((t) => t.role === 'user').map((t) => t.text)).toEqual(ANSWERS);
    const agentTexts = transcript.filter((t) => t.role === 'agent').map((t) => t.text);
    expect(agentTexts[0]).toMatch(/^Hi Katherine, .*Data Engineer role/);
    for (const question of questions) {
      expect(agentTexts.filter((text) => text.includes(question.text))).toHaveLength(1);
    }
    // Each answer directly follows its question, and the times run forward from the start.
    for (const [index, question] of questions.entries()) {
      const asked = transcript.findIndex((t) => t.role === 'agent' && t.text === question.text);
      expect(transcript[asked + 1]).toMatchObject({ role: 'user', text: ANSWERS[index] });
    }
    let previousEnd = 0;
    for (const turn of transcript) {
      expect(typeof turn.startMs).toBe('number');
      expect(typeof turn.endMs).toBe('number');
      expect(turn.startMs ?? -1).toBeGreaterThanOrEqual(previousEnd);
      expect(turn.endMs ?? -1).toBeGreaterThanOrEqual(turn.startMs ?? 0);
      previousEnd = turn.endMs ?? previousEnd;
    }
    expect(snap.get('durationMs')).toBeGreaterThanOrEqual(previousEnd);
    // Nothing is left behind to send again.
    await expect(
      page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('candor.'))),
    ).resolves.toEqual([]);
  });

  it('practises only the questions in the link, in that order, and records a skip as no answer', async () => {
    const [first, , third] = questions;
    if (!first || !third) throw new Error('expected three questions');
    await openRoom(`?questions=${third.id},${first.id}`);
    await expectUi(page.getByText('2 of 3 questions')).toBeVisible();
    await page.getByRole('button', { name: 'Start practice interview' }).click();

    await page.getByText('Question 1 of 2').waitFor();
    await expect(page.getByTestId('current-question').textContent()).resolves.toBe(third.text);
    // Moving on with an empty answer is refused, with a way forward.
    await page.getByRole('button', { name: 'Next question' }).click();
    await expectUi(page.getByRole('alert').filter({ hasText: 'Skip question' })).toHaveCount(1);
    await answer(0, ANSWERS[2] ?? '', 2, 'Next question');

    await page.getByText('Question 2 of 2').waitFor();
    await expect(page.getByTestId('current-question').textContent()).resolves.toBe(first.text);
    await page.getByRole('button', { name: 'Skip question' }).click();

    const attemptId = await attemptIdFromUrl();
    const snap = await transcribedAttempt(attemptId);
    expect(snap.get('questionIds')).toEqual([third.id, first.id]);
    const transcript = snap.get('transcript') as TranscriptTurn[];
    expect(transcript.map((t) => t.role)).toEqual(['agent', 'agent', 'user', 'agent', 'agent']);
    expect(transcript[1]?.text).toBe(third.text);
    expect(transcript[2]?.text).toBe(ANSWERS[2]);
    expect(transcript[3]?.text).toBe(first.text);
  });

  it('shows why an attempt with no answers failed and offers to start again', async () => {
    const second = questions[1];
    if (!second) throw new Error('expected three questions');
    await openRoom(`?questions=${second.id}`);
    await page.getByRole('button', { name: 'Start practice interview' }).click();
    await page.getByText('Question 1 of 1').waitFor();
    await page.getByRole('button', { name: 'Skip question' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'could not be scored' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('You did not answer any questions');
    await expectUi(page.getByRole('button', { name: 'Start again' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(`/interviews/${interviewId}/room`);

    const attempts = await adminDb()
      .collection(COLLECTIONS.interviews)
      .doc(interviewId)
      .collection(COLLECTIONS.attempts)
      .where('questionIds', '==', [second.id])
      .get();
    expect(attempts.docs.map((d) => d.get('status') as string)).toEqual(['failed']);

    await page.getByRole('button', { name: 'Start again' }).click();
    await expectUi(page.getByRole('button', { name: 'Start practice interview' })).toBeVisible();
  });
});
