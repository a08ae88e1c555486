import {
  attemptSchema,
  COLLECTIONS,
  feedbackSchema,
  interviewSchema,
  rateLimitsSchema,
  shareSchema,
  toDates,
  userSchema,
  webhookEventSchema,
} from '@candor/core';
import type {
  DocumentData,
  DocumentReference,
  DocumentSnapshot,
  FirestoreDataConverter,
  QueryDocumentSnapshot,
  Timestamp,
  Transaction,
} from 'firebase-admin/firestore';
import { DomainError } from '../helpers/errors';
import { db } from './admin';

/**
 * A document as the database holds it: the core schema's shape with Timestamps where the schema
 * has Dates. Updates are typed against it (`UpdateData<Stored<T>>`), creates and sets against
 * the schema's own type (`WithFieldValue<T>`), and both admit `FieldValue.serverTimestamp()` and
 * `FieldValue.delete()` where a field may hold them, so a write the schema does not allow (an
 * unknown field, a wrong status, a string for a number) fails the type check.
 */
export type Stored<T> = T extends Date
  ? Timestamp
  : T extends readonly (infer U)[]
    ? Stored<U>[]
    : T extends object
      ? { [K in keyof T]: Stored<T[K]> }
      : T;

interface Parser<T> {
  parse(data: unknown): T;
}

/**
 * The Admin SDK converter for one core schema: a read parses the document (Timestamps become
 * Dates first), so code never sees a document the contract does not allow; a write passes the
 * typed data through (the SDK stores a Date as a Timestamp).
 */
function converter<T extends DocumentData>(
  schema: Parser<T>,
): FirestoreDataConverter<T, Stored<T> & DocumentData> {
  return {
    toFirestore: (data) => data as Stored<T> & DocumentData,
    fromFirestore: (snap: QueryDocumentSnapshot) => schema.parse(toDates(snap.data())),
  };
}

const converters = {
  users: converter(userSchema),
  interviews: converter(interviewSchema),
  attempts: converter(attemptSchema),
  feedback: converter(feedbackSchema),
  shares: converter(shareSchema),
  rateLimits: converter(rateLimitsSchema),
  webhookEvents: converter(webhookEventSchema),
};

/** Every collection the functions read or write, each through its schema's converter. */
export const collections = {
  users: () => db().collection(COLLECTIONS.users).withConverter(converters.users),
  interviews: () => db().collection(COLLECTIONS.interviews).withConverter(converters.interviews),
  attempts: (interviewId: string) =>
    collections
      .interviews()
      .doc(interviewId)
      .collection(COLLECTIONS.attempts)
      .withConverter(converters.attempts),
  /** All attempts of all interviews (the sweeps). */
  allAttempts: () => db().collectionGroup(COLLECTIONS.attempts).withConverter(converters.attempts),
  feedback: () => db().collection(COLLECTIONS.feedback).withConverter(converters.feedback),
  shares: () => db().collection(COLLECTIONS.shares).withConverter(converters.shares),
  rateLimits: () => db().collection(COLLECTIONS.rateLimits).withConverter(converters.rateLimits),
  webhookEvents: () =>
    db().collection(COLLECTIONS.webhookEvents).withConverter(converters.webhookEvents),
};

export const userRef = (uid: string) => collections.users().doc(uid);
export const interviewRef = (interviewId: string) => collections.interviews().doc(interviewId);
export const attemptRef = (interviewId: string, attemptId: string) =>
  collections.attempts(interviewId).doc(attemptId);
/** feedback/{attemptId}: one feedback document per attempt, keyed by the attempt's id. */
export const feedbackRef = (attemptId: string) => collections.feedback().doc(attemptId);

/**
 * Reads a document the caller owns (inside the caller's transaction when given one). Anything
 * else, someone else's document included, reads as not found, so ids do not leak.
 */
export async function getOwned<T extends DocumentData>(
  ref: DocumentReference<T, Stored<T> & DocumentData>,
  uid: string,
  noun: 'interview' | 'attempt' | 'link',
  tx?: Transaction,
): Promise<DocumentSnapshot<T, Stored<T> & DocumentData>> {
  const snap = tx ? await tx.get(ref) : await ref.get();
  if (!snap.exists || snap.get('userId') !== uid) {
    throw new DomainError('not-found', `That ${noun} does not exist.`);
  }
  return snap;
}
