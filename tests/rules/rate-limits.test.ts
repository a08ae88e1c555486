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

// rateLimits/{uid}: per-user counters, read and written by Cloud Functions only. Not even the
// user they count may read them (getCapabilities reports them) or, above all, reset them.
const bucket = (count: number) => ({ count, windowStart: new Date() });

const { alice, bob, anon, as } = rulesFixture('rate-limits', async (db) => {
  await setDoc(doc(db, 'rateLimits/alice'), { interviews: bucket(20), attempts: bucket(3) });
  await setDoc(doc(db, 'rateLimits/bob'), { interviews: bucket(1) });
});

describe('rateLimits/{uid} (server-only)', () => {
  it('get: nobody, not even the user it counts', async () => {
    await assertFails(getDoc(doc(alice(), 'rateLimits/alice')));
    await assertFails(getDoc(doc(bob(), 'rateLimits/alice')));
    await assertFails(getDoc(doc(anon(), 'rateLimits/alice')));
  });

  it('list: nobody, with or without a query', async () => {
    await assertFails(getDocs(collection(alice(), 'rateLimits')));
    await assertFails(
      getDocs(query(collection(alice(), 'rateLimits'), where('interviews.count', '>=', 0))),
    );
    await assertFails(getDocs(collection(anon(), 'rateLimits')));
  });

  it('create: nobody, for themselves or another user', async () => {
    await assertFails(setDoc(doc(alice(), 'rateLimits/carol'), { interviews: bucket(0) }));
    await assertFails(setDoc(doc(as('carol'), 'rateLimits/carol'), { interviews: bucket(0) }));
    await assertFails(setDoc(doc(anon(), 'rateLimits/dave'), { interviews: bucket(0) }));
  });

  it('update: nobody can reset or raise a counter', async () => {
    await assertFails(updateDoc(doc(alice(), 'rateLimits/alice'), { interviews: bucket(0) }));
    await assertFails(setDoc(doc(alice(), 'rateLimits/alice'), {}));
    await assertFails(updateDoc(doc(bob(), 'rateLimits/alice'), { interviews: bucket(99) }));
    await assertFails(updateDoc(doc(anon(), 'rateLimits/alice'), { interviews: bucket(0) }));
  });

  it('delete: nobody', async () => {
    await assertFails(deleteDoc(doc(alice(), 'rateLimits/alice')));
    await assertFails(deleteDoc(doc(bob(), 'rateLimits/alice')));
    await assertFails(deleteDoc(doc(anon(), 'rateLimits/alice')));
  });
});
