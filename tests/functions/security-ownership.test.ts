import { COLLECTIONS, type StartAttemptOutput } from '@candor/core';
import { adminDb } from '../support/admin';
import { callError, signedInClient, type TestClient } from '../support/client';
import { waitFor } from '../support/env';
import { attemptDoc, practiceSubmission, readyInterview } from '../support/interviews';

// Another user's attempt id must read as not-found whatever the attempt's state, so that an id
// can never be confirmed (the "already submitted" answer once gave submitted ones away).

let owner: TestClient;
let stranger: TestClient;
let interviewId: string;
let strangersInterviewId: string;
let questionIds: string[];

beforeAll(async () => {
  [owner, stranger] = await Promise.all([signedInClient('Owner'), signedInClient('Stranger')]);
  ({ interviewId } = await readyInterview(owner));
  ({ interviewId: strangersInterviewId } = await readyInterview(stranger));
  const snap = await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get();
  questionIds = (snap.get('questions') as { id: string }[]).map((q) => q.id);
});

afterAll(async () => {
  await Promise.all([owner.close(), stranger.close()]);
});

const submission = (attemptId: string, texts: string[], onInterview = interviewId) =>
  practiceSubmission(onInterview, attemptId, questionIds, texts);

const ANSWERS = [
  'I led the migration of our billing service to Go and halved its latency.',
  'I would add an index on the foreign key and read the query plan.',
  'We measured both designs for a week and picked the cheaper one.',
];

async function start(): Promise<string> {
  const started = await owner.call<StartAttemptOutput>('startAttempt', {
    interviewId,
    mode: 'practice',
  });
  return started.attemptId;
}

const settledStatus = (attemptId: string, statuses: string[]) =>
  waitFor(async () => {
    const snap = await attemptDoc(interviewId, attemptId).get();
    return statuses.includes(snap.get('status') as string) ? snap : null;
  }, `attempt ${attemptId} to settle`);

/** Each state an attempt of the owner's can be in, made through the owner's own calls. */
const STATES: [string, () => Promise<string>][] = [
  ['created', start],
  [
    'submitted (just now, before scoring settles)',
    async () => {
      const attemptId = await start();
      await owner.call('submitPracticeTranscript', submission(attemptId, ANSWERS));
      return attemptId;
    },
  ],
  [
    'scored',
    async () => {
      const attemptId = await start();
      await owner.call('submitPracticeTranscript', submission(attemptId, ANSWERS));
      await settledStatus(attemptId, ['scored']);
      return attemptId;
    },
  ],
  [
    'failed (nothing answered)',
    async () => {
      const attemptId = await start();
      await owner.call('submitPracticeTranscript', submission(attemptId, []));
      await settledStatus(attemptId, ['failed']);
      return attemptId;
    },
  ],
  [
    'failed (abandoned)',
    async () => {
      const attemptId = await start();
      await owner.call('abandonAttempt', { interviewId, attemptId, reason: 'Left early.' });
      return attemptId;
    },
  ],
  [
    'deleted (its event key left behind)',
    async () => {
      const attemptId = await start();
      await owner.call('submitPracticeTranscript', submission(attemptId, ANSWERS));
      await settledStatus(attemptId, ['scored']);
      await attemptDoc(interviewId, attemptId).delete();
      return attemptId;
    },
  ],
];

describe.each(STATES)('another user and an attempt that is %s', (state, make) => {
  it('reads as not-found on every callable, and nothing changes', async () => {
    const attemptId = await make();
    const ref = attemptDoc(interviewId, attemptId);
    const before = await ref.get();
    const eventKey = adminDb().collection(COLLECTIONS.webhookEvents).doc(`practice_${attemptId}`);
    const eventBefore = await eventKey.get();

    const calls: [string, unknown][] = [
      ['submitPracticeTranscript', submission(attemptId, ['Not my attempt.'])],
      [
        'submitPracticeTranscript',
        submission(attemptId, ['Not my attempt.'], strangersInterviewId),
      ],
      ['abandonAttempt', { interviewId, attemptId, reason: 'Not mine.' }],
      ['abandonAttempt', { interviewId: strangersInterviewId, attemptId, reason: 'Not mine.' }],
      ['rescoreAttempt', { interviewId, attemptId }],
      ['rescoreAttempt', { interviewId: strangersInterviewId, attemptId }],
      ['checkAttempt', { interviewId, attemptId, callEnded: true }],
      ['createShareLink', { interviewId, attemptId }],
      ['startAttempt', { interviewId, mode: 'practice' }],
      ['retryInterview', { interviewId }],
      ['checkInterview', { interviewId }],
    ];
    for (const [name, data] of calls) {
      const error = await callError(stranger.call(name, data));
      expect({ state, name, code: error.code }).toEqual({
        state,
        name,
        code: 'functions/not-found',
      });
    }

    const after = await ref.get();
    expect(after.exists).toBe(before.exists);
    if (before.exists) {
      expect(after.get('userId')).toBe(owner.uid);
      expect(after.get('transcript')).toEqual(before.get('transcript'));
      expect(after.get('error')).toEqual(before.get('error'));
      const text = JSON.stringify(after.get('transcript'));
      expect(text).not.toContain('Not my attempt');
    }
    expect((await eventKey.get()).exists).toBe(eventBefore.exists);
    // The stranger's own interview gained no attempt.
    const theirs = await adminDb()
      .collection(COLLECTIONS.interviews)
      .doc(strangersInterviewId)
      .collection(COLLECTIONS.attempts)
      .get();
    expect(theirs.size).toBe(0);
  });
});
