import { attemptSchema, COLLECTIONS, type Attempt } from '@candor/core';
import {
  doc,
  type DocumentReference,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { fromFirestore } from '@/lib/firebase/converters';

/** An attempt as the web app sees it: the stored fields plus the document id. */
export type AttemptDoc = Attempt & { id: string };

export const attemptConverter: FirestoreDataConverter<AttemptDoc> = {
  // Attempts are written by the functions only (the rules deny clients), so this never encodes.
  toFirestore: () => {
    throw new Error('Attempts are written by the server only');
  },
  fromFirestore: (snap: QueryDocumentSnapshot) => ({
    id: snap.id,
    ...fromFirestore(attemptSchema, snap),
  }),
};

export function attemptRef(
  db: Firestore,
  interviewId: string,
  attemptId: string,
): DocumentReference<AttemptDoc> {
  return doc(
    db,
    COLLECTIONS.interviews,
    interviewId,
    COLLECTIONS.attempts,
    attemptId,
  ).withConverter(attemptConverter);
}
