import { createHash } from 'node:crypto';
import {
  COLLECTIONS,
  type CreateShareLinkOutput,
  type ListShareLinksOutput,
  type SharedReportWire,
} from '@candor/core';
import { FirebaseError } from 'firebase/app';
import { Timestamp } from 'firebase-admin/firestore';
import { adminDb } from '../support/admin';
import { emulatorClient, signedInClient, type TestClient } from '../support/client';
import { waitFor } from '../support/env';
import {
  attemptDoc,
  SEEDED_QUOTE as QUOTE,
  seedScoredAttempt as scoredAttempt,
} from '../support/interviews';

async function callError(promise: Promise<unknown>): Promise<FirebaseError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FirebaseError);
    return error as FirebaseError;
  }
  throw new Error('expected the call to fail');
}

let owner: TestClient;
let other: TestClient;
const viewer = emulatorClient(); // never signed in
const shares = () => adminDb().collection(COLLECTIONS.shares);

beforeAll(async () => {
  owner = await signedInClient('Share Owner');
  other = await signedInClient('Someone Else');
});

afterAll(async () => {
  await Promise.all([owner.close(), other.close(), viewer.close()]);
});

async function expectNotShared(token: string) {
  const error = await callError(viewer.call('getSharedReport', { token }));
  expect(error.code).toBe('functions/not-found');
  // The SDK appends the HTTP status; every case must read exactly the same.
  expect(error.message).toBe('This link does not exist or has ended. [404]');
}

describe('share links', () => {
  it('creates a link whose token is stored only as its hash, and shows the copy to anyone', async () => {
    const ref = await scoredAttempt(owner.uid, 'one');
    const created = await owner.call<CreateShareLinkOutput>('createShareLink', {
      ...ref,
      label: 'For Sam',
    });
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    const hash = createHash('sha256').update(created.token).digest('hex');
    expect(created.link.id).toBe(hash);
    const stored = await shares().doc(hash).get();
    expect(stored.exists).toBe(true);
    expect(JSON.stringify(stored.data())).not.toContain(created.token);

    const report = await viewer.call<SharedReportWire>('getSharedReport', {
      token: created.token,
    });
    expect(report.role).toBe('Backend Engineer');
    expect(report.feedback.totalScore).toBe(57);
    expect(report.feedback.questions[0]?.evidence[0]?.quote).toBe(QUOTE);
    expect(report.transcript?.map((t) => t.text)).toContain(QUOTE);
    // No account data in the copy.
    const text = JSON.stringify(report);
    expect(text).not.toContain(owner.uid);
    expect(text).not.toContain('@candor.test');
    expect(text).not.toContain(ref.interviewId);
    expect(text).not.toContain(ref.attemptId);
  });

  it('leaves the transcript out when asked', async () => {
    const ref = await scoredAttempt(owner.uid, 'notx');
    const { token } = await owner.call<CreateShareLinkOutput>('createShareLink', {
      ...ref,
      includeTranscript: false,
    });
    const report = await viewer.call<SharedReportWire>('getSharedReport', { token });
    expect(report.transcript).toBeUndefined();
    expect(report.feedback.questions[0]?.evidence[0]?.quote).toBe(QUOTE);
  });

  it('answers a guessed, malformed or hash-as-token read with the same not-found', async () => {
    const ref = await scoredAttempt(owner.uid, 'guess');
    const { link } = await owner.call<CreateShareLinkOutput>('createShareLink', ref);
    await expectNotShared('A'.repeat(43));
    await expectNotShared('not a token');
    await expectNotShared('');
    // The document id the owner sees names the link but does not open it.
    await expectNotShared(link.id);
  });

  it('stops an expired link and deletes its copy', async () => {
    const ref = await scoredAttempt(owner.uid, 'exp');
    const { token, link } = await owner.call<CreateShareLinkOutput>('createShareLink', {
      ...ref,
      expiresInDays: 7,
    });
    expect(link.expiresAtMs).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
    await viewer.call<SharedReportWire>('getSharedReport', { token });
    await shares()
      .doc(link.id)
      .update({ expiresAt: Timestamp.fromMillis(Date.now() - 1000) });
    await expectNotShared(token);
    expect((await shares().doc(link.id).get()).exists).toBe(false);
    const listed = await owner.call<ListShareLinksOutput>('listShareLinks', ref);
    expect(listed.links.map((l) => l.id)).not.toContain(link.id);
  });

  it('lists only the owner, without tokens; another account can neither list nor revoke', async () => {
    const ref = await scoredAttempt(owner.uid, 'list');
    const { token, link } = await owner.call<CreateShareLinkOutput>('createShareLink', {
      ...ref,
      label: 'Mentor',
    });
    const mine = await owner.call<ListShareLinksOutput>('listShareLinks', ref);
    expect(mine.links).toEqual([link]);
    expect(JSON.stringify(mine)).not.toContain(token);
    const theirs = await other.call<ListShareLinksOutput>('listShareLinks', ref);
    expect(theirs.links).toEqual([]);
    const everything = await other.call<ListShareLinksOutput>('listShareLinks', {});
    expect(everything.links).toEqual([]);

    const refused = await callError(other.call('revokeShareLink', { id: link.id }));
    expect(refused.code).toBe('functions/not-found');
    await viewer.call<SharedReportWire>('getSharedReport', { token });

    // Nor can another account share an attempt that is not theirs.
    const stolen = await callError(other.call('createShareLink', ref));
    expect(stolen.code).toBe('functions/not-found');
    // A signed-out visitor cannot manage links at all.
    for (const name of ['createShareLink', 'listShareLinks', 'revokeShareLink']) {
      const error = await callError(viewer.call(name, { id: link.id, ...ref }));
      expect(error.code).toBe('functions/unauthenticated');
    }
  });

  it('stores a label as plain visible text: no overrides, zero-width or control characters', async () => {
    const ref = await scoredAttempt(owner.uid, 'label');
    // U+202E would show the rest of the line reversed in the owner's list of links.
    const { link } = await owner.call<CreateShareLinkOutput>('createShareLink', {
      ...ref,
      label: '\u202Eroftnem\u200B\u0007 for\u2066 Ana',
    });
    expect(link.label).toBe('roftnem for Ana');
    const { link: blank } = await owner.call<CreateShareLinkOutput>('createShareLink', {
      ...ref,
      label: '\u200B\u200C\u2060\uFEFF',
    });
    expect(blank.label).toBe('');
    const stored = await shares().doc(link.id).get();
    expect(stored.get('label')).toBe('roftnem for Ana');
  });

  it('revokes at once', async () => {
    const ref = await scoredAttempt(owner.uid, 'rev');
    const { token, link } = await owner.call<CreateShareLinkOutput>('createShareLink', ref);
    await viewer.call<SharedReportWire>('getSharedReport', { token });
    await owner.call('revokeShareLink', { id: link.id });
    await expectNotShared(token);
    const again = await callError(owner.call('revokeShareLink', { id: link.id }));
    expect(again.code).toBe('functions/not-found');
  });

  it('shares scored attempts only', async () => {
    const ref = await scoredAttempt(owner.uid, 'unscored', 'transcribed');
    const error = await callError(owner.call('createShareLink', ref));
    expect(error.code).toBe('functions/failed-precondition');
  });

  it('is rate-limited per day', async () => {
    const client = await signedInClient('Busy Sharer');
    try {
      const ref = await scoredAttempt(client.uid, 'rate');
      await adminDb()
        .collection(COLLECTIONS.rateLimits)
        .doc(client.uid)
        .set({ shares: { count: 19, windowStart: Timestamp.fromMillis(Date.now() - 60_000) } });
      await client.call<CreateShareLinkOutput>('createShareLink', ref);
      const error = await callError(client.call('createShareLink', ref));
      expect(error.code).toBe('functions/resource-exhausted');
      expect(error.message).toMatch(/limit of 20 share links per day/);
      const listed = await client.call<ListShareLinksOutput>('listShareLinks', ref);
      expect(listed.links).toHaveLength(1);
    } finally {
      await client.close();
    }
  });

  it('removes the links of a deleted attempt', async () => {
    const ref = await scoredAttempt(owner.uid, 'del');
    const { token, link } = await owner.call<CreateShareLinkOutput>('createShareLink', ref);
    await attemptDoc(ref.interviewId, ref.attemptId).delete();
    await waitFor(
      async () => !(await shares().doc(link.id).get()).exists,
      'the deleted attempt’s link to go',
    );
    await expectNotShared(token);
  });

  it('removes every link of a deleted account', async () => {
    const client = await signedInClient('Leaving User');
    const ref = await scoredAttempt(client.uid, 'acct');
    const { token } = await client.call<CreateShareLinkOutput>('createShareLink', ref);
    // deleteAccount wants a fresh sign-in, which this client has.
    const result = await client.call<{ deleted: { shares: number } }>('deleteAccount', {
      confirm: 'DELETE',
    });
    expect(result.deleted.shares).toBe(1);
    await expectNotShared(token);
    await client.close();
  });
});
