import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  documentId,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { rulesFixture } from './rules-env';

const { alice, bob, anon, as } = rulesFixture('users', async (db) => {
  await setDoc(doc(db, 'users/alice'), {
    displayName: 'Alice',
    email: 'alice@example.com',
    createdAt: new Date(),
  });
  await setDoc(doc(db, 'users/bob'), {
    displayName: 'Bob',
    email: 'bob@example.com',
    createdAt: new Date(),
  });
});

describe('users/{uid}: get', () => {
  it('lets the owner read their profile', async () => {
    await assertSucceeds(getDoc(doc(alice(), 'users/alice')));
  });

  it('hides a profile from another user and from visitors', async () => {
    await assertFails(getDoc(doc(bob(), 'users/alice')));
    await assertFails(getDoc(doc(anon(), 'users/alice')));
  });

  it('reads a missing profile as denied, not as "does not exist", for others', async () => {
    await assertFails(getDoc(doc(bob(), 'users/nobody')));
  });
});

describe('users/{uid}: list', () => {
  it('lets nobody list profiles, even a query that matches only their own', async () => {
    await assertFails(getDocs(collection(alice(), 'users')));
    await assertFails(
      getDocs(query(collection(alice(), 'users'), where('email', '==', 'alice@example.com'))),
    );
    await assertFails(
      getDocs(query(collection(alice(), 'users'), where(documentId(), '==', 'alice'))),
    );
    await assertFails(getDocs(collection(bob(), 'users')));
    await assertFails(getDocs(collection(anon(), 'users')));
  });
});

describe('users/{uid}: create', () => {
  const profile = { displayName: 'Carol', email: 'c@example.com', createdAt: new Date() };

  it('lets no client create a profile, not even their own (the server creates them)', async () => {
    await assertFails(setDoc(doc(alice(), 'users/carol'), profile));
    await assertFails(setDoc(doc(as('carol'), 'users/carol'), profile));
  });

  it('lets nobody create or overwrite a profile for another user', async () => {
    await assertFails(setDoc(doc(bob(), 'users/alice'), { displayName: 'Bob' }));
    await assertFails(setDoc(doc(bob(), 'users/alice'), profile));
    await assertFails(setDoc(doc(anon(), 'users/alice'), profile));
    await assertFails(setDoc(doc(anon(), 'users/visitor'), profile));
  });

  it('does not let the owner replace their profile wholesale with set()', async () => {
    await assertFails(setDoc(doc(alice(), 'users/alice'), { displayName: 'Alice B.' }));
  });
});

describe('users/{uid}: update', () => {
  it('lets the owner change their displayName', async () => {
    await assertSucceeds(updateDoc(doc(alice(), 'users/alice'), { displayName: 'Alice B.' }));
    await assertSucceeds(updateDoc(doc(alice(), 'users/alice'), { displayName: 'x'.repeat(80) }));
    await assertSucceeds(updateDoc(doc(alice(), 'users/alice'), { displayName: 'Zoë 李 🎤' }));
    // A joiner inside one emoji is part of it, as in the core text rules.
    await assertSucceeds(
      updateDoc(doc(alice(), 'users/alice'), { displayName: 'Ana 👨\u200D👩\u200D👧' }),
    );
  });

  it('rejects what the web form would have removed: controls, zero-width and bidi characters', async () => {
    for (const displayName of [
      '\u202Eecila', // shows reversed
      'Ali\u200Bce',
      '\u200B\u200C\u2060\uFEFF', // looks empty
      'Alice\u2066',
      'Alice\u0007',
      'Alice\nAdmin',
      'Alice\u0085',
    ]) {
      await assertFails(updateDoc(doc(alice(), 'users/alice'), { displayName }));
    }
  });

  it('lets the owner change nothing else, alone or along with the name', async () => {
    await assertFails(updateDoc(doc(alice(), 'users/alice'), { email: 'evil@example.com' }));
    await assertFails(
      updateDoc(doc(alice(), 'users/alice'), { displayName: 'A', createdAt: new Date(0) }),
    );
    await assertFails(updateDoc(doc(alice(), 'users/alice'), { admin: true }));
    await assertFails(updateDoc(doc(alice(), 'users/alice'), { userId: 'bob' }));
  });

  it('rejects an empty, blank, non-string or over-long displayName', async () => {
    await assertFails(updateDoc(doc(alice(), 'users/alice'), { displayName: '' }));
    await assertFails(updateDoc(doc(alice(), 'users/alice'), { displayName: '   ' }));
    await assertFails(updateDoc(doc(alice(), 'users/alice'), { displayName: 42 }));
    await assertFails(updateDoc(doc(alice(), 'users/alice'), { displayName: null }));
    await assertFails(updateDoc(doc(alice(), 'users/alice'), { displayName: ['Alice'] }));
    await assertFails(updateDoc(doc(alice(), 'users/alice'), { displayName: 'x'.repeat(81) }));
  });

  it('lets no other user or visitor change it', async () => {
    await assertFails(updateDoc(doc(bob(), 'users/alice'), { displayName: 'Hacked' }));
    await assertFails(updateDoc(doc(anon(), 'users/alice'), { displayName: 'Hacked' }));
  });
});

describe('users/{uid}: delete', () => {
  it('lets no client delete a profile (deleteAccount does, on the server)', async () => {
    await assertFails(deleteDoc(doc(alice(), 'users/alice')));
    await assertFails(deleteDoc(doc(bob(), 'users/alice')));
    await assertFails(deleteDoc(doc(anon(), 'users/alice')));
  });
});
