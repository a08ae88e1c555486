'use client';

import { useMemo } from 'react';
import type { AttemptDoc } from '@/lib/attempts/converter';
import { useLiveDoc, useLiveQuery, type LiveDoc, type LiveList } from '@/lib/firebase/live';
import { reads } from '@/lib/firebase/reads';
import type { AttemptDetail, FeedbackDoc } from './converter';

export { TREND_LENGTH } from '@/lib/firebase/reads';

const UNREADABLE_ATTEMPT =
  'This attempt could not be read. Reload the page, and if it keeps happening, let us know.';
const UNREADABLE_FEEDBACK =
  'This feedback could not be read. Reload the page, and if it keeps happening, let us know.';
const UNREADABLE_ATTEMPTS =
  'Some attempts of this interview could not be read. Reload the page to try again.';
const UNREADABLE_HISTORY = 'Some of your feedback could not be read. Reload the page to try again.';

/** Live view of one attempt, with the fields the feedback page needs beyond the shared schema. */
export function useAttemptDetail(interviewId: string, attemptId: string): LiveDoc<AttemptDetail> {
  return useLiveDoc(reads.attemptDetail(interviewId, attemptId), UNREADABLE_ATTEMPT);
}

/** Live feedback of one attempt, whether or not it exists yet (see reads.attemptFeedback). */
export function useAttemptFeedback(uid: string, attemptId: string): LiveDoc<FeedbackDoc> {
  const list = useLiveQuery(reads.attemptFeedback(uid, attemptId), UNREADABLE_FEEDBACK);
  if (list.status !== 'ready') return list;
  const feedback = list.items.find((f) => f.id === attemptId);
  return feedback ? { status: 'ready', value: feedback } : { status: 'not-found' };
}

/** Every attempt of one interview, newest first (the rules require the userId constraint). */
export function useInterviewAttempts(uid: string, interviewId: string): LiveList<AttemptDoc> {
  return useLiveQuery(reads.interviewAttempts(uid, interviewId), UNREADABLE_ATTEMPTS);
}

/** The feedback of one interview's attempts, oldest first. */
export function useInterviewFeedback(uid: string, interviewId: string): LiveList<FeedbackDoc> {
  const list = useLiveQuery(reads.interviewFeedback(uid, interviewId), UNREADABLE_FEEDBACK);
  return useMemo(
    () =>
      list.status === 'ready'
        ? {
            status: 'ready',
            items: [...list.items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
          }
        : list,
    [list],
  );
}

/** The user's most recent feedback across all interviews, oldest first, for the trend. */
export function useFeedbackHistory(uid: string): LiveList<FeedbackDoc> {
  return useLiveQuery(reads.feedbackHistory(uid), UNREADABLE_HISTORY);
}
