'use client';

import { COLLECTIONS, displayNameSchema, userSchema, type User } from '@candor/core';
import {
  doc,
  onSnapshot,
  updateDoc,
  type DocumentReference,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { useEffect, useState } from 'react';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { fromFirestore } from '@/lib/firebase/converters';

const userConverter: FirestoreDataConverter<User> = {
  toFirestore: (user) => user,
  fromFirestore: (snap: QueryDocumentSnapshot) => fromFirestore(userSchema, snap),
};

export function userRef(db: Firestore, uid: string): DocumentReference<User> {
  return doc(db, COLLECTIONS.users, uid).withConverter(userConverter);
}

export type ProfileState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ready'; profile: User }
  | { status: 'error'; message: string };

/** Live view of users/{uid}, which the server creates when the account is made. */
export function useUserProfile(uid: string | null): ProfileState {
  const { db } = useFirebase();
  const [state, setState] = useState<ProfileState>({ status: 'loading' });
  useEffect(() => {
    if (!uid) return;
    return onSnapshot(
      userRef(db, uid),
      (snap) => {
        const profile = snap.data();
        setState(profile ? { status: 'ready', profile } : { status: 'missing' });
      },
      (error) => {
        setState({ status: 'error', message: error.message });
      },
    );
  }, [db, uid]);
  return state;
}

/** Waits until the server has created users/{uid}, then sets the name the user chose. */
export async function saveDisplayNameWhenReady(
  db: Firestore,
  uid: string,
  name: string,
  timeoutMs = 20_000,
): Promise<void> {
  const displayName = displayNameSchema.parse(name);
  const ref = userRef(db, uid);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error('Your profile is taking longer than usual to set up. Reload to retry.'));
    }, timeoutMs);
    const unsubscribe = onSnapshot(
      ref,
      (snap) => {
        if (!snap.exists()) return;
        clearTimeout(timer);
        unsubscribe();
        resolve();
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
  await updateDoc(doc(db, COLLECTIONS.users, uid), { displayName });
}
