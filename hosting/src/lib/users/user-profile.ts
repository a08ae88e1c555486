'use client';

import { displayNameSchema } from '@candor/core';
import type { Firestore } from 'firebase/firestore';
import { useMemo } from 'react';
import { loadFirestoreKit, type LazyClient } from '@/lib/firebase/client-app';
import { useLiveDoc } from '@/lib/firebase/live';
import { reads } from '@/lib/firebase/reads';
import type { UserDoc } from './converter';

export type ProfileState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ready'; profile: UserDoc }
  | { status: 'error'; message: string };

const UNREADABLE = 'Your profile could not be read. Reload the page to try again.';

/** Live view of users/{uid}, which the server creates when the account is made. */
export function useUserProfile(uid: string | null): ProfileState {
  const live = useLiveDoc(uid ? reads.user(uid) : null, UNREADABLE);
  return useMemo(() => {
    if (!uid) return { status: 'loading' };
    switch (live.status) {
      case 'ready':
        return { status: 'ready', profile: live.value };
      case 'not-found':
        return { status: 'missing' };
      default:
        return live;
    }
  }, [uid, live]);
}

/** Sets the user's display name (the rules let the owner change that one field). */
export async function saveDisplayName(
  db: LazyClient<Firestore>,
  uid: string,
  name: string,
): Promise<void> {
  const displayName = displayNameSchema.parse(name);
  const [kit, instance] = await Promise.all([loadFirestoreKit(), db.get()]);
  await kit.updateDoc(kit.docRef(instance, reads.user(uid)), { displayName });
}

/** Waits until the server has created users/{uid}, then sets the name the user chose. */
export async function saveDisplayNameWhenReady(
  db: LazyClient<Firestore>,
  uid: string,
  name: string,
  timeoutMs = 20_000,
): Promise<void> {
  displayNameSchema.parse(name);
  const [kit, instance] = await Promise.all([loadFirestoreKit(), db.get()]);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error('Your profile is taking longer than usual to set up. Reload to retry.'));
    }, timeoutMs);
    const unsubscribe = kit.onSnapshot(
      kit.docRef(instance, reads.user(uid)),
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
  await saveDisplayName(db, uid, name);
}
