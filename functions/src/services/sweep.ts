import { randomUUID } from 'node:crypto';
import { COLLECTIONS, WORK_LEASE_MS } from '@candor/core';
import { Timestamp } from 'firebase-admin/firestore';
import { errorDetails, log } from '../helpers/logger';
import { db } from './admin';
import { scoreAttempt } from './feedback';
import { recoverInterview } from './interviews';

/** Items reconciled per kind and run; the next run (minutes later) takes the rest. */
export const SWEEP_BATCH = 20;

export interface SweepReport {
  /** interviewId -> what the reconciliation found or did. */
  interviews: Record<string, string>;
  /** "interviewId/attemptId" -> what the reconciliation found or did. */
  attempts: Record<string, string>;
}

/**
 * Finds work whose worker died and reconciles it through the same claim the triggers use:
 * interviews still `generating` long after they were created or reset, and attempts in
 * `scoring` past their lease. Each gets one more run or is settled `failed` with a reason;
 * the claim is a transaction, so a sweep racing another sweep (or a "check now") runs it once.
 */
export async function sweepStuckWork(nowMs = Date.now()): Promise<SweepReport> {
  const logger = log({ fn: 'sweepStuckWork' });
  const cutoffMs = nowMs - WORK_LEASE_MS;
  const [interviews, attempts] = await Promise.all([
    db()
      .collection(COLLECTIONS.interviews)
      .where('status', '==', 'generating')
      .where('updatedAt', '<=', Timestamp.fromMillis(cutoffMs))
      .orderBy('updatedAt')
      .limit(SWEEP_BATCH)
      .get(),
    db()
      .collectionGroup(COLLECTIONS.attempts)
      .where('status', '==', 'scoring')
      .where('scoringLease.atMs', '<=', cutoffMs)
      .orderBy('scoringLease.atMs')
      .limit(SWEEP_BATCH)
      .get(),
  ]);
  const report: SweepReport = { interviews: {}, attempts: {} };
  const settle = async (key: string, into: Record<string, string>, run: () => Promise<string>) => {
    try {
      into[key] = await run();
    } catch (error) {
      // One broken item must not stop the others; it stays stuck for the next run to find.
      logger.error('reconciliation crashed', { key, ...errorDetails(error) });
      into[key] = 'crashed';
    }
  };
  await Promise.all([
    ...interviews.docs.map((doc) =>
      settle(doc.id, report.interviews, async () => {
        const result = await recoverInterview(doc.id, `sweep-${randomUUID()}`);
        return result.outcome;
      }),
    ),
    ...attempts.docs.map((doc) => {
      const interviewId = doc.ref.parent.parent?.id ?? '';
      return settle(`${interviewId}/${doc.id}`, report.attempts, () =>
        scoreAttempt(interviewId, doc.id, `sweep-${randomUUID()}`, { recovery: true }),
      );
    }),
  ]);
  const touched = Object.keys(report.interviews).length + Object.keys(report.attempts).length;
  if (touched > 0) logger.warn('swept stuck work', { ...report });
  return report;
}
