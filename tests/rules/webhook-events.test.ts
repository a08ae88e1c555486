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

// webhookEvents/{key}: the idempotency keys of Retell webhooks and practice submissions, written
// by Cloud Functions only. A client that could delete one could replay a call's result; one that
// could create one could block a real delivery.
const event = (interviewId: string, attemptId: string) => ({
  interviewId,
  attemptId,
  receivedAt: new Date(),
});

const { alice, bob, anon } = rulesFixture('webhook-events', async (db) => {
  await setDoc(doc(db, 'webhookEvents/call_ended_call_a'), event('a1', 't1'));
  await setDoc(doc(db, 'webhookEvents/practice_t2'), event('a1', 't2'));
});

describe('webhookEvents/{key} (server-only)', () => {
  it('get: nobody, including the owner of the attempt it names', async () => {
    await assertFails(getDoc(doc(alice(), 'webhookEvents/call_ended_call_a')));
    await assertFails(getDoc(doc(bob(), 'webhookEvents/call_ended_call_a')));
    await assertFails(getDoc(doc(anon(), 'webhookEvents/call_ended_call_a')));
  });

  it('list: nobody, with or without a query', async () => {
    await assertFails(getDocs(collection(alice(), 'webhookEvents')));
    await assertFails(
      getDocs(query(collection(alice(), 'webhookEvents'), where('attemptId', '==', 't1'))),
    );
    await assertFails(getDocs(collection(anon(), 'webhookEvents')));
  });

  it('create: nobody can pre-claim an event key', async () => {
    await assertFails(setDoc(doc(alice(), 'webhookEvents/practice_t3'), event('a1', 't3')));
    await assertFails(setDoc(doc(bob(), 'webhookEvents/call_ended_call_x'), event('a1', 't1')));
    await assertFails(setDoc(doc(anon(), 'webhookEvents/call_ended_call_y'), event('a1', 't1')));
  });

  it('update: nobody', async () => {
    await assertFails(updateDoc(doc(alice(), 'webhookEvents/practice_t2'), { attemptId: 'x' }));
    await assertFails(updateDoc(doc(bob(), 'webhookEvents/practice_t2'), { attemptId: 'x' }));
    await assertFails(updateDoc(doc(anon(), 'webhookEvents/practice_t2'), { attemptId: 'x' }));
  });

  it('delete: nobody can clear a key to replay an event', async () => {
    await assertFails(deleteDoc(doc(alice(), 'webhookEvents/call_ended_call_a')));
    await assertFails(deleteDoc(doc(bob(), 'webhookEvents/call_ended_call_a')));
    await assertFails(deleteDoc(doc(anon(), 'webhookEvents/call_ended_call_a')));
  });
});
