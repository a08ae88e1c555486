import {
  CATEGORY_NAMES,
  COLLECTIONS,
  feedbackSchema,
  rubricForQuestion,
  type Feedback,
  type Question,
  type TranscriptTurn,
} from '@candor/core';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { adminAuth, adminDb } from '../support/admin';
import { newPage, startBrowser } from '../support/browser';
import { waitFor } from '../support/env';
import { attemptDoc } from '../support/interviews';
import { answerInRoom, attemptIdFromPage, createInterview, isInterviewPage, signUp } from './flows';
import { expectUi } from '../support/expect';

// No Gemini or Retell keys in this run: practice mode, and the offline rubric scores.

let browser: Browser;
let context: BrowserContext;
let page: Page;
let uid: string;
let interviewId: string;
let questions: Question[];
/** The attempts taken in order, with their stored feedback. */
const taken: { attemptId: string; feedback: Feedback }[] = [];

// Specific stories with numbers and outcomes, each followed by the key points of the question it
// answers (in the rubric's own words): the rubric scores content against the question asked, so
// a good story to another question would not score well. Filled in once the questions exist.
const GOOD_ANSWERS: string[] = [];
const GOOD_STORIES = [
  'In my last role I owned the nightly ingestion pipeline for our order data. When the volume tripled, I split the single Airflow job into partitioned tasks and moved the heavy joins into the warehouse. The run time went from five hours to forty minutes, and I added alerts so the on-call engineer heard about failures before the analysts did.',
  'I start by writing down what the stakeholders actually need to decide, because that tells me which numbers matter. Then I check the source tables for duplicates and late-arriving rows before building anything. For example, I once found that refunds were counted twice, which changed the monthly revenue figure by three percent.',
  'A teammate and I disagreed about whether to rebuild a slow report or to cache it. Instead of arguing, we measured both options on a copy of production data for a week. Caching was good enough for ninety percent of the queries, so we shipped that first and scheduled the rebuild for the next quarter.',
];
// Vague one-liners: long enough to be assessed, too thin to score well.
const WEAK_ANSWERS = [
  'I would probably just look at it and try some things until it works, I guess.',
  'Not sure really, I would ask someone on the team what they think about it.',
  'I think it depends, maybe use a cache or something like that.',
];

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

async function storedFeedback(attemptId: string): Promise<Feedback> {
  const snap = await waitFor(async () => {
    const s = await adminDb().collection(COLLECTIONS.feedback).doc(attemptId).get();
    return s.exists ? s : null;
  }, `feedback for ${attemptId}`);
  const createdAt = snap.get('createdAt') as Timestamp;
  return feedbackSchema.parse({ ...snap.data(), createdAt: createdAt.toDate() });
}

/** The room's path to a finished practice interview, typed answer by typed answer. */
async function practiseInRoom(answers: readonly string[]): Promise<string> {
  await page.waitForURL(`**/interviews/${interviewId}/room`);
  // The mode choice is final once the capabilities have answered.
  await page.getByTestId('voice-unavailable').filter({ hasText: 'not set up' }).waitFor();
  await page.getByRole('button', { name: 'Start practice interview' }).click();
  for (const [index, text] of answers.entries()) {
    await page.getByText(`Question ${String(index + 1)} of ${String(answers.length)}`).waitFor();
    const question = questions[index];
    if (!question) throw new Error(`expected question ${String(index + 1)}`);
    await answerInRoom(
      page,
      question,
      text,
      index === answers.length - 1 ? 'Finish interview' : 'Next question',
    );
  }
  return attemptIdFromPage(page, interviewId);
}

/** Waits on the feedback page for the result, which may arrive while the page is open. */
async function waitForResult(): Promise<void> {
  await page.getByText('Scoring your interview...').or(page.getByTestId('total-score')).waitFor();
  await page.getByTestId('total-score').waitFor();
}

const totalOnPage = async () =>
  Number((await page.getByTestId('total-score').textContent())?.replace('/100', ''));

async function quotesOnPage(): Promise<string[]> {
  return (await page.getByTestId('evidence-quote').allTextContents()).map(collapse);
}

/** The same choice the page makes: unscored first, then the lowest scores, about half. */
function expectedWeakest(feedback: Feedback): string[] {
  const count = Math.min(3, Math.ceil(feedback.questions.length / 2));
  return feedback.questions
    .map((q, index) => ({ id: q.questionId, rank: q.score ?? -1, index }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, count)
    .map((q) => q.id);
}

async function weakestHref(): Promise<string | null> {
  return page.getByRole('link', { name: 'Practise weakest questions' }).getAttribute('href');
}

beforeAll(async () => {
  browser = await startBrowser();
  ({ context, page } = await newPage(browser));

  const { email } = await signUp(page, 'Grace Hopper');
  uid = (await adminAuth().getUserByEmail(email)).uid;

  interviewId = await createInterview(page, { role: 'Data Engineer', questionCount: 3 });

  const stored = await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get();
  questions = stored.get('questions') as Question[];
  expect(questions).toHaveLength(3);
  GOOD_ANSWERS.push(
    ...questions.map((q, i) =>
      [
        GOOD_STORIES[i] ?? '',
        ...(rubricForQuestion(q)?.keyPoints ?? []).map(
          (p) => `I would also talk about ${p.phrasings[0] ?? ''}, with an example from that work.`,
        ),
      ].join(' '),
    ),
  );
});

afterAll(async () => {
  await context.close();
  await browser.close();
});

describe('feedback and history', () => {
  it('shows evidence-backed feedback for a typed practice interview', async () => {
    // A new interview has no attempts and offers to start, not to retake.
    await page.getByText('No attempts yet').waitFor();
    await expectUi(page.getByRole('link', { name: 'Retake' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Start interview' }).click();

    const attemptId = await practiseInRoom(GOOD_ANSWERS);
    await waitForResult();
    const feedback = await storedFeedback(attemptId);
    taken.push({ attemptId, feedback });
    expect(feedback.engine).toBe('offline');
    expect(feedback.insufficientEvidence).toBe(false);

    await expect(totalOnPage()).resolves.toBe(feedback.totalScore);
    await expectUi(page.getByText('Offline scoring', { exact: true })).toBeVisible();
    await expectUi(page.getByText('Scored by Gemini')).toHaveCount(0);
    await expectUi(page.getByText('Not enough evidence for an honest assessment')).toHaveCount(0);

    // The five categories, each with the stored score, in the chart's table alternative.
    const rows = page.getByTestId('category-score');
    await expectUi(rows).toHaveCount(5);
    for (const [index, name] of CATEGORY_NAMES.entries()) {
      const stored = feedback.categoryScores.find((c) => c.name === name);
      expect(stored).toBeDefined();
      const row = rows.nth(index);
      await expect(row.getByRole('rowheader').textContent()).resolves.toBe(name);
      await expect(row.getByRole('cell').first().textContent()).resolves.toBe(
        String(stored?.score),
      );
    }
    await expectUi(page.getByRole('img', { name: /^Bar chart of category scores/ })).toBeVisible();

    // Each question with its answer's feedback; every quote is something that was typed.
    const items = page.getByTestId('question-feedback');
    await expectUi(items).toHaveCount(3);
    for (const [index, question] of questions.entries()) {
      await expect(items.nth(index).getByRole('heading').textContent()).resolves.toContain(
        question.text,
      );
    }
    const quotes = await quotesOnPage();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(GOOD_ANSWERS.some((answer) => answer.includes(quote))).toBe(true);
    }
    expect(quotes).toEqual(feedback.questions.flatMap((q) => q.evidence.map((e) => e.quote)));
    // Practice turns carry times, so each quote says when in the interview it was said.
    await expectUi(page.getByText(/^At \d+:\d\d in the interview$/)).toHaveCount(quotes.length);

    // Typed answers have no speaking pace, and the page says so rather than print a number.
    await expectUi(page.getByText(/most likely typed/)).toBeVisible();

    // The transcript is there, collapsed, with the questions and the answers as typed.
    const transcript = page.getByTestId('transcript');
    await expectUi(transcript).toBeHidden();
    await page.getByText('Show the full transcript').click();
    await expectUi(transcript).toBeVisible();
    const turns = (await transcript.getByRole('listitem').allTextContents()).join('\n');
    for (const text of [...questions.map((q) => q.text), ...GOOD_ANSWERS]) {
      expect(turns).toContain(text);
    }

    // Practise weakest questions points the room at this feedback's lowest-scored questions.
    const href = await weakestHref();
    expect(href).toBe(
      `/interviews/${interviewId}/room?questions=${expectedWeakest(feedback).join(',')}`,
    );
  });

  it('keeps every attempt: a weaker retake gets its own feedback and the history lists both', async () => {
    const [first] = taken;
    if (!first) throw new Error('expected the first attempt');
    await page.getByRole('link', { name: 'Retake' }).click();

    const attemptId = await practiseInRoom(WEAK_ANSWERS);
    expect(attemptId).not.toBe(first.attemptId);
    await waitForResult();
    const feedback = await storedFeedback(attemptId);
    taken.push({ attemptId, feedback });
    expect(feedback.totalScore).toBeLessThan(first.feedback.totalScore);
    await expect(totalOnPage()).resolves.toBe(feedback.totalScore);
    const quotes = await quotesOnPage();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(WEAK_ANSWERS.some((answer) => answer.includes(quote))).toBe(true);
    }

    // The interview page lists both attempts, newest first, each with its own score.
    await page.getByRole('link', { name: 'Back to the interview' }).click();
    await page.waitForURL(isInterviewPage);
    const rows = page.getByTestId('attempt-row');
    await rows.nth(1).getByTestId('attempt-score').waitFor();
    await expectUi(rows).toHaveCount(2);
    await expect(
      rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-attempt-id'))),
    ).resolves.toEqual([attemptId, first.attemptId]);
    for (const [index, { feedback: expected }] of [...taken].reverse().entries()) {
      const row = rows.nth(index);
      await expect(row.textContent()).resolves.toContain(`Attempt ${String(2 - index)}`);
      await expect(row.textContent()).resolves.toContain('Practice');
      await expectUi(row.getByText('Scored', { exact: true })).toBeVisible();
      await expect(row.getByTestId('attempt-score').textContent()).resolves.toBe(
        `${String(expected.totalScore)}/100`,
      );
    }
    // The header now offers a retake and the weakest questions of the latest feedback.
    await expectUi(page.getByRole('link', { name: 'Start interview' })).toHaveCount(0);
    await expectUi(page.getByRole('link', { name: 'Retake' })).toBeVisible();
    await expect(weakestHref()).resolves.toBe(
      `/interviews/${interviewId}/room?questions=${expectedWeakest(feedback).join(',')}`,
    );

    // Each feedback page still shows its own result: the retake overwrote nothing.
    await rows.nth(1).getByRole('link').click();
    await page.waitForURL(`**/attempts/${first.attemptId}`);
    await waitForResult();
    await expect(totalOnPage()).resolves.toBe(first.feedback.totalScore);
    for (const quote of await quotesOnPage()) {
      expect(GOOD_ANSWERS.some((answer) => answer.includes(quote))).toBe(true);
    }
    await page.goto(`/interviews/${interviewId}/attempts/${attemptId}`);
    await waitForResult();
    await expect(totalOnPage()).resolves.toBe(feedback.totalScore);
  });

  it('shows the score trend and the weakest category on the dashboard', async () => {
    const [first, second] = taken;
    if (!first || !second) throw new Error('expected two attempts');
    await page.goto('/dashboard');
    await page.getByRole('heading', { name: 'Your progress' }).waitFor();
    const drop = first.feedback.totalScore - second.feedback.totalScore;
    await expect(page.getByTestId('trend-summary').textContent()).resolves.toBe(
      `Last score ${String(second.feedback.totalScore)}, down ${String(drop)} from your first. Best ${String(first.feedback.totalScore)} over 2 scored attempts.`,
    );
    await expectUi(
      page.getByRole('img', { name: /^Line chart of your total scores/ }),
    ).toBeVisible();

    const averages = CATEGORY_NAMES.map((name) => {
      const scores = taken.map(
        ({ feedback }) => feedback.categoryScores.find((c) => c.name === name)?.score ?? 0,
      );
      return { name, mean: scores.reduce((a, b) => a + b, 0) / scores.length };
    });
    const weakest = averages.reduce((low, c) => (c.mean < low.mean ? c : low));
    await expect(page.getByTestId('weakest-category').textContent()).resolves.toBe(weakest.name);
    const practise = page.getByRole('link', { name: 'Practise its weakest questions' });
    await expect(practise.getAttribute('href')).resolves.toMatch(
      new RegExp(`^/interviews/${interviewId}/room\\?questions=[\\w,-]+$`),
    );
    // The greeting and the interview list are still there.
    await expect(page.getByTestId('display-name').textContent()).resolves.toBe('Grace Hopper');
    await expectUi(page.getByRole('heading', { name: 'Your interviews' })).toBeVisible();
  });

  it('offers to score a failed attempt again and follows it live to the result', async () => {
    // A scoring failure cannot be provoked through the offline engine, so the attempt is stored
    // as the trigger leaves one when the model fails; everything after that is the real path.
    const transcript: TranscriptTurn[] = [
      { role: 'agent', text: 'Hi Grace, thanks for joining.', startMs: 0, endMs: 3_000 },
    ];
    let ms = 3_000;
    for (const [index, question] of questions.entries()) {
      transcript.push({ role: 'agent', text: question.text, startMs: ms, endMs: ms + 5_000 });
      ms += 5_000;
      const text = GOOD_ANSWERS[index] ?? '';
      transcript.push({ role: 'user', text, startMs: ms, endMs: ms + 25_000 });
      ms += 25_000;
    }
    const failed = adminDb()
      .collection(COLLECTIONS.interviews)
      .doc(interviewId)
      .collection(COLLECTIONS.attempts)
      .doc();
    const now = Date.now();
    await failed.set({
      userId: uid,
      interviewId,
      mode: 'voice',
      callId: `call_${failed.id}`,
      status: 'failed',
      error: 'The AI service had a temporary problem. Please try scoring again.',
      transcript,
      startedAt: Timestamp.fromMillis(now - ms),
      endedAt: Timestamp.fromMillis(now),
      durationMs: ms,
      createdAt: FieldValue.serverTimestamp(),
    });

    await page.goto(`/interviews/${interviewId}/attempts/${failed.id}`);
    const problem = page.getByRole('alert').filter({ hasText: 'could not be scored' });
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toContain('temporary problem');
    await expect(page.getByRole('link', { name: 'Retake' }).getAttribute('href')).resolves.toBe(
      `/interviews/${interviewId}/room`,
    );

    await page.getByRole('button', { name: 'Score again' }).click();
    await waitForResult();
    const feedback = await storedFeedback(failed.id);
    await expect(totalOnPage()).resolves.toBe(feedback.totalScore);
    expect((await attemptDoc(interviewId, failed.id).get()).get('status')).toBe('scored');
    // Real timings this time: the pace is measured and read against a conversational pace, and
    // each quote carries the time its answer began.
    await expectUi(page.getByText(/130 to 160 words per minute/)).toBeVisible();
    const times = feedback.questions.flatMap((q) =>
      q.evidence.map((e) => {
        const seconds = Math.floor((e.startMs ?? -1000) / 1000);
        return `At ${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')} in the interview`;
      }),
    );
    expect(times.length).toBeGreaterThan(0);
    await expect(
      page.getByText(/^At \d+:\d\d in the interview$/).allTextContents(),
    ).resolves.toEqual(times);
  });

  it('shows a scoring run that died as stopped, and scores it again on request', async () => {
    // A worker that died mid-scoring leaves the attempt in `scoring` with an expired lease; no
    // trigger fires for it, so the page must not wait on it for ever.
    const stuck = adminDb()
      .collection(COLLECTIONS.interviews)
      .doc(interviewId)
      .collection(COLLECTIONS.attempts)
      .doc();
    const turns: TranscriptTurn[] = questions.flatMap((question, index) => [
      { role: 'agent' as const, text: question.text },
      { role: 'user' as const, text: GOOD_ANSWERS[index] ?? '' },
    ]);
    await stuck.set({
      userId: uid,
      interviewId,
      mode: 'practice',
      status: 'scoring',
      scoringLease: { id: 'dead-worker', atMs: Date.now() - 6 * 60_000 },
      transcript: turns,
      startedAt: null,
      endedAt: null,
      durationMs: null,
      createdAt: FieldValue.serverTimestamp(),
    });
    await page.goto(`/interviews/${interviewId}/attempts/${stuck.id}`);
    const stopped = page.getByRole('alert').filter({ hasText: 'Scoring seems to have stopped' });
    await stopped.waitFor();
    // Not dressed up as progress: nothing is running any more.
    await expectUi(page.getByRole('progressbar')).toHaveCount(0);
    await page.getByRole('button', { name: 'Score again' }).click();
    await waitForResult();
    const feedback = await storedFeedback(stuck.id);
    await expect(totalOnPage()).resolves.toBe(feedback.totalScore);
    // No timings at all: the page says the pace was not measured rather than inventing one.
    const pace = page.getByText('Speaking pace').locator('..');
    await expect(pace.textContent()).resolves.toContain('Not measured');
    // Quotes without a time say nothing about when.
    await expectUi(page.getByText(/in the interview$/)).toHaveCount(0);
    await expectUi(page.getByTestId('evidence-quote')).not.toHaveCount(0);
  });

  it('waits on a scoring in progress and turns into the result live, flagging thin evidence', async () => {
    const attempt = adminDb()
      .collection(COLLECTIONS.interviews)
      .doc(interviewId)
      .collection(COLLECTIONS.attempts)
      .doc();
    // Barely anything said: too little for an honest assessment.
    const turns: TranscriptTurn[] = questions.flatMap((question, index) => [
      { role: 'agent' as const, text: question.text, startMs: index * 20_000 },
      { role: 'user' as const, text: 'Um, pass.', startMs: index * 20_000 + 10_000 },
    ]);
    await attempt.set({
      userId: uid,
      interviewId,
      mode: 'practice',
      status: 'scoring',
      scoringLease: { id: 'live-worker', atMs: Date.now() },
      transcript: turns,
      startedAt: null,
      endedAt: null,
      durationMs: 60_000,
      createdAt: FieldValue.serverTimestamp(),
    });
    await page.goto(`/interviews/${interviewId}/attempts/${attempt.id}`);
    await page.getByRole('heading', { name: 'Scoring your interview...' }).waitFor();
    await expectUi(page.getByRole('progressbar', { name: 'Scoring your interview' })).toBeVisible();

    // Handing the attempt back to the trigger, as "score again" does; the open page follows.
    await attempt.update({ status: 'transcribed', scoringLease: FieldValue.delete() });
    await page.getByTestId('total-score').waitFor();
    const feedback = await storedFeedback(attempt.id);
    expect(feedback.insufficientEvidence).toBe(true);
    await expect(totalOnPage()).resolves.toBe(feedback.totalScore);
    await expectUi(page.getByText('Not enough evidence for an honest assessment')).toBeVisible();
    await expectUi(page.getByText('Not scored: not enough evidence')).toHaveCount(3);
    await expectUi(page.getByTestId('evidence-quote')).toHaveCount(0);
  });

  it('says when an attempt is still in progress, with the way back to the room', async () => {
    const open = adminDb()
      .collection(COLLECTIONS.interviews)
      .doc(interviewId)
      .collection(COLLECTIONS.attempts)
      .doc();
    await open.set({
      userId: uid,
      interviewId,
      mode: 'practice',
      status: 'in_progress',
      transcript: [],
      startedAt: Timestamp.now(),
      endedAt: null,
      durationMs: null,
      createdAt: FieldValue.serverTimestamp(),
    });
    await page.goto(`/interviews/${interviewId}/attempts/${open.id}`);
    await page.getByRole('heading', { name: 'This interview is still in progress' }).waitFor();
    await expect(
      page.getByRole('link', { name: 'Go to the interview room' }).getAttribute('href'),
    ).resolves.toBe(`/interviews/${interviewId}/room`);
    await expectUi(page.getByTestId('total-score')).toHaveCount(0);
  });
});
