import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  addDoc,
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  setDoc,
  updateDoc,
  where,
  type Firestore,
} from 'firebase/firestore';
import { rulesFixture } from './rules-env';

const interview = (userId: string) => ({
  userId,
  role: 'Backend Engineer',
  level: 'mid',
  type: 'mixed',
  techStack: ['Go'],
  questionCount: 2,
  status: 'ready',
  questions: [
    { id: 'q1', text: 'Tell me about a hard bug.', kind: 'behavioral' },
    { id: 'q2', text: 'How would you design a rate limiter?', kind: 'technical' },
  ],
  engine: 'offline',
  model: 'bank-v1',
  createdAt: new Date(),
  updatedAt: new Date(),
});

const { alice, bob, anon } = rulesFixture('interviews', async (db) => {
  await setDoc(doc(db, 'interviews/a1'), interview('alice'));
  await setDoc(doc(db, 'interviews/a2'), { ...interview('alice'), status: 'generating' });
  await setDoc(doc(db, 'interviews/b1'), interview('bob'));
  await setDoc(doc(db, 'interviews/r1'), {
    ...interview('alice'),
    resume: 'Alice Liddell\nLed the move to Kafka',
  });
});

const interviews = (db: Firestore) => collection(db, 'interviews');
const ownedBy = (db: Firestore, uid: string) => query(interviews(db), where('userId', '==', uid));

describe('interviews/{id}: get', () => {
  it('lets the owner read their interview', async () => {
    await assertSucceeds(getDoc(doc(alice(), 'interviews/a1')));
  });

  it('hides it from another user and from visitors', async () => {
    await assertFails(getDoc(doc(bob(), 'interviews/a1')));
    await assertFails(getDoc(doc(anon(), 'interviews/a1')));
  });

  it('denies reading an id that does not exist (no probing for ids)', async () => {
    await assertFails(getDoc(doc(alice(), 'interviews/missing')));
  });
});

describe('interviews/{id}: list', () => {
  it('lets the owner list their own with a userId query (as the dashboard does)', async () => {
    const snap = await assertSucceeds(getDocs(ownedBy(alice(), 'alice')));
    expect(snap.docs.map((d) => d.id).sort()).toEqual(['a1', 'a2', 'r1']);
    await assertSucceeds(
      getDocs(
        query(
          interviews(alice()),
          where('userId', '==', 'alice'),
          orderBy('createdAt', 'desc'),
          limit(10),
        ),
      ),
    );
  });

  it("refuses a query for another user's interviews", async () => {
    await assertFails(getDocs(ownedBy(alice(), 'bob')));
    await assertFails(getDocs(ownedBy(bob(), 'alice')));
    await assertFails(getDocs(ownedBy(anon(), 'alice')));
  });

  it('refuses a query without the userId constraint, even if every result were theirs', async () => {
    await assertFails(getDocs(interviews(alice())));
    await assertFails(getDocs(query(interviews(alice()), where('status', '==', 'ready'))));
    await assertFails(getDocs(query(interviews(alice()), where('userId', 'in', ['alice', 'bob']))));
    await assertFails(getDocs(interviews(anon())));
  });
});

describe('interviews/{id}: create', () => {
  it('lets no client create an interview, not even their own (createInterview does)', async () => {
    await assertFails(setDoc(doc(alice(), 'interviews/new'), interview('alice')));
    await assertFails(addDoc(interviews(alice()), { ...interview('alice'), status: 'generating' }));
  });

  it('lets nobody create an interview for another user', async () => {
    await assertFails(setDoc(doc(alice(), 'interviews/forged'), interview('bob')));
    await assertFails(setDoc(doc(anon(), 'interviews/forged'), interview('alice')));
  });
});

describe('interviews/{id}: update', () => {
  it('lets the owner write no field: not status, questions, owner or their own inputs', async () => {
    const ref = doc(alice(), 'interviews/a1');
    await assertFails(updateDoc(ref, { status: 'failed' }));
    await assertFails(updateDoc(doc(alice(), 'interviews/a2'), { status: 'ready' }));
    await assertFails(
      updateDoc(ref, { questions: [{ id: 'q1', text: 'Forged?', kind: 'technical' }] }),
    );
    await assertFails(updateDoc(ref, { userId: 'bob' }));
    await assertFails(updateDoc(ref, { role: 'Staff Engineer' }));
    await assertFails(updateDoc(ref, { engine: 'gemini', model: 'forged' }));
    await assertFails(setDoc(ref, interview('alice')));
  });

  it("lets no other user or visitor change someone's interview, or take it over", async () => {
    await assertFails(updateDoc(doc(bob(), 'interviews/a1'), { status: 'failed' }));
    await assertFails(updateDoc(doc(bob(), 'interviews/a1'), { userId: 'bob' }));
    await assertFails(updateDoc(doc(anon(), 'interviews/a1'), { role: 'x' }));
  });
});

describe('interviews/{id}: delete', () => {
  it('lets no client delete an interview (deleteAccount does, on the server)', async () => {
    await assertFails(deleteDoc(doc(alice(), 'interviews/a1')));
    await assertFails(deleteDoc(doc(bob(), 'interviews/a1')));
    await assertFails(deleteDoc(doc(anon(), 'interviews/a1')));
  });
});

describe('interviews/{id}: a kept résumé (personal data)', () => {
  it('is read by its owner only', async () => {
    const snap = await assertSucceeds(getDoc(doc(alice(), 'interviews/r1')));
    expect(snap.get('resume')).toBe('Alice Liddell\nLed the move to Kafka');
    await assertFails(getDoc(doc(bob(), 'interviews/r1')));
    await assertFails(getDoc(doc(anon(), 'interviews/r1')));
    await assertFails(getDocs(ownedBy(bob(), 'alice')));
  });

  it('cannot be written, replaced or removed by any client, its owner included', async () => {
    for (const db of [alice(), bob(), anon()]) {
      await assertFails(updateDoc(doc(db, 'interviews/r1'), { resume: 'Invented claims' }));
      await assertFails(updateDoc(doc(db, 'interviews/a1'), { resume: 'Added later' }));
    }
  });
});

describe('unknown paths', () => {
  it('deny by default: a collection without a rule, or a subcollection nobody declared', async () => {
    await assertFails(getDoc(doc(alice(), 'admin/config')));
    await assertFails(setDoc(doc(alice(), 'admin/config'), { open: true }));
    await assertFails(getDocs(collection(alice(), 'interviews/a1/notes')));
    await assertFails(setDoc(doc(alice(), 'interviews/a1/notes/n1'), { userId: 'alice' }));
  });
});
