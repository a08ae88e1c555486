'use client';

import { useMemo } from 'react';
import { useLiveDoc, useLiveQuery } from '@/lib/firebase/live';
import { reads } from '@/lib/firebase/reads';
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

const UNREADABLE =
  'This interview could not be read. Reload the page, and if it keeps happening, let us know.';
const UNREADABLE_LIST = 'Some of your interviews could not be read. Reload the page to try again.';

/**
 * Live view of interviews/{id}. The rules answer permission-denied both for another user's
 * interview and for one that does not exist, so both read as not-found.
 */
export function useInterview(id: string): InterviewState {
  const live = useLiveDoc(reads.interview(id), UNREADABLE);
  return useMemo(
    () => (live.status === 'ready' ? { status: 'ready', interview: live.value } : live),
    [live],
  );
}

/** Live list of the user's interviews, newest first. */
export function useInterviews(uid: string): InterviewListState {
  const live = useLiveQuery(reads.interviews(uid), UNREADABLE_LIST);
  return useMemo(
    () => (live.status === 'ready' ? { status: 'ready', interviews: live.items } : live),
    [live],
  );
}
