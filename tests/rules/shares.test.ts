import { assertFails } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { rulesFixture } from './rules-env';

// shares/{tokenHash}: share links, read and written by Cloud Functions only. A viewer holds a
// token, never a Firestore credential: nobody, owner included, reaches these documents directly.
const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);
const share = (userId: string) => ({
  userId,
  interviewId: 'i1',
  attemptId: 't1',
  label: 'For my mentor',
  includeTranscript: true,
  createdAt: new Date(),
  expiresAt: null,
  report: { role: 'Backend Engineer', feedback: { totalScore: 61 } },
});

const { alice, bob, anon } = rulesFixture('shares', async (db) => {
  await setDoc(doc(db, `shares/${HASH_A}`), share('alice'));
  await setDoc(doc(db, `shares/${HASH_B}`), share('bob'));
});

describe('shares/{tokenHash} (server-only)', () => {
  it('get: nobody, not the owner, another user or an anonymous visitor with the hash', async () => {
    await assertFails(getDoc(doc(alice(), `shares/${HASH_A}`)));
    await assertFails(getDoc(doc(bob(), `shares/${HASH_A}`)));
    await assertFails(getDoc(doc(anon(), `shares/${HASH_A}`)));
  });

  it('list: nobody, with or without an owner query', async () => {
    await assertFails(getDocs(collection(anon(), 'shares')));
    await assertFails(
      getDocs(query(collection(alice(), 'shares'), where('userId', '==', 'alice'))),
    );
    await assertFails(getDocs(query(collection(bob(), 'shares'), where('userId', '==', 'alice'))));
    await assertFails(getDocs(collection(alice(), 'shares')));
  });

  it('create: nobody can mint a link, even for their own attempt', async () => {
    await assertFails(setDoc(doc(alice(), `shares/${'c'.repeat(64)}`), share('alice')));
    await assertFails(setDoc(doc(anon(), `shares/${'d'.repeat(64)}`), share('alice')));
    await assertFails(setDoc(doc(bob(), `shares/${'e'.repeat(64)}`), share('alice')));
  });

  it('update: the shared copy cannot be changed, by its owner or a viewer', async () => {
    const forged = { 'report.feedback.totalScore': 100 };
    await assertFails(updateDoc(doc(alice(), `shares/${HASH_A}`), forged));
    await assertFails(updateDoc(doc(anon(), `shares/${HASH_A}`), forged));
    await assertFails(updateDoc(doc(bob(), `shares/${HASH_A}`), { expiresAt: null }));
    await assertFails(setDoc(doc(anon(), `shares/${HASH_A}`), share('anon')));
  });

  it('delete: nobody (revocation goes through revokeShareLink)', async () => {
    await assertFails(deleteDoc(doc(alice(), `shares/${HASH_A}`)));
    await assertFails(deleteDoc(doc(bob(), `shares/${HASH_A}`)));
    await assertFails(deleteDoc(doc(anon(), `shares/${HASH_A}`)));
  });
});
