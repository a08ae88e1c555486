import {
  CALL_FAILURE_REASONS,
  classifyCallOutcome,
  RETELL_AGENT_LIMITS,
  retellCallTiming,
  type CallOutcome,
  type RetellCall,
  type RetellCallTiming,
} from './retell-webhook';
import { CHECK_NOW_INTERVAL_MS, RETELL_TOKEN_TTL_MS, type AttemptMode } from '../constants';

/**
 * What to do with an attempt still waiting for its result (`created` / `in_progress`): the
 * decisions the sweep and "check now" share, kept pure so each rule is tested without Firestore.
 */

/** How long a finished call's transcript may take to arrive by webhook before we ask Retell. */
export const TRANSCRIPT_GRACE_MS = 3 * 60 * 1000;
/** A voice attempt that never got its call (the function died mid-start) is dead after this. */
export const CALL_SETUP_GRACE_MS = 5 * 60 * 1000;
/** A practice session still open after this was left behind (closed tab, lost device). */
export const PRACTICE_ABANDONED_AFTER_MS = 3 * 60 * 60 * 1000;
/** The first look at a call that may never have connected: the token's life and some slack. */
export const FIRST_LOOKUP_AFTER_MS = RETELL_TOKEN_TTL_MS + 90 * 1000;
/** How often the sweep looks up a call that is still running. */
export const ONGOING_LOOKUP_EVERY_MS = 5 * 60 * 1000;
/** After this, Retell must have ended the call (its own limit) and sent what it had. */
export const CALL_HARD_DEADLINE_MS = RETELL_AGENT_LIMITS.maxCallDurationMs + TRANSCRIPT_GRACE_MS;

export const RECONCILE_REASONS = {
  practiceAbandoned:
    'This practice session was left unfinished, so there was nothing to score. Start a new attempt when you are ready.',
  callNotSetUp:
    'The voice call could not be set up. Please start a new attempt, or use practice mode.',
  callLost:
    'The voice service never sent this call’s result, so there is nothing to score. Please start a new attempt.',
} as const;

export interface OpenAttempt {
  mode: AttemptMode;
  callId?: string | undefined;
  createdAtMs: number;
  /** When the browser reported the call ended; null when it did not (closed tab, crash). */
  callEndedAtMs: number | null;
  lastCheckedAtMs: number | null;
}

export interface RecordDecision {
  kind: 'record';
  outcome: CallOutcome;
  timing: RetellCallTiming;
  disconnectionReason?: string | undefined;
}
export interface WaitDecision {
  kind: 'wait';
  waitingFor: string;
  /** The earliest time another look can change anything (ms since epoch). */
  nextCheckAtMs: number;
}
export type Plan = RecordDecision | WaitDecision | { kind: 'lookup' };

const WAITING = {
  practice: 'your practice answers to be submitted from the room',
  setup: 'the voice call to be set up',
  call: 'the voice call to finish',
  transcript: 'the transcript from the voice service',
} as const;

function failed(reason: string, transcript = [] as CallOutcome['transcript']): RecordDecision {
  return {
    kind: 'record',
    // 'not_connected' is the code for every settlement without a usable call.
    outcome: { outcome: 'failed', code: 'not_connected', reason, transcript },
    timing: { startedAtMs: null, endedAtMs: null, durationMs: null },
  };
}

/** When the transcript should have arrived by itself, from what the server knows. */
function transcriptDueAtMs(attempt: OpenAttempt): number {
  return attempt.callEndedAtMs !== null
    ? attempt.callEndedAtMs + TRANSCRIPT_GRACE_MS
    : attempt.createdAtMs + CALL_HARD_DEADLINE_MS;
}

/**
 * Before any lookup. `force` ("check now", or the room reporting the end) looks the call up
 * even when the webhook may still come; the sweep waits for the grace periods.
 */
export function planReconcile(attempt: OpenAttempt, nowMs: number, force = false): Plan {
  if (attempt.mode === 'practice') {
    const deadline = attempt.createdAtMs + PRACTICE_ABANDONED_AFTER_MS;
    return nowMs >= deadline
      ? failed(RECONCILE_REASONS.practiceAbandoned)
      : { kind: 'wait', waitingFor: WAITING.practice, nextCheckAtMs: deadline };
  }
  if (attempt.callId === undefined) {
    const deadline = attempt.createdAtMs + CALL_SETUP_GRACE_MS;
    return nowMs >= deadline
      ? failed(RECONCILE_REASONS.callNotSetUp)
      : { kind: 'wait', waitingFor: WAITING.setup, nextCheckAtMs: deadline };
  }
  if (force) return { kind: 'lookup' };
  const firstLookup = attempt.createdAtMs + FIRST_LOOKUP_AFTER_MS;
  const due = Math.min(
    transcriptDueAtMs(attempt),
    attempt.lastCheckedAtMs === null
      ? firstLookup
      : Math.max(firstLookup, attempt.lastCheckedAtMs + ONGOING_LOOKUP_EVERY_MS),
  );
  return nowMs >= due
    ? { kind: 'lookup' }
    : {
        kind: 'wait',
        waitingFor: attempt.callEndedAtMs === null ? WAITING.call : WAITING.transcript,
        nextCheckAtMs: due,
      };
}

/** What Retell's get-call answered: the call, "no such call", or no usable answer. */
export type CallLookup =
  { kind: 'call'; call: RetellCall } | { kind: 'missing' } | { kind: 'unavailable' };

/** After a lookup: record the call's result through the webhook's path, or wait. */
export function decideFromLookup(attempt: OpenAttempt, lookup: CallLookup, nowMs: number): Plan {
  const hardDeadline = attempt.createdAtMs + CALL_HARD_DEADLINE_MS;
  const waitUntil = (waitingFor: string, atMs: number): WaitDecision => ({
    kind: 'wait',
    waitingFor,
    nextCheckAtMs: Math.max(atMs, nowMs + CHECK_NOW_INTERVAL_MS),
  });
  if (lookup.kind !== 'call') {
    if (nowMs >= hardDeadline) return failed(RECONCILE_REASONS.callLost);
    return waitUntil(WAITING.transcript, nowMs + ONGOING_LOOKUP_EVERY_MS);
  }
  const { call } = lookup;
  const status = call.call_status;
  if (status === 'registered') {
    // Nobody joined yet. After the token's life the call can no longer start.
    const tokenVoidAt = attempt.createdAtMs + RETELL_TOKEN_TTL_MS + 60 * 1000;
    if (nowMs >= tokenVoidAt) {
      return failed(CALL_FAILURE_REASONS.not_connected);
    }
    return waitUntil(WAITING.call, tokenVoidAt);
  }
  if (status === 'ongoing') {
    if (nowMs >= hardDeadline) return failed(RECONCILE_REASONS.callLost);
    return waitUntil(WAITING.call, nowMs + ONGOING_LOOKUP_EVERY_MS);
  }
  // ended, error, not_connected: final. Retell may still be writing the transcript of a call
  // that has just ended; give it the grace period before settling without one.
  const timing = retellCallTiming(call);
  const hasTranscript = call.transcript_object != null || Boolean(call.transcript);
  const endedAtMs = timing.endedAtMs ?? attempt.callEndedAtMs;
  if (status === 'ended' && !hasTranscript && endedAtMs !== null) {
    const settleAt = endedAtMs + TRANSCRIPT_GRACE_MS;
    if (nowMs < settleAt) return waitUntil(WAITING.transcript, settleAt);
  }
  return {
    kind: 'record',
    outcome: classifyCallOutcome(call),
    timing,
    disconnectionReason: call.disconnection_reason ?? undefined,
  };
}
