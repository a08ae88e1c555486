import { COLLECTIONS, type StartAttemptOutput } from '@candor/core';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { adminDb } from '../support/admin';
import { expectCallError, signedInClient, type TestClient } from '../support/client';
import { waitFor } from '../support/env';
import {
  attemptDoc,
  interviewDoc,
  practiceSubmission,
  readyInterview,
  stallGeneration,
} from '../support/interviews';

// The owner driving their own documents through moves the state machine does not allow:
// submitting twice, submitting to an abandoned or scored attempt, abandoning or rescoring a
// finished one, starting attempts on an interview without questions. Each is refused (or, for
// abandon, a no-op), changes nothing and uses no daily quota.

let client: TestClient;
let interviewId: string;
let questionIds: string[];

const ANSWERS = [
  'I led the migration of our billing service to Go and halved its latency.',
  'I would add an index on the foreign key and read the query plan.',
  'We measured both designs for a week and picked the cheaper one.',
];

beforeAll(async () => {
  client = await signedInClient('State Tester');
  const ready = await readyInterview(client);
  interviewId = ready.interviewId;
  questionIds = ready.questions.map((q) => q.id);
});

afterAll(async () => {
  await client.close();
});

const usage = async () =>
  (await adminDb().collection(COLLECTIONS.rateLimits).doc(client.uid).get()).data() ?? {};

async function start(onInterview = interviewId): Promise<string> {
  const started = await client.call<StartAttemptOutput>('startAttempt', {
    interviewId: onInterview,
    mode: 'practice',
  });
  return started.attemptId;
}

const submit = (attemptId: string, texts: string[]) =>
  client.call(
    'submitPracticeTranscript',
    practiceSubmission(interviewId, attemptId, questionIds, texts),
  );

const settled = (attemptId: string, status: string) =>
  waitFor(async () => {
    const snap = await attemptDoc(interviewId, attemptId).get();
    return snap.get('status') === status ? snap : null;
  }, `attempt ${attemptId} to be ${status}`);

/** What an abuse must leave exactly as it was. */
const stored = (snap: DocumentSnapshot) => ({
  status: snap.get('status') as unknown,
  transcript: snap.get('transcript') as unknown,
  error: snap.get('error') as unknown,
  transcribedAt: snap.get('transcribedAt') as unknown,
});

describe('an attempt', () => {
  it('takes one submission: a second, however different, is refused and stores nothing', async () => {
    const attemptId = await start();
    await submit(attemptId, ANSWERS);
    const first = await settled(attemptId, 'scored');
    const limits = await usage();

    for (const texts of [ANSWERS, ['A far better answer, written after seeing my score.']]) {
      const error = await expectCallError(submit(attemptId, texts), 'failed-precondition');
      expect(error.message).toBe('This attempt has already been submitted. [400]');
    }
    const after = await attemptDoc(interviewId, attemptId).get();
    expect(stored(after)).toEqual(stored(first));
    expect(JSON.stringify(after.get('transcript'))).not.toContain('far better answer');
    expect(await usage()).toEqual(limits);
  });

  it('takes no submission once abandoned, and cannot be scored from one', async () => {
    const attemptId = await start();
    await client.call('abandonAttempt', { interviewId, attemptId, reason: 'Left early.' });
    await expectCallError(submit(attemptId, ANSWERS), 'failed-precondition');
    const snap = await attemptDoc(interviewId, attemptId).get();
    expect(stored(snap)).toMatchObject({ status: 'failed', transcript: [], error: 'Left early.' });
    // Nothing was recorded, so there is nothing to rescore either, and no rescore is counted.
    await expectCallError(
      client.call('rescoreAttempt', { interviewId, attemptId }),
      'failed-precondition',
    );
    expect((await usage()).rescores).toBeUndefined();
  });

  it('is not failed by abandoning it once it has its result, nor rescored while scored', async () => {
    const attemptId = await start();
    await submit(attemptId, ANSWERS);
    const scored = await settled(attemptId, 'scored');
    const feedback = await adminDb().collection(COLLECTIONS.feedback).doc(attemptId).get();

    await client.call('abandonAttempt', { interviewId, attemptId, reason: 'Hide this score.' });
    const error = await expectCallError(
      client.call('rescoreAttempt', { interviewId, attemptId }),
      'failed-precondition',
    );
    expect(error.message).toMatch(/Only an attempt whose scoring failed/);

    const after = await attemptDoc(interviewId, attemptId).get();
    expect(stored(after)).toEqual(stored(scored));
    const feedbackAfter = await adminDb().collection(COLLECTIONS.feedback).doc(attemptId).get();
    expect(feedbackAfter.get('totalScore')).toBe(feedback.get('totalScore'));
    expect((await usage()).rescores).toBeUndefined();
  });
});

describe('an interview without questions', () => {
  it.each([
    [
      'failed',
      async (id: string) =>
        interviewDoc(id).update({ status: 'failed', questions: [], error: 'x' }),
    ],
    ['still generating', async (id: string) => stallGeneration(interviewDoc(id), null, Date.now())],
  ])('takes no attempt while %s, and the refusal uses no quota', async (_state, put) => {
    const { interviewId: id } = await readyInterview(client, { role: 'Data Engineer' });
    await put(id);
    const before = await usage();
    const error = await expectCallError(
      client.call('startAttempt', { interviewId: id, mode: 'practice' }),
      'failed-precondition',
    );
    expect(error.message).toBe('This interview has no questions yet. [400]');
    const attempts = await interviewDoc(id).collection(COLLECTIONS.attempts).get();
    expect(attempts.size).toBe(0);
    expect(await usage()).toEqual(before);
  });

  it('cannot be "tried again" while it is ready, which would throw its questions away', async () => {
    const before = await interviewDoc(interviewId).get();
    const limits = await usage();
    await expectCallError(client.call('retryInterview', { interviewId }), 'failed-precondition');
    const after = await interviewDoc(interviewId).get();
    expect(after.get('status')).toBe('ready');
    expect(after.get('questions')).toEqual(before.get('questions'));
    expect(await usage()).toEqual(limits);
  });
});
