import { MAX_RECOVERIES, WORK_LEASE_MS, workLeaseSchema, type WorkLease } from '@candor/core';

/** The lease stored on a document, or undefined when there is none (or it is malformed). */
export function readLease(value: unknown): WorkLease | undefined {
  const parsed = workLeaseSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export const isLeaseLive = (lease: WorkLease | undefined, nowMs = Date.now()) =>
  lease !== undefined && nowMs - lease.atMs < WORK_LEASE_MS;

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
