'use client';

import type {
  DocumentReference,
  Firestore,
  FirestoreError,
  Query,
  Unsubscribe,
} from 'firebase/firestore';
import { useEffect, useState } from 'react';
import { loadFirestoreKit, type FirestoreKit } from '@/lib/firebase/client-app';
import { useFirebase } from '@/lib/firebase/firebase-provider';

export type LiveList<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; items: T[] };

export type LiveDoc<T> =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string }
  | { status: 'ready'; value: T };

/**
 * What to listen to, built once Firestore has been downloaded: the kit holds the SDK and the
 * converters (`kit.interviewRef(db, id)`, `kit.query(...)`). The caller memoises it (useMemo on
 * its inputs): results are kept with the source they answer, so a previous source's results
 * never show while the next one loads.
 */
export type LiveSource<R> = (kit: FirestoreKit, db: Firestore) => R;

const UNREACHABLE = 'Could not reach the server. Check your connection and reload the page.';

/**
 * Loads Firestore (the first listener on a page downloads it), then subscribes; the state
 * reported is kept with its source. A cleanup before the download finished subscribes nothing.
 */
function useLive<R, S>(
  source: LiveSource<R> | null,
  subscribe: (kit: FirestoreKit, target: R, report: (state: S) => void) => Unsubscribe,
  unavailable: S,
): S | null {
  const { db } = useFirebase();
  const [result, setResult] = useState<{ source: LiveSource<R>; state: S } | null>(null);
  useEffect(() => {
    if (source === null) return;
    let live = true;
    let unsubscribe: Unsubscribe | undefined;
    const report = (state: S) => {
      if (live) setResult({ source, state });
    };
    Promise.all([loadFirestoreKit(), db.get()]).then(
      ([kit, instance]) => {
        if (live) unsubscribe = subscribe(kit, source(kit, instance), report);
      },
      () => {
        report(unavailable);
      },
    );
    return () => {
      live = false;
      unsubscribe?.();
    };
    // subscribe and unavailable are constants of the calling hook; the source is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, source]);
  return result?.source === source ? result.state : null;
}

/** Live results of a query (none: a malformed id, which names nothing). */
export function useLiveQuery<T>(
  source: LiveSource<Query<T>> | null,
  unreadable: string,
): LiveList<T> {
  const state = useLive<Query<T>, LiveList<T>>(
    source,
    (kit, q, report) =>
      kit.onSnapshot(
        q,
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
  if (source === null) return { status: 'ready', items: [] };
  return state ?? { status: 'loading' };
}

/**
 * Live view of one document (none: a malformed id, which names nothing). The rules answer
 * permission-denied both for another user's document and for one that does not exist, so both
 * read as not-found.
 */
export function useLiveDoc<T>(
  source: LiveSource<DocumentReference<T>> | null,
  unreadable: string,
): LiveDoc<T> {
  const state = useLive<DocumentReference<T>, LiveDoc<T>>(
    source,
    (kit, ref, report) =>
      kit.onSnapshot(
        ref,
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
  if (source === null) return { status: 'not-found' };
  return state ?? { status: 'loading' };
}
