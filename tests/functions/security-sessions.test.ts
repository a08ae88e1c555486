import { COLLECTIONS, type DeleteAccountOutput, type StartAttemptOutput } from '@candor/core';
import { signInWithEmailAndPassword } from 'firebase/auth';
import { doc, setDoc, updateDoc } from 'firebase/firestore';
import { adminAuth, adminDb, uniqueEmail } from '../support/admin';
import { emulatorClient, expectCallError, type TestClient } from '../support/client';
import { readyInterview } from '../support/interviews';

// An ID token outlives its account's deletion, a disabled account and a revocation by up to an
// hour, and the callable SDK only checks its signature and expiry. Every callable that writes
// asks Auth whether the session still stands, so a client holding such a token cannot create
// documents no account owns.

const PASSWORD = 'test-password-1';

async function newUser(name: string): Promise<{ client: TestClient; email: string }> {
  const email = uniqueEmail('session');
  await adminAuth().createUser({ email, password: PASSWORD, displayName: name });
  const client = emulatorClient();
  const { user } = await signInWithEmailAndPassword(client.auth, email, PASSWORD);
  return { client: { ...client, uid: user.uid }, email };
}

/** Everything stored under `uid` that the owner queries of deleteAccount would find. */
async function ownedDocuments(uid: string): Promise<string[]> {
  const db = adminDb();
  const [interviews, attempts, feedback, shares, rateLimit, profile] = await Promise.all([
    db.collection(COLLECTIONS.interviews).where('userId', '==', uid).get(),
    db.collectionGroup(COLLECTIONS.attempts).where('userId', '==', uid).get(),
    db.collection(COLLECTIONS.feedback).where('userId', '==', uid).get(),
    db.collection(COLLECTIONS.shares).where('userId', '==', uid).get(),
    db.collection(COLLECTIONS.rateLimits).doc(uid).get(),
    db.collection(COLLECTIONS.users).doc(uid).get(),
  ]);
  return [
    ...[interviews, attempts, feedback, shares].flatMap((q) => q.docs.map((d) => d.ref.path)),
    ...[rateLimit, profile].filter((s) => s.exists).map((s) => s.ref.path),
  ];
}

/** A valid payload for every callable that writes, naming the ids the user once owned. */
function writingCalls(interviewId: string, attemptId: string): [string, unknown][] {
  const now = Date.now();
  const attempt = { interviewId, attemptId };
  return [
    [
      'createInterview',
      {
        role: 'Backend Engineer',
        level: 'mid',
        type: 'mixed',
        techStack: ['Go'],
        questionCount: 3,
      },
    ],
    ['retryInterview', { interviewId }],
    ['checkInterview', { interviewId }],
    ['startAttempt', { interviewId, mode: 'practice' }],
    [
      'submitPracticeTranscript',
      { ...attempt, answers: [], startedAtMs: now - 60_000, endedAtMs: now },
    ],
    ['abandonAttempt', { ...attempt, reason: 'Left.' }],
    ['checkAttempt', attempt],
    ['rescoreAttempt', attempt],
    ['createShareLink', attempt],
    ['revokeShareLink', { id: 'a'.repeat(64) }],
    ['exportAccountData', null],
    ['deleteAccount', { confirm: 'DELETE' }],
  ];
}

async function expectEveryWriteRefused(client: TestClient, interviewId: string, attemptId: string) {
  for (const [name, data] of writingCalls(interviewId, attemptId)) {
    const error = await expectCallError(client.call(name, data), 'unauthenticated').catch(
      (failure: unknown) => {
        throw new Error(`${name}: ${String(failure)}`);
      },
    );
    expect({ name, message: error.message }).toEqual({
      name,
      // The client SDK appends the HTTP status.
      message: 'Your session has ended. Sign in again. [401]',
    });
  }
}

describe("a deleted account's last ID token", () => {
  let client: TestClient;
  let interviewId: string;
  let attemptId: string;

  beforeAll(async () => {
    ({ client } = await newUser('Gone Soon'));
    ({ interviewId } = await readyInterview(client));
    ({ attemptId } = await client.call<StartAttemptOutput>('startAttempt', {
      interviewId,
      mode: 'practice',
    }));
    const result = await client.call<DeleteAccountOutput>('deleteAccount', { confirm: 'DELETE' });
    expect(result.authUserDeleted).toBe(true);
    expect(await ownedDocuments(client.uid)).toEqual([]);
  });

  afterAll(async () => {
    await client.close();
  });

  it('still decodes (the client holds it), but every writing callable refuses it', async () => {
    // The client SDK still has the token and sends it: nothing refreshed it.
    const token = await client.auth.currentUser?.getIdTokenResult();
    expect(token?.claims.sub).toBe(client.uid);
    expect(Date.parse(token?.expirationTime ?? '')).toBeGreaterThan(Date.now());

    await expectEveryWriteRefused(client, interviewId, attemptId);
    expect(await ownedDocuments(client.uid)).toEqual([]);
  });

  it('cannot recreate the profile through the rules either', async () => {
    const profile = doc(client.db, COLLECTIONS.users, client.uid);
    for (const write of [
      () => setDoc(profile, { displayName: 'Back again', email: '', createdAt: new Date() }),
      () => setDoc(profile, { displayName: 'Back again' }, { merge: true }),
      () => updateDoc(profile, { displayName: 'Back again' }),
    ]) {
      await expect(write()).rejects.toMatchObject({
        code: expect.stringMatching(/permission-denied|not-found/) as unknown,
      });
    }
    expect(await ownedDocuments(client.uid)).toEqual([]);
  });
});

describe('a revoked or disabled session', () => {
  it('is refused after revokeRefreshTokens until the user signs in again', async () => {
    const { client, email } = await newUser('Revoked');
    const { interviewId } = await readyInterview(client);
    const { attemptId } = await client.call<StartAttemptOutput>('startAttempt', {
      interviewId,
      mode: 'practice',
    });
    const before = await ownedDocuments(client.uid);
    // Revocation is kept in whole seconds and compared with the token's auth_time (seconds):
    // a revocation in the same second as the sign-in would not cover it.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await adminAuth().revokeRefreshTokens(client.uid);

    await expectEveryWriteRefused(client, interviewId, attemptId);
    expect((await ownedDocuments(client.uid)).sort()).toEqual([...before].sort());
    // Read-only callables skip the lookup: the session reads only what the rules give it anyway.
    await expect(client.call('getCapabilities', null)).resolves.toMatchObject({
      limits: { attempts: { used: 1 } },
    });

    // A fresh sign-in is a new session, after the revocation: it works again.
    await signInWithEmailAndPassword(client.auth, email, PASSWORD);
    await expect(
      client.call<StartAttemptOutput>('startAttempt', { interviewId, mode: 'practice' }),
    ).resolves.toMatchObject({ mode: 'practice' });
    await client.close();
  });

  it('is refused while the account is disabled', async () => {
    const { client } = await newUser('Disabled');
    const { interviewId } = await readyInterview(client);
    await adminAuth().updateUser(client.uid, { disabled: true });
    await expectCallError(
      client.call('startAttempt', { interviewId, mode: 'practice' }),
      'unauthenticated',
    );
    const attempts = await adminDb()
      .collection(COLLECTIONS.interviews)
      .doc(interviewId)
      .collection(COLLECTIONS.attempts)
      .get();
    expect(attempts.size).toBe(0);
    await client.close();
  });
});
