import {
  CHECK_NOW_INTERVAL_MS,
  decideFromLookup,
  FIRST_LOOKUP_AFTER_MS,
  planReconcile,
  retellWebhookEventKey,
  type Attempt,
  type CallLookup,
  type CheckAttemptOutput,
  type OpenAttempt,
  type Plan,
} from '@candor/core';
import { randomUUID } from 'node:crypto';
import { FieldValue, Timestamp, type UpdateData } from 'firebase-admin/firestore';
import { log } from '../helpers/logger';
import { toVoiceProviderError, type VoiceProvider } from '../providers/retell';
import { db } from './admin';
import { recordCallResult } from './attempts';
import { isLeaseLive, readLease } from './lease';
import { attemptRef, collections, type Stored, getOwned } from './store';
import { sweepEach } from './sweep';

/**
 * Attempts that wait for a result that may never come: a webhook that never arrives (wrong URL,
 * outage), a call that never connected, a practice tab closed for good. Both the scheduled sweep
 * and "check now" run `reconcileAttempt`, which settles an attempt only through
 * `recordCallResult` with the webhook's own event key, so a late webhook changes nothing.
 */

const OPEN_STATUSES = ['created', 'in_progress'] as const;
/** One reconciliation holds an attempt this long (a lookup takes seconds). */
const RECONCILE_LEASE_MS = 60 * 1000;

type AttemptRef = ReturnType<typeof attemptRef>;

function openAttempt(attempt: Attempt): OpenAttempt {
  return {
    mode: attempt.mode,
    callId: attempt.callId,
    createdAtMs: attempt.createdAt.getTime(),
    callEndedAtMs: attempt.callEndedAt?.getTime() ?? null,
    lastCheckedAtMs: attempt.lastCheckedAt?.getTime() ?? null,
  };
}

export type ReconcileResult =
  | { state: 'settled'; by: 'this' | 'earlier' }
  | { state: 'waiting'; waitingFor: string; nextCheckAtMs: number }
  /** Another sweep or check holds the attempt right now. */
  | { state: 'busy' };

async function lookUp(voice: () => VoiceProvider, callId: string): Promise<CallLookup> {
  try {
    return { kind: 'call', call: await voice().getCall(callId) };
  } catch (error) {
    const voiceError = toVoiceProviderError(error);
    // 404/422: Retell has no such call under this key (deleted, or another workspace's key).
    if (voiceError.kind === 'bad_request') return { kind: 'missing' };
    log({ fn: 'reconcileAttempt', callId }).warn('get-call failed', {
      kind: voiceError.kind,
      status: voiceError.status,
      detail: voiceError.detail,
    });
    return { kind: 'unavailable' };
  }
}

/**
 * Looks at one open attempt and settles it if its result is known or can no longer come.
 * `force` looks the call up at once (check now); `callEnded` records that the browser saw the
 * call end. Safe to run concurrently: a lease makes one run do the lookup, and the write is
 * idempotent through the event key.
 */
export async function reconcileAttempt(
  ref: AttemptRef,
  voice: () => VoiceProvider,
  options: { force?: boolean; callEnded?: boolean; nowMs?: number } = {},
): Promise<ReconcileResult> {
  const nowMs = options.nowMs ?? Date.now();
  const leaseId = randomUUID();
  const claimed = await db().runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const data = snap.data();
    if (!data || !(OPEN_STATUSES as readonly string[]).includes(data.status)) return null;
    if (isLeaseLive(data.reconcileLease, nowMs, RECONCILE_LEASE_MS)) return 'busy' as const;
    const update: UpdateData<Stored<Attempt>> = { reconcileLease: { id: leaseId, atMs: nowMs } };
    const attempt = openAttempt(data);
    if (options.callEnded && attempt.mode === 'voice' && attempt.callEndedAtMs === null) {
      update.callEndedAt = Timestamp.fromMillis(nowMs);
      attempt.callEndedAtMs = nowMs;
    }
    tx.update(ref, update);
    return { attempt, uid: data.userId };
  });
  if (claimed === null) return { state: 'settled', by: 'earlier' };
  if (claimed === 'busy') return { state: 'busy' };

  const { attempt, uid } = claimed;
  const interviewId = ref.parent.parent?.id ?? '';
  const logger = log({
    fn: 'reconcileAttempt',
    uid,
    interviewId,
    attemptId: ref.id,
    callId: attempt.callId,
  });
  let lookedUp = false;
  try {
    let plan: Plan = planReconcile(attempt, nowMs, options.force === true);
    if (plan.kind === 'lookup' && attempt.callId !== undefined) {
      lookedUp = true;
      plan = decideFromLookup(attempt, await lookUp(voice, attempt.callId), nowMs);
    }
    if (plan.kind === 'wait') {
      return { state: 'waiting', waitingFor: plan.waitingFor, nextCheckAtMs: plan.nextCheckAtMs };
    }
    if (plan.kind === 'lookup') throw new Error('a lookup without a call id');
    const { outcome, timing } = plan;
    const stored = await recordCallResult(
      { interviewId, attemptId: ref.id, uid, mode: attempt.mode, callId: attempt.callId },
      {
        outcome: outcome.outcome,
        ...(outcome.outcome === 'failed' ? { reason: outcome.reason } : {}),
        transcript: outcome.transcript,
        ...timing,
        disconnectionReason: plan.disconnectionReason,
      },
      // The key the webhook (voice) or the practice submission would use: whichever comes
      // second finds it and changes nothing.
      attempt.callId !== undefined
        ? retellWebhookEventKey('call_ended', attempt.callId)
        : `practice_${ref.id}`,
    );
    logger.info('attempt reconciled', { stored, outcome: outcome.outcome, lookedUp });
    return { state: 'settled', by: stored === 'stored' ? 'this' : 'earlier' };
  } finally {
    await db().runTransaction(async (tx) => {
      const snap = await tx.get(ref);
      if (readLease(snap.get('reconcileLease'))?.id !== leaseId) return;
      tx.update(ref, {
        reconcileLease: FieldValue.delete(),
        ...(lookedUp ? { lastCheckedAt: Timestamp.fromMillis(nowMs) } : {}),
      });
    });
  }
}

/** The attempts a sweep looks at: open, and old enough that something may be overdue. */
export async function findOpenAttempts(nowMs: number, limit: number) {
  const snap = await collections
    .allAttempts()
    .where('status', 'in', [...OPEN_STATUSES])
    .where('createdAt', '<=', Timestamp.fromMillis(nowMs - FIRST_LOOKUP_AFTER_MS))
    .orderBy('createdAt', 'asc')
    .limit(limit)
    .get();
  return snap.docs.map((doc) => doc.ref);
}

export interface SweepReport {
  examined: number;
  settled: number;
  waiting: number;
  busy: number;
  errors: number;
}

/** One sweep: each open attempt in turn (a few at a time, so Retell is not flooded). */
export async function sweepOpenAttempts(
  voice: () => VoiceProvider,
  options: { nowMs?: number; limit?: number } = {},
): Promise<SweepReport> {
  const nowMs = options.nowMs ?? Date.now();
  const refs = await findOpenAttempts(nowMs, options.limit ?? 200);
  const results = await sweepEach(refs, (ref) => reconcileAttempt(ref, voice, { nowMs }), {
    fn: 'sweepStuckAttempts',
    key: (ref) => ref.path,
    concurrency: 4,
  });
  const report: SweepReport = { examined: refs.length, settled: 0, waiting: 0, busy: 0, errors: 0 };
  for (const result of results.values()) {
    if (result === 'crashed') report.errors += 1;
    else if (result.state === 'settled' && result.by === 'this') report.settled += 1;
    else if (result.state === 'waiting') report.waiting += 1;
    else if (result.state === 'busy') report.busy += 1;
  }
  return report;
}

/** "Check now" and the room's end-of-call report, for the attempt's owner. */
export async function checkAttempt(
  uid: string,
  input: { interviewId: string; attemptId: string; callEnded?: boolean | undefined },
  voice: () => VoiceProvider,
  nowMs = Date.now(),
): Promise<CheckAttemptOutput> {
  const ref = attemptRef(input.interviewId, input.attemptId);
  const snap = await getOwned(ref, uid, 'attempt');
  if (!(OPEN_STATUSES as readonly string[]).includes(snap.get('status') as string)) {
    return { state: 'settled' };
  }
  // Rate limit per attempt: a lookup at most every CHECK_NOW_INTERVAL_MS, whoever asks.
  const lastChecked = (snap.get('lastCheckedAt') as Timestamp | undefined)?.toMillis() ?? null;
  const tooSoon = lastChecked !== null && nowMs - lastChecked < CHECK_NOW_INTERVAL_MS;
  const result = await reconcileAttempt(ref, voice, {
    force: !tooSoon,
    callEnded: input.callEnded === true,
    nowMs,
  });
  if (result.state === 'settled') return { state: 'settled' };
  if (result.state === 'busy') {
    return {
      state: 'waiting',
      waitingFor: 'the check that is already running',
      nextCheckAtMs: nowMs + CHECK_NOW_INTERVAL_MS,
    };
  }
  return {
    state: 'waiting',
    waitingFor: result.waitingFor,
    nextCheckAtMs: Math.max(
      result.nextCheckAtMs,
      (tooSoon ? lastChecked : nowMs) + CHECK_NOW_INTERVAL_MS,
    ),
  };
}
