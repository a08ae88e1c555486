import { attemptSchema, COLLECTIONS, feedbackSchema, type Feedback } from '@candor/core';
import {
  collection,
  doc,
  type CollectionReference,
  type DocumentReference,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { z } from 'zod';
import { attemptConverter, type AttemptDoc } from '@/lib/attempts/converter';
import { fromFirestore } from '@/lib/firebase/converters';

/** A feedback document as the web app sees it; its id is the id of the attempt it scores. */
export type FeedbackDoc = Feedback & { id: string };

export const feedbackConverter: FirestoreDataConverter<FeedbackDoc> = {
  // Only the scoring trigger writes feedback (the rules deny clients), so this never encodes.
  toFirestore: () => {
    throw new Error('Feedback is written by the server only');
  },
  fromFirestore: (snap: QueryDocumentSnapshot) => ({
    id: snap.id,
    ...fromFirestore(feedbackSchema, snap),
  }),
};

export function feedbackCollection(db: Firestore): CollectionReference<FeedbackDoc> {
  return collection(db, COLLECTIONS.feedback).withConverter(feedbackConverter);
}

/** The attempts of one interview, parsed by the room's converter. */
export function attemptsCollection(
  db: Firestore,
  interviewId: string,
): CollectionReference<AttemptDoc> {
  return collection(db, COLLECTIONS.interviews, interviewId, COLLECTIONS.attempts).withConverter(
    attemptConverter,
  );
}

/**
 * The feedback page reads the truncation mark (so the page can say the transcript is
 * incomplete) and the scoring lease (so a run whose worker died is not waited on for ever),
 * both part of the shared attempt schema.
 */
const attemptDetailSchema = attemptSchema;

export type AttemptDetail = z.infer<typeof attemptDetailSchema> & { id: string };

export const attemptDetailConverter: FirestoreDataConverter<AttemptDetail> = {
  toFirestore: () => {
    throw new Error('Attempts are written by the server only');
  },
  fromFirestore: (snap: QueryDocumentSnapshot) => ({
    id: snap.id,
    ...fromFirestore(attemptDetailSchema, snap),
  }),
};

export function attemptDetailRef(
  db: Firestore,
  interviewId: string,
  attemptId: string,
): DocumentReference<AttemptDetail> {
  return doc(
    db,
    COLLECTIONS.interviews,
    interviewId,
    COLLECTIONS.attempts,
    attemptId,
  ).withConverter(attemptDetailConverter);
}
