import { z } from 'zod';
import { documentIdSchema, type TranscriptTurn } from '../schemas';
import { hasSpoken } from '../text';
import { isStorableTimeMs, LIMITS } from '../constants';

/**
 * Retell webhook payloads: `{ event, call }`, POSTed to the agent's webhook_url and signed in
 * the `x-retell-signature` header (checked by the functions before anything here runs).
 * The schemas check only the fields Candor reads and keep everything else (`z.looseObject`),
 * because Retell adds fields to the call object over time.
 */

/** Call events Retell can send for a voice agent. Others (chat_*) are not ours to handle. */
export const RETELL_CALL_EVENTS = [
  'call_started',
  'call_ended',
  'call_analyzed',
  'transcript_updated',
  'transfer_started',
  'transfer_bridged',
  'transfer_cancelled',
  'transfer_ended',
] as const;
export type RetellCallEvent = (typeof RETELL_CALL_EVENTS)[number];

/**
 * The events the interviewer agent subscribes to (`npm run retell:setup` sets them): only
 * call_ended, which carries the final transcript. startAttempt already marks the attempt
 * `in_progress` once the call exists, so call_started would add a request and nothing else.
 */
export const RETELL_SUBSCRIBED_EVENTS = [
  'call_ended',
] as const satisfies readonly RetellCallEvent[];

/** Limits `npm run retell:setup` sets on the agent, which the server's reconciliation relies on. */
export const RETELL_AGENT_LIMITS = {
  /** Retell ends a call at this length (`max_call_duration_ms`). */
  maxCallDurationMs: 60 * 60 * 1000,
  /** ... and after this much silence (`end_call_after_silence_ms`). */
  endCallAfterSilenceMs: 3 * 60 * 1000,
} as const;

/** What startAttempt puts in createWebCall's `metadata`, and Retell echoes in every webhook. */
export const retellCallMetadataSchema = z.looseObject({
  interviewId: documentIdSchema,
  attemptId: documentIdSchema,
  uid: z.string().min(1).max(128),
});
export type RetellCallMetadata = Pick<
  z.infer<typeof retellCallMetadataSchema>,
  'interviewId' | 'attemptId' | 'uid'
>;

/** Times are seconds of call audio, not wall-clock time. */
export const retellWordSchema = z.looseObject({
  word: z.string().nullish(),
  start: z.number().nullish(),
  end: z.number().nullish(),
});

export const retellUtteranceSchema = z.looseObject({
  /** 'agent' | 'user', and 'transfer_target' for transferred calls (not used by Candor). */
  role: z.string(),
  content: z.string().nullish(),
  words: z.array(retellWordSchema).nullish(),
});
export type RetellUtterance = z.infer<typeof retellUtteranceSchema>;

export const retellCallSchema = z.looseObject({
  call_id: z.string().min(1),
  /** registered | not_connected | ongoing | ended | error */
  call_status: z.string(),
  call_type: z.string().nullish(),
  agent_id: z.string().nullish(),
  /** Checked separately, so a call Candor did not create (a dashboard test) is still parsed. */
  metadata: z.unknown().optional(),
  start_timestamp: z.number().nullish(),
  end_timestamp: z.number().nullish(),
  duration_ms: z.number().nullish(),
  disconnection_reason: z.string().nullish(),
  transcript: z.string().nullish(),
  transcript_object: z.array(retellUtteranceSchema).nullish(),
  retell_llm_dynamic_variables: z.record(z.string(), z.unknown()).nullish(),
  call_analysis: z.looseObject({}).nullish(),
});
export type RetellCall = z.infer<typeof retellCallSchema>;

export const retellWebhookSchema = z.looseObject({
  event: z.string().min(1),
  call: retellCallSchema,
});
export type RetellWebhook = z.infer<typeof retellWebhookSchema>;

export type ParseRetellWebhookResult =
  | {
      ok: true;
      event: RetellCallEvent;
      call: RetellCall;
      /** null when the call carries no Candor metadata (not created by startAttempt). */
      metadata: RetellCallMetadata | null;
    }
  | {
      ok: false;
      /**
       * unsupported_event: a well-formed event Candor does not handle (acknowledge it with 2xx so
       * Retell does not retry). invalid_payload: not a Retell call event at all (answer 400).
       */
      reason: 'unsupported_event' | 'invalid_payload';
      event?: string;
      message: string;
    };

function isRetellCallEvent(event: string): event is RetellCallEvent {
  return (RETELL_CALL_EVENTS as readonly string[]).includes(event);
}

/** Parses a verified webhook body (already JSON.parse'd from the raw body). */
export function parseRetellWebhook(json: unknown): ParseRetellWebhookResult {
  const envelope = z.looseObject({ event: z.string().min(1) }).safeParse(json);
  if (!envelope.success) {
    return { ok: false, reason: 'invalid_payload', message: 'The body has no event name.' };
  }
  const { event } = envelope.data;
  if (!isRetellCallEvent(event)) {
    return {
      ok: false,
      reason: 'unsupported_event',
      event,
      message: `Event ${event} is not handled.`,
    };
  }
  const parsed = retellWebhookSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'invalid_payload',
      event,
      message: z.prettifyError(parsed.error),
    };
  }
  const metadata = retellCallMetadataSchema.safeParse(parsed.data.call.metadata);
  return {
    ok: true,
    event,
    call: parsed.data.call,
    metadata: metadata.success
      ? {
          interviewId: metadata.data.interviewId,
          attemptId: metadata.data.attemptId,
          uid: metadata.data.uid,
        }
      : null,
  };
}

/**
 * A Firestore document id for webhookEvents/{key}: one per call and event, so a retried or
 * duplicated delivery of the same event is recognised.
 */
export function retellWebhookEventKey(event: string, callId: string): string {
  return `retell_${callId}_${event}`.replace(/[^\w-]/g, '_').slice(0, 400);
}

const seconds = (value: number | null | undefined): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.round(value * 1000)
    : undefined;

/** Cuts at `max` UTF-16 units without leaving half a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Retell's transcript_object as Candor transcript turns: agent and user utterances only, text
 * from `content` (control characters removed, trimmed, at most LIMITS.turnText characters),
 * startMs/endMs from the first word's start and the last word's end. Empty turns are dropped.
 */
export function toTranscript(
  transcriptObject: readonly RetellUtterance[] | null | undefined,
): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  for (const utterance of transcriptObject ?? []) {
    if (utterance.role !== 'agent' && utterance.role !== 'user') continue;
    const text = truncate(
      (utterance.content ?? '')
        // eslint-disable-next-line no-control-regex -- keep tabs and newlines out of stored text
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .trim(),
      LIMITS.turnText,
    ).trimEnd();
    if (text.length === 0) continue;

    const words = utterance.words ?? [];
    const startMs = seconds(words.find((w) => seconds(w.start) !== undefined)?.start);
    const endMs = seconds(words.findLast((w) => seconds(w.end) !== undefined)?.end);
    const turn: TranscriptTurn = { role: utterance.role, text };
    if (startMs !== undefined) turn.startMs = startMs;
    if (endMs !== undefined && (startMs === undefined || endMs >= startMs)) turn.endMs = endMs;
    turns.push(turn);
  }
  return turns;
}

export type CallFailureCode =
  | 'not_connected'
  | 'service_busy'
  | 'service_error'
  | 'no_audio'
  | 'no_transcript'
  | 'user_left'
  | 'no_user_speech';

export type CallOutcome =
  | { outcome: 'transcribed'; transcript: TranscriptTurn[] }
  | {
      outcome: 'failed';
      code: CallFailureCode;
      /** Shown to the candidate on the attempt. */
      reason: string;
      /** Whatever was said (the agent's greeting, usually), kept for the record. */
      transcript: TranscriptTurn[];
    };

const NEVER_CONNECTED = new Set([
  'dial_busy',
  'dial_failed',
  'dial_no_answer',
  'invalid_destination',
  'registered_call_timeout',
  'error_user_not_joined',
  'user_declined',
  'telephony_provider_permission_denied',
  'telephony_provider_unavailable',
  'sip_routing_error',
]);
const SERVICE_BUSY = new Set([
  'concurrency_limit_reached',
  'no_concurrency_fallback',
  'no_valid_payment',
]);

export const CALL_FAILURE_REASONS: Record<CallFailureCode, string> = {
  not_connected:
    'The call never connected. Check that your browser may use the microphone, then try again.',
  service_busy:
    'The voice interviewer is unavailable right now. Please try again in a few minutes, or use practice mode.',
  service_error:
    'The voice service had a problem and the call ended before you answered. Please try again.',
  no_audio:
    'No sound reached the interviewer from your microphone. Check that the right microphone is selected and not muted, then try again.',
  no_transcript:
    'The call ended but no transcript was received from the voice service, so there is nothing to score. Please try again.',
  user_left: 'You left the call before answering any questions. Start a new attempt when ready.',
  no_user_speech:
    'The call ended before you answered any questions, so there is nothing to score. Please try again.',
};

/**
 * What a finished call means for the attempt: 'transcribed' as soon as the candidate said
 * something (a partial interview is still worth feedback), otherwise 'failed' with a reason
 * the candidate can act on.
 */
export function classifyCallOutcome(call: RetellCall): CallOutcome {
  const transcript = toTranscript(call.transcript_object);
  if (hasSpoken(transcript)) {
    return { outcome: 'transcribed', transcript };
  }
  const failed = (code: CallFailureCode): CallOutcome => ({
    outcome: 'failed',
    code,
    reason: CALL_FAILURE_REASONS[code],
    transcript,
  });

  const reason = call.disconnection_reason ?? '';
  if (SERVICE_BUSY.has(reason)) return failed('service_busy');
  if (NEVER_CONNECTED.has(reason) || call.call_status === 'not_connected') {
    return failed('not_connected');
  }
  if (reason === 'error_no_audio_received' || reason === 'inactivity') return failed('no_audio');
  if (reason.startsWith('error') || call.call_status === 'error') return failed('service_error');
  if (reason === 'user_hangup') return failed('user_left');
  if (call.transcript_object == null && !call.transcript) return failed('no_transcript');
  return failed('no_user_speech');
}

export interface RetellCallTiming {
  startedAtMs: number | null;
  endedAtMs: number | null;
  durationMs: number | null;
}

/** Wall-clock start and end (ms since epoch) and duration, from whichever fields Retell sent. */
export function retellCallTiming(call: RetellCall): RetellCallTiming {
  const valid = (value: number | null | undefined) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
  // Beyond the year 9999 a time cannot be stored as a Timestamp: the write would fail for good.
  const wallClock = (value: number | null | undefined) =>
    typeof value === 'number' && isStorableTimeMs(value) ? value : null;
  const startedAtMs = wallClock(call.start_timestamp);
  const endedAtMs = wallClock(call.end_timestamp);
  const durationMs =
    valid(call.duration_ms) ??
    (startedAtMs !== null && endedAtMs !== null && endedAtMs >= startedAtMs
      ? endedAtMs - startedAtMs
      : null);
  return { startedAtMs, endedAtMs, durationMs };
}
