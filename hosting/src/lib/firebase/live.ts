'use client';

import type { Firestore, FirestoreError, Unsubscribe } from 'firebase/firestore';
import { useEffect, useState } from 'react';
import { loadFirestoreKit, type FirestoreKit } from './client-app';
import { useFirebase } from './firebase-provider';
import { useInitialRead } from './initial-reads';
import { readKey, type DocRead, type ModelName, type QueryRead, type ReadModels } from './reads';

export type LiveList<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; items: T[] };

export type LiveDoc<T> =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string }
  | { status: 'ready'; value: T };

const UNREACHABLE = 'Could not reach the server. Check your connection and reload the page.';

/**
 * Loads Firestore (the first listener on a page downloads it), then subscribes. The state is
 * kept with the key of the read it answers, so a previous read's result never shows while the
 * next one loads. A cleanup before the download finished subscribes nothing.
 */
function useLive<R extends DocRead | QueryRead, S>(
  read: R | null,
  subscribe: (kit: FirestoreKit, db: Firestore, read: R, report: (state: S) => void) => Unsubscribe,
  unavailable: S,
): S | null {
  const { db } = useFirebase();
  const key = read === null ? null : readKey(read);
  const [result, setResult] = useState<{ key: string; state: S } | null>(null);
  useEffect(() => {
    if (read === null || key === null) return;
    let live = true;
    let unsubscribe: Unsubscribe | undefined;
    const report = (state: S) => {
      if (live) setResult({ key, state });
    };
    Promise.all([loadFirestoreKit(), db.get()]).then(
      ([kit, instance]) => {
        if (live) unsubscribe = subscribe(kit, instance, read, report);
      },
      () => {
        report(unavailable);
      },
    );
    return () => {
      live = false;
      unsubscribe?.();
    };
    // The key stands for the read (equal reads, equal keys); subscribe and unavailable are
    // constants of the calling hook.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, key]);
  return result?.key === key ? result.state : null;
}

/**
 * Live results of a query (none for a null read: a malformed id, which names nothing). Until
 * the first snapshot, the items the server read for this page, if it read them.
 */
export function useLiveQuery<M extends ModelName>(
  read: QueryRead<M> | null,
  unreadable: string,
): LiveList<ReadModels[M]> {
  type T = ReadModels[M];
  const initial = useInitialRead(read === null ? null : readKey(read)) as T[] | undefined;
  const state = useLive<QueryRead<M>, LiveList<T>>(
    read,
    (kit, db, q, report) =>
      kit.onSnapshot(
        kit.queryRef(db, q),
        (snap) => {
          try {
            report({ status: 'ready', items: snap.docs.map((d) => d.data()) });
          } catch {
            report({ status: 'error', message: unreadable });
          }
        },
        (error: FirestoreError) => {
          report({ status: 'error', message: error.message });
        },
      ),
    { status: 'error', message: UNREACHABLE },
  );
  if (read === null) return { status: 'ready', items: [] };
  return state ?? (initial ? { status: 'ready', items: initial } : { status: 'loading' });
}

/**
 * Live view of one document (none for a null read: a malformed id, which names nothing). The
 * rules answer permission-denied both for another user's document and for one that does not
 * exist, so both read as not-found. Until the first snapshot, the value the server read for
 * this page, if it read one.
 */
export function useLiveDoc<M extends ModelName>(
  read: DocRead<M> | null,
  unreadable: string,
): LiveDoc<ReadModels[M]> {
  type T = ReadModels[M];
  const initial = useInitialRead(read === null ? null : readKey(read)) as T | undefined;
  const state = useLive<DocRead<M>, LiveDoc<T>>(
    read,
    (kit, db, ref, report) =>
      kit.onSnapshot(
        kit.docRef(db, ref),
        (snap) => {
          let value: T | undefined;
          try {
            value = snap.data();
          } catch {
            report({ status: 'error', message: unreadable });
            return;
          }
          report(value === undefined ? { status: 'not-found' } : { status: 'ready', value });
        },
        (error: FirestoreError) => {
          report(
            error.code === 'permission-denied'
              ? { status: 'not-found' }
              : { status: 'error', message: error.message },
          );
        },
      ),
    { status: 'error', message: UNREACHABLE },
  );
  if (read === null) return { status: 'not-found' };
  return state ?? (initial ? { status: 'ready', value: initial } : { status: 'loading' });
}
