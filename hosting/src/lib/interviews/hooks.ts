'use client';

import { onSnapshot, orderBy, query, where, type FirestoreError } from 'firebase/firestore';
import { useEffect, useState } from 'react';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { interviewRef, interviewsCollection, type InterviewDoc } from './converter';

export type InterviewState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string }
  | { status: 'ready'; interview: InterviewDoc };

export type InterviewListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; interviews: InterviewDoc[] };

/** The server's document ids; anything else cannot name an interview. */
const INTERVIEW_ID = /^[\w-]{1,128}$/;

const UNREADABLE =
  'This interview could not be read. Reload the page, and if it keeps happening, let us know.';

/**
 * Live view of interviews/{id}. The rules answer permission-denied both for another user's
 * interview and for one that does not exist, so both read as not-found.
 */
export function useInterview(id: string): InterviewState {
  const { db } = useFirebase();
  // Keyed by id so a stale document never shows while the next one loads.
  const [result, setResult] = useState<{ id: string; state: InterviewState } | null>(null);
  const valid = INTERVIEW_ID.test(id);

  useEffect(() => {
    if (!valid) return;
    return onSnapshot(
      interviewRef(db, id),
      (snap) => {
        let state: InterviewState;
        try {
          const interview = snap.data();
          state = interview ? { status: 'ready', interview } : { status: 'not-found' };
        } catch {
          state = { status: 'error', message: UNREADABLE };
        }
        setResult({ id, state });
      },
      (error: FirestoreError) => {
        setResult({
          id,
          state:
            error.code === 'permission-denied'
              ? { status: 'not-found' }
              : { status: 'error', message: error.message },
        });
      },
    );
  }, [db, id, valid]);

  if (!valid) return { status: 'not-found' };
  return result?.id === id ? result.state : { status: 'loading' };
}

/** Live list of the user's interviews, newest first. */
export function useInterviews(uid: string): InterviewListState {
  const { db } = useFirebase();
  const [result, setResult] = useState<{ uid: string; state: InterviewListState } | null>(null);

  useEffect(
    () =>
      onSnapshot(
        // The rules allow a list only when it is constrained to the caller's own userId.
        query(interviewsCollection(db), where('userId', '==', uid), orderBy('createdAt', 'desc')),
        (snap) => {
          let state: InterviewListState;
          try {
            state = { status: 'ready', interviews: snap.docs.map((d) => d.data()) };
          } catch {
            state = {
              status: 'error',
              message: 'Some of your interviews could not be read. Reload the page to try again.',
            };
          }
          setResult({ uid, state });
        },
        (error: FirestoreError) => {
          setResult({ uid, state: { status: 'error', message: error.message } });
        },
      ),
    [db, uid],
  );

  return result?.uid === uid ? result.state : { status: 'loading' };
}
