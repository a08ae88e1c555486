import {
  CATEGORY_NAMES,
  COLLECTIONS,
  INSUFFICIENT_CATEGORY_CAP,
  OFFLINE_SCORER_VERSION,
  rubricForQuestion,
  type Question,
  type TranscriptTurn,
} from '@candor/core';
import { Timestamp } from 'firebase-admin/firestore';
import { scoreAttempt } from '../../functions/src/services/feedback';
import { adminDb } from '../support/admin';
import { expectCallError, signedInClient, type TestClient } from '../support/client';
import { waitFor } from '../support/env';
import {
  feedbackRef,
  readFeedback,
  readyInterview,
  settledAttempt,
  writeAttempt,
} from '../support/interviews';

let client: TestClient;
let interviewId: string;
let questions: Question[];

/** The interview every test here answers (the offline bank writes its questions). */
const createReadyInterview = (owner: TestClient) =>
  readyInterview(owner, {
    role: 'Frontend Engineer',
    techStack: ['React', 'TypeScript'],
    questionCount: 4,
  });

beforeAll(async () => {
  client = await signedInClient('Feedback Candidate');
  ({ interviewId, questions } = await createReadyInterview(client));
});

afterAll(async () => {
  await client.close();
});

// Realistic answers, whatever the offline bank asked: stories for behavioural questions,
// reasoning with the stack for technical ones. One filler on purpose, for the delivery metrics.
const BEHAVIORAL_ANSWER =
  'At my last company our checkout page had a lot of complaints in the support queue. My role was the frontend lead, so I needed to find out what was going wrong. I set up session recordings and read through about two hundred tickets with the support team, and I found that the address form rejected valid postcodes. I rewrote the validation and added clear inline errors. As a result the complaints dropped by 60 percent within a month, and I learned to look at the data before guessing.';
const TECHNICAL_ANSWER =
  "Um, first I would look at how the browser and React already help, because the framework escapes text by default. Then I would check the places where that protection is bypassed, for example when we render HTML from the server. I prefer a strict TypeScript type for trusted content, so that a raw string can't reach the DOM by accident. The trade-off is a bit more ceremony, however it turns a class of bugs into compile errors, and I would add a test for each risky component.";

/**
 * Each question gets its own answer: the scorer counts one story once, for the question it
 * answers, so pasting the same text under every question would leave the others unanswered.
 * The answer states the rubric's key points in a sentence each (the scorer must credit them,
 * quoting those sentences), after a story or an opening that is the same kind for every question.
 */
function answerTo(question: Question): string {
  const points = (rubricForQuestion(question)?.keyPoints ?? []).map(
    (p, i) =>
      `Point ${String(i + 1)} for me is ${p.phrasings[0] ?? ''}, which I would explain with an example.`,
  );
  return [
    question.kind === 'behavioral' ? BEHAVIORAL_ANSWER : TECHNICAL_ANSWER,
    `For question ${question.id}:`,
    ...points,
  ].join(' ');
}

/** A call as the webhook stores it: the agent reads each question, the candidate answers. */
function interviewTranscript(
  asked: readonly Question[],
  answer: (q: Question) => string | null = answerTo,
): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  let ms = 0;
  const say = (role: TranscriptTurn['role'], text: string) => {
    // About 150 words a minute, so the pace metrics have timings to work from.
    const length = Math.max(1_000, text.split(' ').length * 400);
    turns.push({ role, text, startMs: ms, endMs: ms + length });
    ms += length + 800;
  };
  say('agent', "Hi, thanks for joining. I'll ask you a few questions. Let's get started.");
  for (const q of asked) {
    say('agent', q.text);
    const text = answer(q);
    if (text !== null) say('user', text);
  }
  say('agent', 'That was the last question. Thank you for your time.');
  return turns;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('onAttemptTranscribed, offline engine', () => {
  it('scores a transcribed attempt with the offline rubric: quotes, totals and delivery', async () => {
    const transcript = interviewTranscript(questions);
    const ref = await writeAttempt(client.uid, interviewId, { transcript });
    const attempt = await settledAttempt(ref);
    expect(attempt.get('status')).toBe('scored');
    expect(attempt.get('scoringLease')).toBeUndefined();
    expect(attempt.get('error')).toBeUndefined();

    const raw = await feedbackRef(ref.id).get();
    expect(Object.keys(raw.data() ?? {}).sort()).toEqual(
      [
        'userId',
        'interviewId',
        'attemptId',
        'totalScore',
        'categoryScores',
        'questions',
        'strengths',
        'improvements',
        'finalAssessment',
        'delivery',
        'insufficientEvidence',
        'engine',
        'model',
        'promptVersion',
        'createdAt',
      ].sort(),
    );
    const feedback = await readFeedback(ref.id);
    expect(feedback).toMatchObject({
      userId: client.uid,
      interviewId,
      attemptId: ref.id,
      engine: 'offline',
      model: OFFLINE_SCORER_VERSION,
      promptVersion: OFFLINE_SCORER_VERSION,
      insufficientEvidence: false,
    });

    expect(feedback.categoryScores.map((c) => c.name)).toEqual([...CATEGORY_NAMES]);
    expect(feedback.totalScore).toBeGreaterThan(0);
    expect(feedback.totalScore).toBeLessThanOrEqual(100);
    expect(feedback.totalScore).toBe(
      Math.round(mean(feedback.categoryScores.flatMap((c) => (c.score === null ? [] : [c.score])))),
    );

    const candidateTurns = transcript.filter((t) => t.role === 'user').map((t) => t.text);
    expect(feedback.questions.map((q) => q.questionId)).toEqual(questions.map((q) => q.id));
    expect(feedback.questions.map((q) => q.question)).toEqual(questions.map((q) => q.text));
    for (const q of feedback.questions) {
      expect(q.score).not.toBeNull();
      expect(q.evidence.length).toBeGreaterThan(0);
      for (const { quote } of q.evidence) {
        expect(candidateTurns.some((text) => text.includes(quote))).toBe(true);
      }
    }
    expect(feedback.strengths.length).toBeGreaterThan(0);
    expect(feedback.finalAssessment).not.toBe('');

    expect(feedback.delivery.answerCount).toBe(questions.length);
    expect(feedback.delivery.wordsPerMinute).toBeGreaterThan(100);
    expect(feedback.delivery.wordsPerMinute).toBeLessThan(200);
    expect(feedback.delivery.fillerWords.um).toBe(
      questions.filter((q) => q.kind === 'technical').length,
    );
    expect(feedback.delivery.talkRatio).toBeGreaterThan(0.5);
    expect(feedback.delivery.talkRatio).toBeLessThan(1);
  });

  it('gives a near-silent attempt an honest insufficient-evidence result and no strengths', async () => {
    const transcript = interviewTranscript(questions, (q) =>
      q.id === 'q1' ? 'Um, yes, I think so.' : null,
    );
    const ref = await writeAttempt(client.uid, interviewId, { transcript });
    expect((await settledAttempt(ref)).get('status')).toBe('scored');

    const feedback = await readFeedback(ref.id);
    expect(feedback.insufficientEvidence).toBe(true);
    expect(feedback.strengths).toEqual([]);
    expect(feedback.questions.every((q) => q.score === null)).toBe(true);
    for (const c of feedback.categoryScores) {
      expect(c.score).toBeLessThanOrEqual(INSUFFICIENT_CATEGORY_CAP);
    }
    expect(feedback.totalScore).toBeLessThanOrEqual(INSUFFICIENT_CATEGORY_CAP);

    const empty = await writeAttempt(client.uid, interviewId, { transcript: [] });
    expect((await settledAttempt(empty)).get('status')).toBe('scored');
    const none = await readFeedback(empty.id);
    expect(none.insufficientEvidence).toBe(true);
    expect(none.totalScore).toBe(0);
    expect(none.strengths).toEqual([]);
  });

  it('gives a retake its own feedback and leaves the first one untouched', async () => {
    const first = await writeAttempt(client.uid, interviewId, {
      transcript: interviewTranscript(questions),
    });
    await settledAttempt(first);
    const before = (await feedbackRef(first.id).get()).data();

    const retake = await writeAttempt(client.uid, interviewId, {
      transcript: interviewTranscript(questions, (q) =>
        q.kind === 'behavioral' ? BEHAVIORAL_ANSWER : 'I am not sure, I have never used that.',
      ),
    });
    expect((await settledAttempt(retake)).get('status')).toBe('scored');
    const second = await readFeedback(retake.id);
    expect(second.attemptId).toBe(retake.id);

    expect((await feedbackRef(first.id).get()).data()).toEqual(before);
    expect(second.totalScore).toBeLessThan((before?.totalScore as number | undefined) ?? 0);
  });

  it('is idempotent: a redelivered event changes neither the feedback nor the attempt', async () => {
    const ref = await writeAttempt(client.uid, interviewId, {
      transcript: interviewTranscript(questions),
    });
    const attempt = await settledAttempt(ref);
    const feedback = (await feedbackRef(ref.id).get()).data();

    await scoreAttempt(interviewId, ref.id, 'redelivered-event-id');

    expect((await feedbackRef(ref.id).get()).data()).toEqual(feedback);
    expect((await ref.get()).data()).toEqual(attempt.data());
  });

  it('never overwrites feedback when a scored attempt is moved back to transcribed', async () => {
    const ref = await writeAttempt(client.uid, interviewId, {
      transcript: interviewTranscript(questions),
    });
    await settledAttempt(ref);
    const feedback = (await feedbackRef(ref.id).get()).data();

    await ref.update({ status: 'transcribed', transcript: [] });
    await waitFor(
      async () => (await ref.get()).get('status') === 'scored',
      'the attempt to settle as scored again',
    );
    expect((await feedbackRef(ref.id).get()).data()).toEqual(feedback);
  });

  it('scores only the questions the attempt asked, in its order', async () => {
    const asked = [questions[2], questions[0]].filter((q) => q !== undefined);
    const ref = await writeAttempt(client.uid, interviewId, {
      questionIds: asked.map((q) => q.id),
      transcript: interviewTranscript(asked),
    });
    expect((await settledAttempt(ref)).get('status')).toBe('scored');
    const feedback = await readFeedback(ref.id);
    expect(feedback.questions.map((q) => q.questionId)).toEqual(asked.map((q) => q.id));
    expect(feedback.questions.every((q) => q.score !== null)).toBe(true);
  });
});

describe('rescoreAttempt', () => {
  const failedFields = (transcript: TranscriptTurn[]) => ({
    status: 'failed',
    error: 'The AI service had a temporary problem. Please try scoring again.',
    transcript,
  });

  it('lets the owner score a failed attempt again: back to transcribed, then scored', async () => {
    const ref = await writeAttempt(
      client.uid,
      interviewId,
      failedFields(interviewTranscript(questions)),
    );
    const limits = adminDb().collection(COLLECTIONS.rateLimits).doc(client.uid);
    const used = ((await limits.get()).get('rescores.count') as number | undefined) ?? 0;

    await expect(
      client.call('rescoreAttempt', { interviewId, attemptId: ref.id }),
    ).resolves.toEqual({ ok: true });

    const attempt = await settledAttempt(ref);
    expect(attempt.get('status')).toBe('scored');
    expect(attempt.get('error')).toBeUndefined();
    expect((await readFeedback(ref.id)).engine).toBe('offline');
    expect((await limits.get()).get('rescores.count')).toBe(used + 1);
  });

  it('treats an attempt stuck in scoring past its lease as failed', async () => {
    const ref = await writeAttempt(client.uid, interviewId, {
      status: 'scoring',
      scoringLease: { id: 'dead-worker', atMs: Date.now() - 10 * 60 * 1000 },
      transcript: interviewTranscript(questions),
    });
    await client.call('rescoreAttempt', { interviewId, attemptId: ref.id });
    expect((await settledAttempt(ref)).get('status')).toBe('scored');
    expect((await ref.get()).get('scoringLease')).toBeUndefined();
  });

  it('reads as not-found for anyone but the owner, and for unknown attempts', async () => {
    const ref = await writeAttempt(
      client.uid,
      interviewId,
      failedFields(interviewTranscript(questions)),
    );
    const stranger = await signedInClient('Stranger');
    await expectCallError(
      stranger.call('rescoreAttempt', { interviewId, attemptId: ref.id }),
      'not-found',
    );
    await stranger.close();
    await expectCallError(
      client.call('rescoreAttempt', { interviewId, attemptId: 'no-such-attempt' }),
      'not-found',
    );
    expect((await ref.get()).get('status')).toBe('failed');
  });

  it('refuses attempts that are not failed, or have nothing to score', async () => {
    const scored = await writeAttempt(client.uid, interviewId, {
      transcript: interviewTranscript(questions),
    });
    await settledAttempt(scored);
    const notFailed = await expectCallError(
      client.call('rescoreAttempt', { interviewId, attemptId: scored.id }),
      'failed-precondition',
    );
    expect(notFailed.message).toMatch(/only an attempt whose scoring failed/i);

    const neverConnected = await writeAttempt(client.uid, interviewId, {
      ...failedFields([{ role: 'agent', text: 'Hello? Are you there?' }]),
      error: 'The call ended before it connected.',
    });
    const empty = await expectCallError(
      client.call('rescoreAttempt', { interviewId, attemptId: neverConnected.id }),
      'failed-precondition',
    );
    expect(empty.message).toMatch(/no transcript to score/);
    const after = await neverConnected.get();
    expect(after.get('status')).toBe('failed');
    expect(after.get('error')).toBe('The call ended before it connected.');
  });

  it('rejects an invalid request naming the field', async () => {
    const error = await expectCallError(
      client.call('rescoreAttempt', { interviewId }),
      'invalid-argument',
    );
    expect(error.message).toMatch(/^attemptId/);
  });

  it('enforces the daily limit, leaving the attempt failed', async () => {
    const limited = await signedInClient('Limited Rescorer');
    const own = await createReadyInterview(limited);
    const ref = await writeAttempt(
      limited.uid,
      own.interviewId,
      failedFields(interviewTranscript(own.questions)),
    );
    await adminDb()
      .collection(COLLECTIONS.rateLimits)
      .doc(limited.uid)
      .set({ rescores: { count: 10, windowStart: Timestamp.fromMillis(Date.now() - 60_000) } });

    const error = await expectCallError(
      limited.call('rescoreAttempt', { interviewId: own.interviewId, attemptId: ref.id }),
      'resource-exhausted',
    );
    expect(error.message).toMatch(/limit of 10 rescoring requests per day/);
    expect((await ref.get()).get('status')).toBe('failed');
    await limited.close();
  });
});
