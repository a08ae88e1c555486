import { randomUUID } from 'node:crypto';
import { WORK_LEASE_MS } from '@candor/core';
import { Timestamp, type Query } from 'firebase-admin/firestore';
import { errorDetails, log } from '../helpers/logger';
import { scoreAttempt } from './feedback';
import { recoverInterview } from './interviews';
import { collections } from './store';

/**
 * The one mechanism both scheduled sweeps share: each item found is reconciled through the
 * same claim its trigger or "check now" uses, `concurrency` at a time (so a provider is not
 * flooded). One broken item must not stop the others: what throws is logged, reported as
 * 'crashed' and left for the next run to find.
 */
export async function sweepEach<T, R>(
  items: readonly T[],
  reconcile: (item: T) => Promise<R>,
  options: { fn: string; key: (item: T) => string; concurrency?: number },
): Promise<Map<string, R | 'crashed'>> {
  const results = new Map<string, R | 'crashed'>();
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      const key = options.key(item);
      try {
        results.set(key, await reconcile(item));
      } catch (error) {
        log({ fn: options.fn }).error('reconciliation crashed', { key, ...errorDetails(error) });
        results.set(key, 'crashed');
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? items.length, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

/** Items reconciled per kind and run; the next run (minutes later) takes the rest. */
export const SWEEP_BATCH = 20;

export interface SweepReport {
  /** interviewId -> what the reconciliation found or did. */
  interviews: Record<string, string>;
  /** "interviewId/attemptId" -> what the reconciliation found or did. */
  attempts: Record<string, string>;
}

/**
 * Finds leased work whose worker died or never started and reconciles it through the same
 * claim the triggers use: interviews still `generating` long after they were created or reset,
 * attempts in `scoring` past their lease, and attempts `transcribed` long ago that no scoring
 * ever claimed. Each gets one more run or is settled `failed` with a reason; the claim is a
 * transaction, so a sweep racing another sweep (or a "check now") runs it once.
 */
export async function sweepStuckWork(nowMs = Date.now()): Promise<SweepReport> {
  const cutoffMs = nowMs - WORK_LEASE_MS;
  const cutoff = Timestamp.fromMillis(cutoffMs);
  // The oldest items in `status` whose `field` (when they entered it, or took their lease) is
  // at or before the cutoff.
  const overdue = <T>(query: Query<T>, status: string, field: string, at: unknown) =>
    query.where('status', '==', status).where(field, '<=', at).orderBy(field).limit(SWEEP_BATCH);
  const [interviews, scoring, transcribed] = await Promise.all([
    overdue(collections.interviews(), 'generating', 'updatedAt', cutoff).get(),
    overdue(collections.allAttempts(), 'scoring', 'scoringLease.atMs', cutoffMs).get(),
    overdue(collections.allAttempts(), 'transcribed', 'transcribedAt', cutoff).get(),
  ]);
  const attemptKey = (doc: { id: string; ref: { parent: { parent: { id: string } | null } } }) =>
    `${doc.ref.parent.parent?.id ?? ''}/${doc.id}`;
  const [interviewResults, attemptResults] = await Promise.all([
    sweepEach(
      interviews.docs,
      async (doc) => (await recoverInterview(doc.id, `sweep-${randomUUID()}`)).outcome,
      { fn: 'sweepStuckWork', key: (doc) => doc.id },
    ),
    sweepEach(
      [...scoring.docs, ...transcribed.docs],
      (doc) =>
        scoreAttempt(doc.ref.parent.parent?.id ?? '', doc.id, `sweep-${randomUUID()}`, {
          recovery: true,
        }),
      { fn: 'sweepStuckWork', key: attemptKey },
    ),
  ]);
  const report: SweepReport = {
    interviews: Object.fromEntries(interviewResults),
    attempts: Object.fromEntries(attemptResults),
  };
  if (interviewResults.size + attemptResults.size > 0) {
    log({ fn: 'sweepStuckWork' }).warn('swept stuck work', { ...report });
  }
  return report;
}
