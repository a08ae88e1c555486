import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
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

const feedback = (userId: string, attemptId: string) => ({
  userId,
  interviewId: 'i1',
  attemptId,
  totalScore: 62,
  categoryScores: [{ name: 'Communication', score: 70, comment: 'Clear.' }],
  questions: [
    {
      questionId: 'q1',
      question: 'Tell me about a hard bug.',
      answerSummary: 'A missing index.',
      score: 65,
      feedback: 'Good detail.',
      evidence: [{ quote: 'I found a missing index.' }],
    },
  ],
  strengths: ['Concrete'],
  improvements: ['Quantify impact'],
  finalAssessment: 'Solid.',
  delivery: {
    wordsPerMinute: 140,
    fillerWordsPerMinute: 1,
    fillerWords: {},
    talkRatio: 0.6,
    answerCount: 1,
    longestAnswerWords: 40,
  },
  insufficientEvidence: false,
  engine: 'offline',
  model: 'rubric-v1',
  promptVersion: 'v1',
  createdAt: new Date(),
});

const { alice, bob, anon } = rulesFixture('feedback', async (db) => {
  await setDoc(doc(db, 'feedback/t1'), feedback('alice', 't1'));
  await setDoc(doc(db, 'feedback/u1'), feedback('bob', 'u1'));
});

const all = (db: Firestore) => collection(db, 'feedback');
const ownedBy = (db: Firestore, uid: string) => query(all(db), where('userId', '==', uid));

describe('feedback/{attemptId}: get', () => {
  it('lets the owner read their feedback', async () => {
    await assertSucceeds(getDoc(doc(alice(), 'feedback/t1')));
  });

  it('hides it from another user and from visitors', async () => {
    await assertFails(getDoc(doc(bob(), 'feedback/t1')));
    await assertFails(getDoc(doc(anon(), 'feedback/t1')));
  });

  it('denies reading feedback that does not exist yet', async () => {
    await assertFails(getDoc(doc(alice(), 'feedback/not-scored-yet')));
  });
});

describe('feedback: list', () => {
  it('lets the owner list their feedback with a userId query (score trend)', async () => {
    const snap = await assertSucceeds(
      getDocs(query(all(alice()), where('userId', '==', 'alice'), orderBy('createdAt'))),
    );
    expect(snap.docs.map((d) => d.id)).toEqual(['t1']);
  });

  it("refuses a query for another user's feedback", async () => {
    await assertFails(getDocs(ownedBy(alice(), 'bob')));
    await assertFails(getDocs(ownedBy(bob(), 'alice')));
    await assertFails(getDocs(ownedBy(anon(), 'alice')));
  });

  it('refuses a query without the userId constraint', async () => {
    await assertFails(getDocs(all(alice())));
    await assertFails(getDocs(query(all(alice()), where('totalScore', '>', 50))));
    await assertFails(getDocs(all(anon())));
  });
});

describe('feedback/{attemptId}: create', () => {
  it('lets no client write their own feedback, whatever the scores', async () => {
    await assertFails(setDoc(doc(alice(), 'feedback/t9'), feedback('alice', 't9')));
    await assertFails(
      setDoc(doc(alice(), 'feedback/t9'), { ...feedback('alice', 't9'), totalScore: 100 }),
    );
  });

  it('lets nobody create feedback for another user', async () => {
    await assertFails(setDoc(doc(alice(), 'feedback/u9'), feedback('bob', 'u9')));
    await assertFails(setDoc(doc(anon(), 'feedback/t9'), feedback('alice', 't9')));
  });
});

describe('feedback/{attemptId}: update', () => {
  it('lets the owner change no score, evidence or owner', async () => {
    const ref = doc(alice(), 'feedback/t1');
    await assertFails(updateDoc(ref, { totalScore: 100 }));
    await assertFails(
      updateDoc(ref, { categoryScores: [{ name: 'Communication', score: 100, comment: '' }] }),
    );
    await assertFails(updateDoc(ref, { insufficientEvidence: false, engine: 'gemini' }));
    await assertFails(updateDoc(ref, { userId: 'bob' }));
    await assertFails(setDoc(ref, feedback('alice', 't1')));
  });

  it('lets no other user or visitor change it', async () => {
    await assertFails(updateDoc(doc(bob(), 'feedback/t1'), { totalScore: 0 }));
    await assertFails(updateDoc(doc(anon(), 'feedback/t1'), { totalScore: 0 }));
  });
});

describe('feedback/{attemptId}: delete', () => {
  it('lets no client delete feedback', async () => {
    await assertFails(deleteDoc(doc(alice(), 'feedback/t1')));
    await assertFails(deleteDoc(doc(bob(), 'feedback/t1')));
    await assertFails(deleteDoc(doc(anon(), 'feedback/t1')));
  });
});
