import {
  attemptQuestions,
  attemptSchema,
  answerTimes,
  buildPracticeTranscript,
  buildRetellDynamicVariables,
  candidateFirstName,
  hasSpoken,
  toStorableText,
  type Attempt,
  type AttemptMode,
  type StartAttemptInput,
  type StartAttemptOutput,
  type SubmitPracticeTranscriptData,
  type TranscriptTurn,
} from '@candor/core';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { retellAgentId } from '../config';
import { DomainError } from '../helpers/errors';
import { errorDetails, log } from '../helpers/logger';
import { VoiceProviderError } from '../providers/retell';
import { db } from './admin';
import { issuedFollowUps } from './follow-ups';
import { readInterview } from './interviews';
import { consumeRateLimit } from './rate-limits';
import { attemptRef, collections, interviewRef, userRef, getOwned } from './store';
import { voiceConfigured, voiceProvider } from './voice';

/** Statuses in which a call's result may still be recorded. */
const OPEN_STATUSES: readonly string[] = ['created', 'in_progress'];

/**
 * Firestore documents are limited to 1 MiB. An interview transcript is a few tens of KB; one
 * beyond this budget is cut at a turn boundary and marked as truncated rather than lost whole.
 */
const TRANSCRIPT_BUDGET_BYTES = 700_000;

export function fitTranscript(turns: TranscriptTurn[]): {
  transcript: TranscriptTurn[];
  truncated: boolean;
} {
  let used = 0;
  const kept: TranscriptTurn[] = [];
  for (const raw of turns) {
    // Firestore refuses strings with half a surrogate pair; a webhook would then fail forever.
    const turn = { ...raw, text: toStorableText(raw.text) };
    used += Buffer.byteLength(turn.text, 'utf8') + 64;
    if (used > TRANSCRIPT_BUDGET_BYTES) return { transcript: kept, truncated: true };
    kept.push(turn);
  }
  return { transcript: kept, truncated: false };
}

export async function startAttempt(
  uid: string,
  input: Pick<StartAttemptInput, 'interviewId' | 'mode' | 'questionIds' | 'answerTargetMs'>,
): Promise<StartAttemptOutput> {
  if (input.mode === 'voice' && !voiceConfigured()) {
    throw new DomainError(
      'failed-precondition',
      'Voice interviews are not set up on this site. Use practice mode instead.',
    );
  }
  const iRef = interviewRef(input.interviewId);
  const ref = collections.attempts(input.interviewId).doc();
  const { interview, questionIds } = await db().runTransaction(async (tx) => {
    const snap = await getOwned(iRef, uid, 'interview', tx);
    const interview = readInterview(snap);
    if (interview.status !== 'ready') {
      throw new DomainError('failed-precondition', 'This interview has no questions yet.');
    }
    const known = new Set(interview.questions.map((q) => q.id));
    const questionIds = input.questionIds ?? interview.questions.map((q) => q.id);
    const unknown = questionIds.find((id) => !known.has(id));
    if (unknown !== undefined) {
      throw new DomainError('invalid-argument', `questionIds: unknown question ${unknown}`);
    }
    await consumeRateLimit(tx, uid, 'attempts');
    tx.create(ref, {
      userId: uid,
      interviewId: input.interviewId,
      mode: input.mode,
      status: 'created',
      questionIds: [...new Set(questionIds)],
      transcript: [],
      startedAt: null,
      endedAt: null,
      durationMs: null,
      // The target the candidate chose, so the report can set each answer's time against it.
      ...(input.answerTargetMs === undefined
        ? {}
        : { timing: { targetMs: input.answerTargetMs, answers: [] } }),
      createdAt: FieldValue.serverTimestamp(),
    });
    return { interview, questionIds };
  });

  if (input.mode === 'practice') return { attemptId: ref.id, mode: 'practice' };

  const logger = log({
    fn: 'startAttempt',
    uid,
    interviewId: input.interviewId,
    attemptId: ref.id,
  });
  const profile = await userRef(uid).get();
  const displayName = profile.get('displayName') as string | undefined;
  const asked = questionIds
    .map((id) => interview.questions.find((q) => q.id === id))
    .flatMap((q) => (q ? [q] : []));
  try {
    const call = await voiceProvider().createWebCall({
      agentId: retellAgentId.value(),
      metadata: { interviewId: input.interviewId, attemptId: ref.id, uid },
      dynamicVariables: buildRetellDynamicVariables({
        questions: asked,
        role: interview.role,
        level: interview.level,
        displayName,
        answerTargetMs: input.answerTargetMs,
      }),
    });
    // The token's 30 s start from Retell's answer; the room counts down from this moment.
    const tokenIssuedAtMs = Date.now();
    await ref.update({ callId: call.callId, status: 'in_progress' });
    logger.info('voice call created', { callId: call.callId });
    return {
      attemptId: ref.id,
      mode: 'voice',
      callId: call.callId,
      accessToken: call.accessToken,
      tokenIssuedAtMs,
    };
  } catch (error) {
    const message =
      error instanceof VoiceProviderError
        ? error.message
        : 'The voice interview could not be started. Please try again.';
    logger.error('createWebCall failed', {
      ...errorDetails(error),
      ...(error instanceof VoiceProviderError ? { detail: error.detail } : {}),
    });
    await ref.update({ status: 'failed', error: message });
    throw new DomainError('unavailable', message);
  }
}

export interface CallResult {
  outcome: 'transcribed' | 'failed';
  /** For failed outcomes: why, in words the candidate can act on. */
  reason?: string;
  transcript: TranscriptTurn[];
  startedAtMs: number | null;
  endedAtMs: number | null;
  durationMs: number | null;
  disconnectionReason?: string | undefined;
  /** Practice: the candidate's answer target and the time each answer took. */
  timing?: Attempt['timing'];
}

export type RecordOutcome = 'stored' | 'duplicate' | 'closed' | 'not_found';

/**
 * Stores the result of a finished call (webhook) or practice session (callable) on its attempt:
 * the one path both take. Runs in a transaction keyed by `eventKey` in webhookEvents, so a
 * duplicate or late delivery changes nothing twice.
 */
export async function recordCallResult(
  target: {
    interviewId: string;
    attemptId: string;
    uid: string;
    mode: AttemptMode;
    callId?: string;
  },
  result: CallResult,
  eventKey: string,
): Promise<RecordOutcome> {
  const ref = attemptRef(target.interviewId, target.attemptId);
  const eventRef = collections.webhookEvents().doc(eventKey);
  return db().runTransaction(async (tx) => {
    const [snap, seen] = await Promise.all([tx.get(ref), tx.get(eventRef)]);
    // Ownership before anything else: someone else's attempt reads as not found in every
    // state (even after it was recorded or deleted), so its id cannot be confirmed.
    if (
      !snap.exists ||
      snap.get('userId') !== target.uid ||
      snap.get('mode') !== target.mode ||
      (target.callId !== undefined && snap.get('callId') !== target.callId)
    ) {
      return 'not_found';
    }
    if (seen.exists) return 'duplicate';
    tx.create(eventRef, {
      interviewId: target.interviewId,
      attemptId: target.attemptId,
      receivedAt: FieldValue.serverTimestamp(),
    });
    if (!OPEN_STATUSES.includes(snap.get('status') as string)) return 'closed';
    const { transcript, truncated } = fitTranscript(result.transcript);
    tx.update(ref, {
      status: result.outcome,
      transcript,
      ...(truncated ? { transcriptTruncated: true } : {}),
      ...(result.outcome === 'transcribed' ? { transcribedAt: FieldValue.serverTimestamp() } : {}),
      startedAt: result.startedAtMs === null ? null : Timestamp.fromMillis(result.startedAtMs),
      endedAt: result.endedAtMs === null ? null : Timestamp.fromMillis(result.endedAtMs),
      durationMs: result.durationMs,
      ...(result.disconnectionReason ? { disconnectionReason: result.disconnectionReason } : {}),
      ...(result.timing ? { timing: result.timing } : {}),
      ...(result.outcome === 'failed' ? { error: result.reason ?? 'The interview failed.' } : {}),
    });
    return 'stored';
  });
}

/**
 * A practice session, submitted by its owner, through the webhook's path. The browser sends the
 * answers keyed by question id; the interviewer's turns are written here from the interview's
 * own questions (and the greeting and closing lines, from the candidate's name and the role), so
 * no text from the browser is ever stored as the interviewer speaking.
 */
export async function submitPracticeTranscript(
  uid: string,
  input: Pick<
    SubmitPracticeTranscriptData,
    'interviewId' | 'attemptId' | 'answers' | 'startedAtMs' | 'endedAtMs' | 'answerTargetMs'
  >,
): Promise<RecordOutcome> {
  const notFound = new DomainError('not-found', 'That attempt does not exist.');
  const snap = await attemptRef(input.interviewId, input.attemptId).get();
  if (!snap.exists || snap.get('userId') !== uid || snap.get('mode') !== 'practice') throw notFound;
  const [interviewSnap, profile] = await Promise.all([
    interviewRef(input.interviewId).get(),
    userRef(uid).get(),
  ]);
  if (!interviewSnap.exists || interviewSnap.get('userId') !== uid) throw notFound;
  const interview = readInterview(interviewSnap);
  // Read on its own: a ZodError from a stored document must not pass for the caller's mistake.
  const storedQuestionIds = attemptSchema.shape.questionIds.safeParse(snap.get('questionIds'));
  if (!storedQuestionIds.success) throw new Error('attempt questionIds are not a list of ids');
  const built = buildPracticeTranscript({
    questions: attemptQuestions(interview, storedQuestionIds.data),
    answers: input.answers,
    firstName: candidateFirstName(profile.get('displayName') as string | undefined),
    role: interview.role,
    issuedFollowUps: issuedFollowUps(snap.get('followUps'), input.answers),
  });
  if (!built.ok) {
    throw new DomainError(
      'invalid-argument',
      `answers.${String(built.index)}.questionId: ${built.message}`,
      {
        fields: [`answers.${String(built.index)}.questionId`],
      },
    );
  }
  const answered = hasSpoken(built.transcript);
  const outcome = await recordCallResult(
    { interviewId: input.interviewId, attemptId: input.attemptId, uid, mode: 'practice' },
    {
      outcome: answered ? 'transcribed' : 'failed',
      reason:
        'You did not answer any questions, so there is nothing to score. Try again when ready.',
      transcript: built.transcript,
      startedAtMs: input.startedAtMs,
      endedAtMs: input.endedAtMs,
      durationMs: input.endedAtMs - input.startedAtMs,
      timing: {
        ...(input.answerTargetMs === undefined ? {} : { targetMs: input.answerTargetMs }),
        answers: answerTimes(built.transcript),
      },
    },
    `practice_${input.attemptId}`,
  );
  if (outcome === 'not_found') throw notFound;
  if (outcome === 'closed' || outcome === 'duplicate') {
    throw new DomainError('failed-precondition', 'This attempt has already been submitted.');
  }
  return outcome;
}

/** Marks an attempt whose call or session never completed as failed, with the owner's reason. */
export async function abandonAttempt(
  uid: string,
  input: { interviewId: string; attemptId: string; reason: string },
): Promise<void> {
  const ref = attemptRef(input.interviewId, input.attemptId);
  await db().runTransaction(async (tx) => {
    const snap = await getOwned(ref, uid, 'attempt', tx);
    if (!OPEN_STATUSES.includes(snap.get('status') as string)) return;
    tx.update(ref, { status: 'failed', error: input.reason });
  });
}
