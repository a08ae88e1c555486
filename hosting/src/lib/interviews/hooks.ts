'use client';

import type { DocumentReference, Query } from 'firebase/firestore';
import { useMemo } from 'react';
import { useLiveDoc, useLiveQuery, type LiveSource } from '@/lib/feedback/live';
import type { InterviewDoc } from './converter';

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
const UNREADABLE_LIST = 'Some of your interviews could not be read. Reload the page to try again.';

/**
 * Live view of interviews/{id}. The rules answer permission-denied both for another user's
 * interview and for one that does not exist, so both read as not-found. Keyed by id, so a stale
 * document never shows while the next one loads.
 */
export function useInterview(id: string): InterviewState {
  const valid = INTERVIEW_ID.test(id);
  const source = useMemo<LiveSource<DocumentReference<InterviewDoc>> | null>(
    () => (valid ? (kit, db) => kit.interviewRef(db, id) : null),
    [id, valid],
  );
  const live = useLiveDoc(source, UNREADABLE);
  return useMemo(
    () => (live.status === 'ready' ? { status: 'ready', interview: live.value } : live),
    [live],
  );
}

/** Live list of the user's interviews, newest first. */
export function useInterviews(uid: string): InterviewListState {
  const source = useMemo<LiveSource<Query<InterviewDoc>>>(
    () => (kit, db) =>
      // The rules allow a list only when it is constrained to the caller's own userId.
      kit.query(
        kit.interviewsCollection(db),
        kit.where('userId', '==', uid),
        kit.orderBy('createdAt', 'desc'),
      ),
    [uid],
  );
  const live = useLiveQuery(source, UNREADABLE_LIST);
  return useMemo(
    () => (live.status === 'ready' ? { status: 'ready', interviews: live.items } : live),
    [live],
  );
}
