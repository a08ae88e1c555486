import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  addDoc,
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  orderBy,
  query,
  setDoc,
  updateDoc,
  where,
  type Firestore,
} from 'firebase/firestore';
import { rulesFixture } from './rules-env';

const attempt = (userId: string, interviewId: string) => ({
  userId,
  interviewId,
  mode: 'practice',
  status: 'transcribed',
  questionIds: ['q1'],
  transcript: [
    { role: 'agent', text: 'Tell me about a hard bug.' },
    { role: 'user', text: 'I found a missing index.' },
  ],
  startedAt: new Date(),
  endedAt: new Date(),
  durationMs: 60_000,
  createdAt: new Date(),
});

const { alice, bob, anon } = rulesFixture('attempts', async (db) => {
  await setDoc(doc(db, 'interviews/a1'), { userId: 'alice', status: 'ready' });
  await setDoc(doc(db, 'interviews/a1/attempts/t1'), attempt('alice', 'a1'));
  await setDoc(doc(db, 'interviews/a1/attempts/t2'), {
    ...attempt('alice', 'a1'),
    status: 'in_progress',
    transcript: [],
  });
  await setDoc(doc(db, 'interviews/b1'), { userId: 'bob', status: 'ready' });
  await setDoc(doc(db, 'interviews/b1/attempts/u1'), attempt('bob', 'b1'));
});

const attemptsOf = (db: Firestore, interviewId: string) =>
  collection(db, 'interviews', interviewId, 'attempts');
const group = (db: Firestore) => collectionGroup(db, 'attempts');

describe('interviews/{id}/attempts/{id}: get', () => {
  it('lets the owner read their attempt', async () => {
    await assertSucceeds(getDoc(doc(alice(), 'interviews/a1/attempts/t1')));
  });

  it('hides it from another user and from visitors', async () => {
    await assertFails(getDoc(doc(bob(), 'interviews/a1/attempts/t1')));
    await assertFails(getDoc(doc(anon(), 'interviews/a1/attempts/t1')));
  });
});

describe('interviews/{id}/attempts: list', () => {
  it("lets the owner list an interview's attempts with a userId query", async () => {
    const snap = await assertSucceeds(
      getDocs(query(attemptsOf(alice(), 'a1'), where('userId', '==', 'alice'))),
    );
    expect(snap.size).toBe(2);
  });

  it('refuses the same list without the userId constraint', async () => {
    await assertFails(getDocs(attemptsOf(alice(), 'a1')));
    await assertFails(getDocs(query(attemptsOf(alice(), 'a1'), where('status', '==', 'scored'))));
  });

  it("refuses listing another user's attempts, with or without a query", async () => {
    await assertFails(getDocs(query(attemptsOf(alice(), 'b1'), where('userId', '==', 'bob'))));
    await assertFails(getDocs(query(attemptsOf(bob(), 'a1'), where('userId', '==', 'alice'))));
    await assertFails(getDocs(attemptsOf(bob(), 'a1')));
    await assertFails(getDocs(query(attemptsOf(anon(), 'a1'), where('userId', '==', 'alice'))));
  });
});

describe('attempts as a collection group (history, score trend)', () => {
  it('lets the owner query all their attempts across interviews', async () => {
    const snap = await assertSucceeds(
      getDocs(query(group(alice()), where('userId', '==', 'alice'), orderBy('createdAt', 'desc'))),
    );
    expect(snap.docs.map((d) => d.id).sort()).toEqual(['t1', 't2']);
  });

  it("refuses a group query for another user's attempts", async () => {
    await assertFails(getDocs(query(group(alice()), where('userId', '==', 'bob'))));
    await assertFails(getDocs(query(group(bob()), where('userId', '==', 'alice'))));
    await assertFails(getDocs(query(group(anon()), where('userId', '==', 'alice'))));
  });

  it('refuses a group query without the userId constraint', async () => {
    await assertFails(getDocs(group(alice())));
    await assertFails(getDocs(query(group(alice()), where('status', '==', 'scored'))));
    await assertFails(getDocs(group(anon())));
  });
});

describe('interviews/{id}/attempts/{id}: create', () => {
  it('lets no client create an attempt, not even in their own interview (startAttempt does)', async () => {
    await assertFails(setDoc(doc(alice(), 'interviews/a1/attempts/new'), attempt('alice', 'a1')));
    await assertFails(addDoc(attemptsOf(alice(), 'a1'), attempt('alice', 'a1')));
  });

  it('lets nobody create an attempt for another user or in their interview', async () => {
    await assertFails(setDoc(doc(alice(), 'interviews/b1/attempts/x'), attempt('bob', 'b1')));
    await assertFails(setDoc(doc(alice(), 'interviews/b1/attempts/x'), attempt('alice', 'b1')));
    await assertFails(setDoc(doc(anon(), 'interviews/a1/attempts/x'), attempt('alice', 'a1')));
  });
});

describe('interviews/{id}/attempts/{id}: update', () => {
  it('lets the owner write no server-owned field: transcript, status, owner, timing', async () => {
    const ref = doc(alice(), 'interviews/a1/attempts/t2');
    // The transcript must come from Retell or the practice callable, never the browser.
    await assertFails(
      updateDoc(ref, { transcript: [{ role: 'user', text: 'A perfect, forged answer.' }] }),
    );
    await assertFails(updateDoc(ref, { status: 'transcribed' }));
    await assertFails(updateDoc(doc(alice(), 'interviews/a1/attempts/t1'), { status: 'scored' }));
    await assertFails(updateDoc(ref, { userId: 'bob' }));
    await assertFails(updateDoc(ref, { durationMs: 1 }));
    await assertFails(updateDoc(ref, { callId: 'call_forged' }));
  });

  it('lets no other user or visitor change it', async () => {
    await assertFails(updateDoc(doc(bob(), 'interviews/a1/attempts/t1'), { status: 'failed' }));
    await assertFails(updateDoc(doc(bob(), 'interviews/a1/attempts/t1'), { userId: 'bob' }));
    await assertFails(updateDoc(doc(anon(), 'interviews/a1/attempts/t1'), { status: 'failed' }));
  });
});

describe('interviews/{id}/attempts/{id}: delete', () => {
  it('lets no client delete an attempt', async () => {
    await assertFails(deleteDoc(doc(alice(), 'interviews/a1/attempts/t1')));
    await assertFails(deleteDoc(doc(bob(), 'interviews/a1/attempts/t1')));
    await assertFails(deleteDoc(doc(anon(), 'interviews/a1/attempts/t1')));
  });
});
