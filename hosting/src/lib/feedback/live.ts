'use client';

import {
  onSnapshot,
  type DocumentReference,
  type FirestoreError,
  type Query,
} from 'firebase/firestore';
import { useEffect, useState } from 'react';

export type LiveList<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; items: T[] };

export type LiveDoc<T> =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string }
  | { status: 'ready'; value: T };

/**
 * Live results of a query. The caller memoises the query (useMemo on its inputs); results are
 * kept with the query they answer, so a previous query's results never show while the next loads.
 */
export function useLiveQuery<T>(q: Query<T> | null, unreadable: string): LiveList<T> {
  const [result, setResult] = useState<{ q: Query<T>; state: LiveList<T> } | null>(null);

  useEffect(() => {
    if (q === null) return;
    return onSnapshot(
      q,
      (snap) => {
        let state: LiveList<T>;
        try {
          state = { status: 'ready', items: snap.docs.map((d) => d.data()) };
        } catch {
          state = { status: 'error', message: unreadable };
        }
        setResult({ q, state });
      },
      (error: FirestoreError) => {
        setResult({ q, state: { status: 'error', message: error.message } });
      },
    );
  }, [q, unreadable]);

  // A malformed id names nothing, so there is nothing to ask.
  if (q === null) return { status: 'ready', items: [] };
  return result?.q === q ? result.state : { status: 'loading' };
}

/**
 * Live view of one document (none: a malformed id, which names nothing). The rules answer
 * permission-denied both for another user's document and for one that does not exist, so both
 * read as not-found.
 */
export function useLiveDoc<T>(ref: DocumentReference<T> | null, unreadable: string): LiveDoc<T> {
  const [result, setResult] = useState<{ ref: DocumentReference<T>; state: LiveDoc<T> } | null>(
    null,
  );

  useEffect(() => {
    if (ref === null) return;
    return onSnapshot(
      ref,
      (snap) => {
        let state: LiveDoc<T>;
        try {
          const value = snap.data();
          state = value === undefined ? { status: 'not-found' } : { status: 'ready', value };
        } catch {
          state = { status: 'error', message: unreadable };
        }
        setResult({ ref, state });
      },
      (error: FirestoreError) => {
        setResult({
          ref,
          state:
            error.code === 'permission-denied'
              ? { status: 'not-found' }
              : { status: 'error', message: error.message },
        });
      },
    );
  }, [ref, unreadable]);

  if (ref === null) return { status: 'not-found' };
  return result?.ref === ref ? result.state : { status: 'loading' };
}
