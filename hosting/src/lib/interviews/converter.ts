import { COLLECTIONS, interviewSchema, type Interview } from '@candor/core';
import {
  collection,
  doc,
  type CollectionReference,
  type DocumentReference,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { fromFirestore } from '@/lib/firebase/converters';

/** An interview as the web app sees it: the stored fields plus the document id. */
export type InterviewDoc = Interview & { id: string };

export const interviewConverter: FirestoreDataConverter<InterviewDoc> = {
  // Only the functions write interviews (the rules deny clients), so this side never encodes.
  toFirestore: () => {
    throw new Error('Interviews are written by the server only');
  },
  fromFirestore: (snap: QueryDocumentSnapshot) => ({
    id: snap.id,
    ...fromFirestore(interviewSchema, snap),
  }),
};

export function interviewsCollection(db: Firestore): CollectionReference<InterviewDoc> {
  return collection(db, COLLECTIONS.interviews).withConverter(interviewConverter);
}

export function interviewRef(db: Firestore, id: string): DocumentReference<InterviewDoc> {
  return doc(db, COLLECTIONS.interviews, id).withConverter(interviewConverter);
}
