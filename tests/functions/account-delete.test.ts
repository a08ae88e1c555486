import { COLLECTIONS, type DeleteAccountOutput, type StartAttemptOutput } from '@candor/core';
import { FirebaseError } from 'firebase/app';
import { FieldValue, Timestamp, type DocumentReference } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/v2/https';
import { deleteAccount } from '../../functions/src/account/deleteAccount';
import {
  deleteAccount as deleteEverything,
  isRecentSignIn,
} from '../../functions/src/services/account';
import { adminAuth, adminDb } from '../support/admin';
import { emulatorClient, signedInClient, type TestClient } from '../support/client';
import { waitFor } from '../support/env';
import { attemptDoc, readyInterview } from '../support/interviews';

async function callError(promise: Promise<unknown>): Promise<FirebaseError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FirebaseError);
  return error as FirebaseError;
}

/** A signed-in user with everything an account can own: what deleteAccount must remove. */
async function populatedUser(name: string) {
  const client = await signedInClient(name);
  // onUserCreated writes the profile; wait for it so the deletion has it to delete.
  const profile = adminDb().collection(COLLECTIONS.users).doc(client.uid);
  await waitFor(async () => (await profile.get()).exists, `users/${client.uid}`);

  const refs: DocumentReference[] = [profile];
  for (const role of ['Backend Engineer', 'Data Engineer']) {
    const { interviewId } = await readyInterview(client, { role });
    refs.push(adminDb().collection(COLLECTIONS.interviews).doc(interviewId));
    for (let i = 0; i < 2; i++) {
      const started = await client.call<StartAttemptOutput>('startAttempt', {
        interviewId,
        mode: 'practice',
      });
      const attempt = attemptDoc(interviewId, started.attemptId);
      // Scored by hand (no trigger runs for `scored`): the feedback is written directly.
      await attempt.update({
        status: 'scored',
        transcript: [{ role: 'user', text: 'I found a missing index.' }],
      });
      const feedback = adminDb().collection(COLLECTIONS.feedback).doc(started.attemptId);
      await feedback.set({
        userId: client.uid,
        interviewId,
        attemptId: started.attemptId,
        totalScore: 60,
        createdAt: FieldValue.serverTimestamp(),
      });
      const event = adminDb()
        .collection(COLLECTIONS.webhookEvents)
        .doc(`call_ended_call_${started.attemptId}`);
      await event.set({
        interviewId,
        attemptId: started.attemptId,
        receivedAt: FieldValue.serverTimestamp(),
      });
      refs.push(attempt, feedback, event);
    }
  }
  // createInterview and startAttempt counted against the limits.
  refs.push(adminDb().collection(COLLECTIONS.rateLimits).doc(client.uid));
  return { client, refs };
}

async function existing(refs: DocumentReference[]): Promise<string[]> {
  const snaps = await adminDb().getAll(...refs);
  return snaps.filter((s) => s.exists).map((s) => s.ref.path);
}

async function authUserExists(uid: string): Promise<boolean> {
  return adminAuth()
    .getUser(uid)
    .then(
      () => true,
      (error: unknown) => {
        if ((error as { code?: string }).code === 'auth/user-not-found') return false;
        throw error;
      },
    );
}

describe('deleteAccount', () => {
  let doomed: { client: TestClient; refs: DocumentReference[] };
  let bystander: { client: TestClient; refs: DocumentReference[] };

  beforeAll(async () => {
    doomed = await populatedUser('Doomed User');
    bystander = await populatedUser('Bystander');
  });

  afterAll(async () => {
    await doomed.client.close();
    await bystander.client.close();
  });

  it('refuses without the typed confirmation, deleting nothing', async () => {
    for (const data of [null, {}, { confirm: 'delete' }, { confirm: true }, ['DELETE']]) {
      const error = await callError(doomed.client.call('deleteAccount', data));
      expect(error.code).toBe('functions/invalid-argument');
    }
    expect(await existing(doomed.refs)).toHaveLength(doomed.refs.length);
  });

  it('refuses callers who are not signed in', async () => {
    const anonymous = emulatorClient();
    const error = await callError(anonymous.call('deleteAccount', { confirm: 'DELETE' }));
    expect(error.code).toBe('functions/unauthenticated');
    await anonymous.close();
  });

  it('requires a recent sign-in, and says so, before deleting anything', async () => {
    // The wrapper checks the raw token with Auth first, so it must be the user's real one.
    const rawToken = await doomed.client.auth.currentUser?.getIdToken();
    const request = (authTime: number) =>
      ({
        data: { confirm: 'DELETE' },
        rawRequest: {},
        acceptsStreaming: false,
        auth: {
          uid: doomed.client.uid,
          token: { uid: doomed.client.uid, auth_time: authTime },
          rawToken,
        },
      }) as unknown as CallableRequest;
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 10 * 60;
    await expect(deleteAccount.run(request(tenMinutesAgo))).rejects.toMatchObject({
      code: 'failed-precondition',
      message: expect.stringMatching(/sign in again/) as unknown,
      details: { reason: 'recent-sign-in-required' },
    });
    expect(await existing(doomed.refs)).toHaveLength(doomed.refs.length);
    expect(await authUserExists(doomed.client.uid)).toBe(true);

    const nowS = Date.now() / 1000;
    expect(isRecentSignIn(nowS - 60)).toBe(true);
    expect(isRecentSignIn(nowS - 6 * 60)).toBe(false);
    expect(isRecentSignIn(nowS + 10 * 60)).toBe(false);
    expect(isRecentSignIn(undefined)).toBe(false);
    expect(isRecentSignIn('1700000000')).toBe(false);
  });

  it("deletes every document of the user and the Auth account, and nothing of anyone else's", async () => {
    const before = await existing(doomed.refs);
    expect(before).toHaveLength(doomed.refs.length);
    const result = await doomed.client.call<DeleteAccountOutput>('deleteAccount', {
      confirm: 'DELETE',
    });
    expect(result).toEqual({
      deleted: {
        interviews: 2,
        attempts: 4,
        feedback: 4,
        webhookEvents: 4,
        shares: 0,
        rateLimits: 1,
        users: 1,
      },
      authUserDeleted: true,
    });
    expect(await existing(doomed.refs)).toEqual([]);
    // Nothing else of theirs anywhere: no owner query finds a thing.
    const uid = doomed.client.uid;
    for (const query of [
      adminDb().collection(COLLECTIONS.interviews).where('userId', '==', uid),
      adminDb().collectionGroup(COLLECTIONS.attempts).where('userId', '==', uid),
      adminDb().collection(COLLECTIONS.feedback).where('userId', '==', uid),
    ]) {
      expect((await query.get()).size).toBe(0);
    }
    expect(await authUserExists(uid)).toBe(false);

    expect(await existing(bystander.refs)).toHaveLength(bystander.refs.length);
    expect(await authUserExists(bystander.client.uid)).toBe(true);
  });

  it('is idempotent: a second run finds nothing, deletes nothing and succeeds', async () => {
    // The deleted account's own token no longer reaches it (tests/functions/security-sessions);
    // a retry of an interrupted call, with the Auth account still there, runs the same service.
    await expect(doomed.client.call('deleteAccount', { confirm: 'DELETE' })).rejects.toMatchObject({
      code: 'functions/unauthenticated',
    });
    const again = await deleteEverything(doomed.client.uid);
    expect(again).toEqual({
      deleted: {
        interviews: 0,
        attempts: 0,
        feedback: 0,
        webhookEvents: 0,
        shares: 0,
        rateLimits: 0,
        users: 0,
      },
      authUserDeleted: false,
    });
    expect(await existing(bystander.refs)).toHaveLength(bystander.refs.length);
  });

  it('finishes a deletion that failed part-way: orphaned attempts and event keys go too', async () => {
    const { client, refs } = await populatedUser('Half Deleted');
    // As if an earlier call had deleted the interview documents and then died.
    const interviews = refs.filter((r) => r.parent.id === COLLECTIONS.interviews);
    await Promise.all(interviews.map((ref) => ref.delete()));
    const orphans = refs.filter((r) => r.parent.id !== COLLECTIONS.interviews);
    expect(await existing(orphans)).toHaveLength(orphans.length);

    const result = await client.call<DeleteAccountOutput>('deleteAccount', { confirm: 'DELETE' });
    expect(result.deleted).toMatchObject({ interviews: 0, attempts: 4, webhookEvents: 4 });
    expect(await existing(refs)).toEqual([]);
    expect(await authUserExists(client.uid)).toBe(false);
    await client.close();
  });
});

describe('recent sign-in window', () => {
  it('uses auth_time in seconds, as ID tokens carry it', () => {
    const now = Timestamp.now().toMillis();
    expect(isRecentSignIn(Math.floor(now / 1000) - 299, now)).toBe(true);
    expect(isRecentSignIn(Math.floor(now / 1000) - 301, now)).toBe(false);
  });
});
