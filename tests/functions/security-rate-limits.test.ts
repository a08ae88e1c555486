import { COLLECTIONS, type CapabilitiesOutput, type CreateInterviewOutput } from '@candor/core';
import { FirebaseError } from 'firebase/app';
import { Timestamp } from 'firebase-admin/firestore';
import { adminDb } from '../support/admin';
import { signedInClient, type TestClient } from '../support/client';

const valid = {
  role: 'Site Reliability Engineer',
  level: 'mid',
  type: 'technical',
  techStack: ['Kubernetes'],
  questionCount: 2,
};

const LIMIT = 20; // INTERVIEWS_PER_DAY's default, which the emulator run uses

let client: TestClient;

beforeAll(async () => {
  client = await signedInClient('Burst Caller');
});

afterAll(async () => {
  await client.close();
});

describe('per-user rate limits under concurrency', () => {
  it('lets exactly the remaining number of 6 simultaneous createInterview calls through', async () => {
    const remaining = 2;
    const windowStart = Timestamp.fromMillis(Date.now() - 60 * 60 * 1000);
    await adminDb()
      .collection(COLLECTIONS.rateLimits)
      .doc(client.uid)
      .set({ interviews: { count: LIMIT - remaining, windowStart } });

    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        client.call<CreateInterviewOutput>('createInterview', {
          ...valid,
          role: `${valid.role} ${String(i)}`,
        }),
      ),
    );

    const succeeded = results.filter((r) => r.status === 'fulfilled');
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(succeeded).toHaveLength(remaining);
    expect(refused).toHaveLength(6 - remaining);
    for (const error of refused) {
      expect(error).toBeInstanceOf(FirebaseError);
      expect((error as FirebaseError).code).toBe('functions/resource-exhausted');
      expect((error as FirebaseError).message).toMatch(/limit of 20 new interviews per day/);
    }

    // The counter and the documents agree: no slot was taken twice, none was lost.
    const bucket = (await adminDb().collection(COLLECTIONS.rateLimits).doc(client.uid).get()).get(
      'interviews',
    ) as { count: number; windowStart: Timestamp };
    expect(bucket.count).toBe(LIMIT);
    expect(bucket.windowStart.toMillis()).toBe(windowStart.toMillis());
    const stored = await adminDb()
      .collection(COLLECTIONS.interviews)
      .where('userId', '==', client.uid)
      .get();
    expect(stored.size).toBe(remaining);
    expect(stored.docs.map((d) => d.id).sort()).toEqual(
      succeeded.map((r) => r.value.interviewId).sort(),
    );

    // What the UI shows (UsageNote) comes from the same counter.
    const caps = await client.call<CapabilitiesOutput>('getCapabilities', null);
    expect(caps.limits.interviews).toEqual({
      limit: LIMIT,
      used: LIMIT,
      resetsAtMs: windowStart.toMillis() + 24 * 60 * 60 * 1000,
    });
  });

  it('starts a fresh window once the old one has passed', async () => {
    const fresh = await signedInClient('Yesterday Caller');
    await adminDb()
      .collection(COLLECTIONS.rateLimits)
      .doc(fresh.uid)
      .set({
        interviews: {
          count: LIMIT,
          windowStart: Timestamp.fromMillis(Date.now() - 25 * 60 * 60 * 1000),
        },
      });
    await fresh.call<CreateInterviewOutput>('createInterview', valid);
    const caps = await fresh.call<CapabilitiesOutput>('getCapabilities', null);
    expect(caps.limits.interviews.used).toBe(1);
    expect(caps.limits.interviews.resetsAtMs).toBeGreaterThan(Date.now() + 23 * 60 * 60 * 1000);
    await fresh.close();
  });
});
