import { COLLECTIONS, type CreateInterviewOutput } from '@candor/core';
import { Timestamp } from 'firebase-admin/firestore';
import { adminDb } from '../support/admin';
import {
  emulatorClient,
  expectCallError,
  signedInClient,
  type TestClient,
} from '../support/client';
import { waitFor } from '../support/env';

let client: TestClient;

beforeAll(async () => {
  client = await signedInClient('Offline Candidate');
});

afterAll(async () => {
  await client.close();
});

const valid = {
  role: 'Backend Engineer',
  level: 'senior',
  type: 'mixed',
  techStack: ['Go', 'PostgreSQL'],
  questionCount: 7,
  jobDescription: 'You will mentor engineers and own our microservices.',
};

async function interviewsOf(uid: string) {
  return adminDb().collection(COLLECTIONS.interviews).where('userId', '==', uid).get();
}

describe('createInterview + onInterviewCreated, offline engine', () => {
  it('creates a generating interview for the caller and the trigger fills in offline questions', async () => {
    const { interviewId } = await client.call<CreateInterviewOutput>('createInterview', valid);
    const ref = adminDb().collection(COLLECTIONS.interviews).doc(interviewId);

    const ready = await waitFor(async () => {
      const snap = await ref.get();
      return snap.get('status') === 'ready' ? snap : null;
    }, 'the interview to become ready');

    expect(ready.get('userId')).toBe(client.uid);
    expect(ready.get('engine')).toBe('offline');
    expect(ready.get('role')).toBe('Backend Engineer');
    expect(ready.get('createdAt')).toBeInstanceOf(Timestamp);
    const questions = ready.get('questions') as { id: string; text: string; kind: string }[];
    expect(questions).toHaveLength(7);
    expect(new Set(questions.map((q) => q.text)).size).toBe(7);
    expect(questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7']);
    expect(questions.some((q) => q.kind === 'behavioral')).toBe(true);
    expect(questions.some((q) => q.kind === 'technical')).toBe(true);
    expect(ready.get('generationLease')).toBeUndefined();
  });

  it('rejects invalid input naming the field, and writes nothing', async () => {
    const before = (await interviewsOf(client.uid)).size;
    const error = await expectCallError(
      client.call('createInterview', { ...valid, questionCount: 40 }),
      'invalid-argument',
    );
    expect(error.message).toMatch(/^questionCount: At most 15 questions/);
    await expectCallError(
      client.call('createInterview', { ...valid, role: '' }),
      'invalid-argument',
    );
    await expectCallError(
      client.call('createInterview', { ...valid, jobDescription: 'x'.repeat(8001) }),
      'invalid-argument',
    );
    await expectCallError(client.call('createInterview', 'not an object'), 'invalid-argument');
    expect((await interviewsOf(client.uid)).size).toBe(before);
  });

  it('takes the owner from the token, ignoring a userId in the payload', async () => {
    const { interviewId } = await client.call<CreateInterviewOutput>('createInterview', {
      ...valid,
      userId: 'someone-else',
    });
    const snap = await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get();
    expect(snap.get('userId')).toBe(client.uid);
  });

  it('enforces the daily limit with resource-exhausted saying when it resets', async () => {
    const limited = await signedInClient('Limited');
    const windowStart = Timestamp.fromMillis(Date.now() - 60_000);
    await adminDb()
      .collection(COLLECTIONS.rateLimits)
      .doc(limited.uid)
      .set({ interviews: { count: 20, windowStart } });

    const error = await expectCallError(
      limited.call('createInterview', valid),
      'resource-exhausted',
    );
    expect(error.message).toMatch(/limit of 20 new interviews per day/);
    const resetsAt = new Date(windowStart.toMillis() + 24 * 3600 * 1000).toISOString();
    expect(error.message).toContain(resetsAt);
    expect((await interviewsOf(limited.uid)).size).toBe(0);
    await limited.close();
  });

  it('rejects callers who are not signed in', async () => {
    const anonymous = emulatorClient();
    await expectCallError(anonymous.call('createInterview', valid), 'unauthenticated');
    await anonymous.close();
  });
});
