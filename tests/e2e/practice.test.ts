import {
  COLLECTIONS,
  offlineFollowUp,
  rubricForQuestion,
  type Question,
  type TranscriptTurn,
} from '@candor/core';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { adminAuth, adminDb } from '../support/admin';
import { newPage, startBrowser } from '../support/browser';
import { waitFor } from '../support/env';
import { attemptDoc } from '../support/interviews';
import { answerInRoom, attemptIdFromPage, createInterview, signUp } from './flows';
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

async function answer(
  question: Question,
  index: number,
  text: string,
  total: number,
  button: 'Next question' | 'Finish interview',
) {
  await page.getByText(`Question ${String(index + 1)} of ${String(total)}`).waitFor();
  await answerInRoom(page, question, text, button);
}

/**
 * An answer that states every key point of the question's rubric (one point a sentence, in the
 * rubric's own phrasings), told as a story with an action and a result: the kind of complete
 * answer the follow-up rule leaves alone.
 */
function fullAnswer(question: Question): string | null {
  const rubric = rubricForQuestion(question);
  if (!rubric) return null;
  const asked = question.text.toLowerCase();
  const points = rubric.keyPoints.map((point) => {
    const phrasing =
      point.phrasings.find((p) => !p.split(' ').some((t) => asked.includes(t.replace('*', '')))) ??
      point.phrasings[0] ??
      '';
    return `In that project the ${phrasing.replace(/\*/g, 'ing')} part mattered for the design we chose.`;
  });
  return [
    'At my last job we had a project like this on the data platform.',
    ...points,
    'I led that work myself, and as a result we shipped it on time.',
  ].join(' ');
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
        question,
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
    await answer(third, 0, ANSWERS[2] ?? '', 2, 'Next question');

    await page.getByText('Question 2 of 2').waitFor();
    await expect(page.getByTestId('current-question').textContent()).resolves.toBe(first.text);
    await page.getByRole('button', { name: 'Skip question' }).click();

    const attemptId = await attemptIdFromUrl();
    const snap = await transcribedAttempt(attemptId);
    expect(snap.get('questionIds')).toEqual([third.id, first.id]);
    const transcript = snap.get('transcript') as TranscriptTurn[];
    // A follow-up the candidate skipped stays in the transcript as asked, with no reply.
    const followedUp = offlineFollowUp(third, ANSWERS[2] ?? '') !== null;
    expect(transcript.map((t) => [t.role, t.questionId, t.followUp ?? false])).toEqual([
      ['agent', undefined, false],
      ['agent', third.id, false],
      ['user', third.id, false],
      ...(followedUp ? [['agent', third.id, true]] : []),
      ['agent', first.id, false],
      ['agent', undefined, false],
    ]);
    expect(transcript[1]?.text).toBe(third.text);
    expect(transcript[2]?.text).toBe(ANSWERS[2]);
  });

  it('leaves a full answer alone and follows up a one-sentence answer once', async () => {
    const SHORT = 'I would look at the logs first.';
    const REPLY = 'Then I would check the metrics.';
    // A question whose rubric the built answer covers, and another one for the short answer.
    const full = questions.flatMap((q) => {
      const text = fullAnswer(q);
      return text !== null && offlineFollowUp(q, text) === null ? [{ question: q, text }] : [];
    })[0];
    if (!full) throw new Error('expected a question the full answer covers');
    const short = questions.find(
      (q) => q.id !== full.question.id && offlineFollowUp(q, SHORT)?.reason === 'too-short',
    );
    if (!short) throw new Error('expected a second question');
    const expected = offlineFollowUp(short, SHORT)?.text;

    await openRoom(`?questions=${full.question.id},${short.id}`);
    await page.getByRole('button', { name: 'Start practice interview' }).click();

    // A full answer: no follow-up, straight on to the next question.
    await page.getByText('Question 1 of 2').waitFor();
    await page.getByLabel('Your answer').fill(full.text);
    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByText('Question 2 of 2').waitFor();
    await expect(page.getByTestId('current-question').textContent()).resolves.toBe(short.text);

    // A one-sentence answer: the interviewer asks one follow-up, shown under the question.
    await page.getByLabel('Your answer').fill(SHORT);
    await page.getByRole('button', { name: 'Finish interview' }).click();
    await page.getByTestId('follow-up').waitFor();
    await expect(page.getByTestId('follow-up').textContent()).resolves.toBe(expected);
    await expect(page.getByTestId('followed-up-question').textContent()).resolves.toBe(short.text);
    await expect(page.getByText('Question 2 of 2').isVisible()).resolves.toBe(true);
    // The reply, however short, draws no second follow-up: the interview ends.
    await page.getByLabel('Your answer').fill(REPLY);
    await page.getByRole('button', { name: 'Finish interview' }).click();

    const attemptId = await attemptIdFromUrl();
    const snap = await transcribedAttempt(attemptId);
    const transcript = snap.get('transcript') as TranscriptTurn[];
    expect(
      transcript.map((t) => [t.role, t.questionId ?? null, t.followUp ?? false, t.text]),
    ).toEqual([
      ['agent', null, false, expect.stringMatching(/^Hi Katherine,/)],
      ['agent', full.question.id, false, full.question.text],
      ['user', full.question.id, false, full.text],
      ['agent', short.id, false, short.text],
      ['user', short.id, false, SHORT],
      ['agent', short.id, true, expected],
      ['user', short.id, true, REPLY],
      ['agent', null, false, expect.stringMatching(/^Thank you for your time/)],
    ]);
    // The attempt keeps the answer target (the suggested one) and the time of each answer.
    const timing = snap.get('timing') as { targetMs?: number; answers: { questionId: string }[] };
    expect([120_000, 180_000]).toContain(timing.targetMs);
    expect(timing.answers.map((a) => a.questionId)).toEqual([full.question.id, short.id]);
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
