import { COLLECTIONS, userSchema, type User } from '@candor/core';
import {
  doc,
  type DocumentReference,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { fromFirestore } from '@/lib/firebase/converters';

const userConverter: FirestoreDataConverter<User> = {
  // The owner may change only displayName (the rules say so); updateDoc sends just that field.
  toFirestore: (user) => user,
  fromFirestore: (snap: QueryDocumentSnapshot) => fromFirestore(userSchema, snap),
};

export function userRef(db: Firestore, uid: string): DocumentReference<User> {
  return doc(db, COLLECTIONS.users, uid).withConverter(userConverter);
}
