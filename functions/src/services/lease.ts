import { MAX_RECOVERIES, WORK_LEASE_MS, workLeaseSchema, type WorkLease } from '@candor/core';
import {
  FieldValue,
  type DocumentReference,
  type DocumentSnapshot,
  type Transaction,
  type UpdateData,
} from 'firebase-admin/firestore';
import { errorDetails, type log } from '../helpers/logger';
import { db } from './admin';

/** The lease stored on a document, or undefined when there is none (or it is malformed). */
export function readLease(value: unknown): WorkLease | undefined {
  const parsed = workLeaseSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export const isLeaseLive = (
  lease: WorkLease | undefined,
  nowMs = Date.now(),
  leaseMs = WORK_LEASE_MS,
) => lease !== undefined && nowMs - lease.atMs < leaseMs;

/** Whether a worker could still be about to claim: none has, and the item is still fresh. */
export const mayStillStart = (lease: WorkLease | undefined, sinceMs: number, nowMs = Date.now()) =>
  lease === undefined && nowMs - sinceMs < WORK_LEASE_MS;

/**
 * The lease a new claim writes. A redelivered event that takes over an expired lease keeps its
 * recovery count; a recovery (sweep or "check now") adds one.
 */
export function nextLease(
  claimId: string,
  previous: WorkLease | undefined,
  recovery: boolean,
  nowMs = Date.now(),
): WorkLease {
  const recoveries = (previous?.recoveries ?? 0) + (recovery ? 1 : 0);
  return { id: claimId, atMs: nowMs, ...(recoveries > 0 ? { recoveries } : {}) };
}

/** A recovery that would exceed the allowance: the item is settled failed instead. */
export const recoveriesUsed = (lease: WorkLease | undefined) =>
  (lease?.recoveries ?? 0) >= MAX_RECOVERIES;

/** Why a claim was not taken: the item is done, someone holds it, or it was settled failed. */
export type Refusal =
  | { kind: 'settled'; reason: string }
  /** A worker holds a live lease, or one may still be about to start; since when. */
  | { kind: 'busy'; reason: string; sinceMs: number }
  /** A recovery found its one retry spent and settled the item failed. */
  | { kind: 'stopped'; reason: string };

export type Produced<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs `produce`; a crash is logged and becomes the failure `crashed` says to the candidate. */
export async function produceGuarded<T>(
  produce: () => Promise<Produced<T>>,
  crashed: string,
  logger: ReturnType<typeof log>,
): Promise<Produced<T>> {
  try {
    return await produce();
  } catch (error) {
    logger.error('work crashed', errorDetails(error));
    return { ok: false, error: crashed };
  }
}

/**
 * One kind of leased work on one document (question generation, scoring). The pipeline is the
 * same for every kind; a job says only what differs.
 */
export interface LeasedJob<D extends object, T> {
  ref: DocumentReference<D>;
  /** The field that holds the lease (`generationLease`, `scoringLease`). */
  leaseField: keyof D & string;
  /** The status the document holds while a worker has the claim. */
  workingStatus: string;
  /**
   * In the claim transaction, before the lease is looked at: whether this item is for a run at
   * all (its own extra reads go here), and whether it is stuck (its worker died or never
   * started), which is what a recovery may take.
   */
  admit(
    tx: Transaction,
    snap: DocumentSnapshot<D>,
    lease: WorkLease | undefined,
    nowMs: number,
  ): Promise<{ ok: true; stuck: boolean; sinceMs: number } | { ok: false; refusal: Refusal }>;
  /** Fields besides the lease that the claim writes (scoring moves the status to `scoring`). */
  claimFields?: UpdateData<D>;
  /** What a recovery writes when the item's one retry has been spent. */
  stopped: UpdateData<D>;
  /** The work itself, outside any transaction; what it throws becomes `crashed`. */
  produce(snap: DocumentSnapshot<D>, logger: ReturnType<typeof log>): Promise<Produced<T>>;
  /** The candidate's sentence when `produce` throws. */
  crashed: string;
  /**
   * In the settling transaction, only while this worker still holds the claim: writes the
   * result (the lease field is cleared by the pipeline) and says what happened.
   */
  settle(tx: Transaction, produced: Produced<T>, clearLease: UpdateData<D>): Promise<string>;
}

export type JobRun<D extends object, T> =
  | { claimed: false; refusal: Refusal }
  | { claimed: true; produced: Produced<T>; result: string; snap: DocumentSnapshot<D> };

/**
 * Runs leased work exactly once: claims the document with a lease in a transaction (only one
 * worker at a time; a recovery takes only a stuck item, and settles it failed once its one retry
 * is spent), produces the result outside any transaction, then settles it in a transaction
 * only if this worker still holds the claim. A redelivered or duplicated event finds the claim
 * taken or the item settled and changes nothing. The one retry on a retryable model failure
 * lives in `generateChecked`, which every `produce` calls.
 */
export async function runLeasedJob<D extends object, T>(
  job: LeasedJob<D, T>,
  claimId: string,
  recovery: boolean,
  logger: ReturnType<typeof log>,
): Promise<JobRun<D, T>> {
  const clearLease = { [job.leaseField]: FieldValue.delete() } as UpdateData<D>;
  const claim = await db().runTransaction(
    async (tx): Promise<{ refusal: Refusal } | { snap: DocumentSnapshot<D> }> => {
      const snap = await tx.get(job.ref);
      const lease = readLease(snap.get(job.leaseField));
      const nowMs = Date.now();
      const admitted = await job.admit(tx, snap, lease, nowMs);
      if (!admitted.ok) return { refusal: admitted.refusal };
      if (isLeaseLive(lease, nowMs)) {
        const sinceMs = lease?.atMs ?? nowMs;
        return { refusal: { kind: 'busy', reason: 'claimed by another worker', sinceMs } };
      }
      if (recovery && !admitted.stuck) {
        return { refusal: { kind: 'busy', reason: 'not started yet', sinceMs: admitted.sinceMs } };
      }
      if (recovery && recoveriesUsed(lease)) {
        tx.update(job.ref, { ...job.stopped, ...clearLease });
        return {
          refusal: { kind: 'stopped', reason: 'stopped again after its retry: settled failed' },
        };
      }
      tx.update(job.ref, {
        ...job.claimFields,
        [job.leaseField]: nextLease(claimId, lease, recovery, nowMs),
      } as UpdateData<D>);
      return { snap };
    },
  );
  if ('refusal' in claim) return { claimed: false, refusal: claim.refusal };
  const claimed = claim.snap;

  const produced = await produceGuarded(() => job.produce(claimed, logger), job.crashed, logger);
  const result = await db().runTransaction(async (tx) => {
    const snap = await tx.get(job.ref);
    const lease = readLease(snap.get(job.leaseField));
    if (!snap.exists || snap.get('status') !== job.workingStatus || lease?.id !== claimId) {
      return 'claim lost';
    }
    return job.settle(tx, produced, clearLease);
  });
  return { claimed: true, produced, result, snap: claimed };
}
