'use client';

import type { DocumentReference, Query } from 'firebase/firestore';
import { useMemo } from 'react';
import type { AttemptDoc } from '@/lib/attempts/converter';
import type { AttemptDetail, FeedbackDoc } from './converter';
import { useLiveDoc, useLiveQuery, type LiveDoc, type LiveList, type LiveSource } from './live';

/** How many scores the dashboard's trend shows. */
export const TREND_LENGTH = 20;

/** The server's document ids; anything else cannot name a document. */
const DOC_ID = /^[\w-]{1,128}$/;

const UNREADABLE_ATTEMPT =
  'This attempt could not be read. Reload the page, and if it keeps happening, let us know.';
const UNREADABLE_FEEDBACK =
  'This feedback could not be read. Reload the page, and if it keeps happening, let us know.';
const UNREADABLE_ATTEMPTS =
  'Some attempts of this interview could not be read. Reload the page to try again.';
const UNREADABLE_HISTORY = 'Some of your feedback could not be read. Reload the page to try again.';

/** Live view of one attempt, with the fields the feedback page needs beyond the shared schema. */
export function useAttemptDetail(interviewId: string, attemptId: string): LiveDoc<AttemptDetail> {
  const valid = DOC_ID.test(interviewId) && DOC_ID.test(attemptId);
  const ref = useMemo<LiveSource<DocumentReference<AttemptDetail>> | null>(
    () => (valid ? (kit, db) => kit.attemptDetailRef(db, interviewId, attemptId) : null),
    [interviewId, attemptId, valid],
  );
  return useLiveDoc(ref, UNREADABLE_ATTEMPT);
}

/**
 * Live feedback of one attempt, whether or not it exists yet. A listener on feedback/{attemptId}
 * would be refused while it does not exist (the rules read the owner from the stored document),
 * and a refused listener never recovers; so would a query on the document id, which the rules
 * judge as a read of that one document. A query on the attemptId field, constrained to the
 * caller's own documents, is a true list: it is allowed, starts empty while the attempt is
 * scored and receives the feedback the moment the trigger writes it.
 */
export function useAttemptFeedback(uid: string, attemptId: string): LiveDoc<FeedbackDoc> {
  const q = useMemo<LiveSource<Query<FeedbackDoc>> | null>(
    () =>
      DOC_ID.test(attemptId)
        ? (kit, db) =>
            kit.query(
              kit.feedbackCollection(db),
              kit.where('userId', '==', uid),
              kit.where('attemptId', '==', attemptId),
            )
        : null,
    [uid, attemptId],
  );
  const list = useLiveQuery(q, UNREADABLE_FEEDBACK);
  if (list.status !== 'ready') return list;
  const feedback = list.items.find((f) => f.id === attemptId);
  return feedback ? { status: 'ready', value: feedback } : { status: 'not-found' };
}

/** Every attempt of one interview, newest first (the rules require the userId constraint). */
export function useInterviewAttempts(uid: string, interviewId: string): LiveList<AttemptDoc> {
  const q = useMemo<LiveSource<Query<AttemptDoc>> | null>(
    () =>
      DOC_ID.test(interviewId)
        ? (kit, db) =>
            kit.query(
              kit.attemptsCollection(db, interviewId),
              kit.where('userId', '==', uid),
              kit.orderBy('createdAt', 'desc'),
            )
        : null,
    [uid, interviewId],
  );
  return useLiveQuery(q, UNREADABLE_ATTEMPTS);
}

/**
 * The feedback of one interview's attempts, oldest first. Equality filters only, so no composite
 * index is needed; the few documents of one interview are ordered here instead.
 */
export function useInterviewFeedback(uid: string, interviewId: string): LiveList<FeedbackDoc> {
  const q = useMemo<LiveSource<Query<FeedbackDoc>>>(
    () => (kit, db) =>
      kit.query(
        kit.feedbackCollection(db),
        kit.where('userId', '==', uid),
        kit.where('interviewId', '==', interviewId),
      ),
    [uid, interviewId],
  );
  const list = useLiveQuery(q, UNREADABLE_FEEDBACK);
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
  const q = useMemo<LiveSource<Query<FeedbackDoc>>>(
    () => (kit, db) =>
      kit.query(
        kit.feedbackCollection(db),
        kit.where('userId', '==', uid),
        kit.orderBy('createdAt', 'asc'),
        kit.limitToLast(TREND_LENGTH),
      ),
    [uid],
  );
  return useLiveQuery(q, UNREADABLE_HISTORY);
}
