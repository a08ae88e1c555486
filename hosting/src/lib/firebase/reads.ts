import { COLLECTIONS } from '@candor/core';
import type { AttemptDoc } from '@/lib/attempts/converter';
import type { AttemptDetail, FeedbackDoc } from '@/lib/feedback/converter';
import type { InterviewDoc } from '@/lib/interviews/converter';
import type { UserDoc } from '@/lib/users/converter';

/**
 * Every read the web app makes, as plain data: which document or query, and which converter
 * (by name) parses it. The browser's listeners (live.ts) and the server's first render
 * (server-session.ts) build their SDK's reference from the same description, and its key ties a
 * server-read result to the listener that takes over from it. The converters themselves (zod and
 * the schemas) stay out of the pages' first load: only the Firestore chunk and the server carry
 * them (models.ts).
 */
export interface ReadModels {
  interview: InterviewDoc;
  attempt: AttemptDoc;
  attemptDetail: AttemptDetail;
  feedback: FeedbackDoc;
  user: UserDoc;
}
export type ModelName = keyof ReadModels;

export interface DocRead<M extends ModelName = ModelName> {
  readonly kind: 'doc';
  readonly model: M;
  readonly path: readonly string[];
}

export interface QueryRead<M extends ModelName = ModelName> {
  readonly kind: 'query';
  readonly model: M;
  readonly path: readonly string[];
  /** Equality filters; the rules allow a list only when it is constrained to the caller. */
  readonly where: readonly (readonly [field: string, value: string])[];
  readonly orderBy?: readonly [field: string, direction: 'asc' | 'desc'];
  readonly limitToLast?: number;
}

/** Stable for equal descriptions: what the listeners key their state by. */
export function readKey(read: DocRead | QueryRead): string {
  return JSON.stringify(read);
}

/** The server's document ids; anything else cannot name a document. */
const DOC_ID = /^[\w-]{1,128}$/;
const ids = (...values: string[]) => values.every((v) => DOC_ID.test(v));

const { interviews, attempts, feedback, users } = COLLECTIONS;

/** How many scores the dashboard's trend shows. */
export const TREND_LENGTH = 20;

/** Null for a malformed id, which names nothing. */
export const reads = {
  interview: (id: string): DocRead<'interview'> | null =>
    ids(id) ? { kind: 'doc', model: 'interview', path: [interviews, id] } : null,

  /** The user's interviews, newest first. */
  interviews: (uid: string): QueryRead<'interview'> => ({
    kind: 'query',
    model: 'interview',
    path: [interviews],
    where: [['userId', uid]],
    orderBy: ['createdAt', 'desc'],
  }),

  attempt: (interviewId: string, attemptId: string): DocRead<'attempt'> | null =>
    ids(interviewId, attemptId)
      ? { kind: 'doc', model: 'attempt', path: [interviews, interviewId, attempts, attemptId] }
      : null,

  /** One attempt with the fields the feedback page needs beyond the shared schema. */
  attemptDetail: (interviewId: string, attemptId: string): DocRead<'attemptDetail'> | null =>
    ids(interviewId, attemptId)
      ? {
          kind: 'doc',
          model: 'attemptDetail',
          path: [interviews, interviewId, attempts, attemptId],
        }
      : null,

  /** Every attempt of one interview, newest first. */
  interviewAttempts: (uid: string, interviewId: string): QueryRead<'attempt'> | null =>
    ids(interviewId)
      ? {
          kind: 'query',
          model: 'attempt',
          path: [interviews, interviewId, attempts],
          where: [['userId', uid]],
          orderBy: ['createdAt', 'desc'],
        }
      : null,

  /**
   * The feedback of one attempt, whether or not it exists yet. A listener on
   * feedback/{attemptId} would be refused while it does not exist (the rules read the owner from
   * the stored document), and a refused listener never recovers; so would a query on the
   * document id, which the rules judge as a read of that one document. A query on the attemptId
   * field, constrained to the caller's own documents, is a true list: it is allowed, starts
   * empty while the attempt is scored and receives the feedback the moment the trigger writes it.
   */
  attemptFeedback: (uid: string, attemptId: string): QueryRead<'feedback'> | null =>
    ids(attemptId)
      ? {
          kind: 'query',
          model: 'feedback',
          path: [feedback],
          where: [
            ['userId', uid],
            ['attemptId', attemptId],
          ],
        }
      : null,

  /** Equality filters only, so no composite index is needed; the caller orders the few. */
  interviewFeedback: (uid: string, interviewId: string): QueryRead<'feedback'> | null =>
    ids(interviewId)
      ? {
          kind: 'query',
          model: 'feedback',
          path: [feedback],
          where: [
            ['userId', uid],
            ['interviewId', interviewId],
          ],
        }
      : null,

  /** The user's most recent feedback across all interviews, oldest first, for the trend. */
  feedbackHistory: (uid: string): QueryRead<'feedback'> => ({
    kind: 'query',
    model: 'feedback',
    path: [feedback],
    where: [['userId', uid]],
    orderBy: ['createdAt', 'asc'],
    limitToLast: TREND_LENGTH,
  }),

  user: (uid: string): DocRead<'user'> => ({ kind: 'doc', model: 'user', path: [users, uid] }),
};
