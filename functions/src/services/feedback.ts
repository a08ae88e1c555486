import {
  attemptQuestions,
  attemptSchema,
  buildFeedbackPrompt,
  COLLECTIONS,
  FEEDBACK_PROMPT_VERSION,
  feedbackContentSchema,
  feedbackResponseJsonSchema,
  finaliseModelFeedback,
  hasSpoken,
  isInsufficientEvidence,
  OFFLINE_SCORER_VERSION,
  scoreOffline,
  toDates,
  type Attempt,
  type Engine,
  type FeedbackContent,
  type Interview,
  type Question,
  type TranscriptTurn,
  type WorkLease,
} from '@candor/core';
import { FieldValue, type DocumentReference } from 'firebase-admin/firestore';
import { DomainError } from '../helpers/errors';
import { errorDetails, log, pipeline, secondsSince } from '../helpers/logger';
import type { JsonModel } from '../providers/model';
import { db } from './admin';
import { attemptRef } from './attempts';
import { chooseEngine } from './engine';
import { interviewRef, readInterview } from './interviews';
import { isLeaseLive as isLive, nextLease, readLease, recoveriesUsed } from './lease';
import { generateChecked } from './model-calls';
import { consumeRateLimit } from './rate-limits';

const feedbackRef = (attemptId: string) => db().collection(COLLECTIONS.feedback).doc(attemptId);

/** The candidate's reason when a stuck scoring has already had its one retry. */
export const SCORING_STOPPED =
  'Scoring this interview stopped twice before it finished. Your answers are saved: press Score again.';

type Claim = { claimed: true; data: unknown } | { claimed: false; reason: string };

/**
 * Takes the right to score: only a `transcribed` attempt, never one that already has feedback,
 * and never while another worker's lease is live. A `scoring` attempt whose lease has expired
 * (its worker died) may be taken over by a redelivered event, or by a recovery (the sweep),
 * which takes nothing else and settles the attempt `failed` once its one retry is spent.
 */
async function claim(
  ref: DocumentReference,
  fbRef: DocumentReference,
  claimId: string,
  recovery = false,
): Promise<Claim> {
  return db().runTransaction(async (tx) => {
    const [snap, feedback] = await tx.getAll(ref, fbRef);
    if (!snap?.exists) return { claimed: false, reason: 'attempt missing' };
    const status = snap.get('status') as unknown;
    const lease = readLease(snap.get('scoringLease'));
    if (feedback?.exists) {
      // Feedback is written in the same transaction that marks the attempt scored, so this is an
      // attempt moved back by hand. The feedback stands (retakes and redeliveries never
      // overwrite it); settling the status keeps the UI from waiting on a scoring that won't run.
      if (status === 'transcribed' || (status === 'scoring' && !isLive(lease))) {
        tx.update(ref, { status: 'scored', scoringLease: FieldValue.delete() });
      }
      return { claimed: false, reason: 'feedback exists' };
    }
    const takeover = status === 'scoring' && !isLive(lease);
    if ((recovery || status !== 'transcribed') && !takeover) {
      return { claimed: false, reason: `status is ${String(status)}` };
    }
    if (isLive(lease)) return { claimed: false, reason: 'claimed by another worker' };
    if (recovery && recoveriesUsed(lease)) {
      tx.update(ref, {
        status: 'failed',
        error: SCORING_STOPPED,
        scoringLease: FieldValue.delete(),
      });
      return { claimed: false, reason: 'stopped again after its retry: settled failed' };
    }
    tx.update(ref, {
      status: 'scoring',
      scoringLease: nextLease(claimId, lease, recovery) satisfies WorkLease,
    });
    return { claimed: true, data: snap.data() };
  });
}

type Outcome =
  | { ok: true; content: FeedbackContent; engine: Engine; model: string; promptVersion: string }
  | { ok: false; error: string };

interface ScoringInput {
  interview: Interview;
  questions: Question[];
  transcript: TranscriptTurn[];
  durationMs: number | null;
}

const UNUSABLE_FEEDBACK =
  'The AI service returned feedback that did not pass our checks. Please try scoring again.';

function scoreWithRubric(input: ScoringInput): Outcome {
  return {
    ok: true,
    content: scoreOffline({
      questions: input.questions,
      transcript: input.transcript,
      techStack: input.interview.techStack,
      type: input.interview.type,
      durationMs: input.durationMs,
    }),
    engine: 'offline',
    model: OFFLINE_SCORER_VERSION,
    // The rubric has no prompt; its version is what a score has to be traced back to.
    promptVersion: OFFLINE_SCORER_VERSION,
  };
}

async function scoreWithModel(
  input: ScoringInput,
  model: JsonModel,
  logger: ReturnType<typeof log>,
): Promise<Outcome> {
  const { interview, questions, transcript, durationMs } = input;
  const prompt = buildFeedbackPrompt({
    role: interview.role,
    level: interview.level,
    type: interview.type,
    techStack: interview.techStack,
    questions,
    transcript,
  });
  const result = await generateChecked({
    model,
    task: 'feedback',
    prompt,
    responseJsonSchema: feedbackResponseJsonSchema,
    check: (raw) => {
      const finalised = finaliseModelFeedback(raw, { questions, transcript, durationMs });
      return finalised.ok ? { ok: true, value: finalised.content } : finalised;
    },
    // The detailed reason names schema paths: useful in the logs, noise to the candidate.
    unusable: () => UNUSABLE_FEEDBACK,
    logger,
  });
  return result.ok
    ? {
        ok: true,
        content: result.value,
        engine: 'gemini',
        model: model.name,
        promptVersion: FEEDBACK_PROMPT_VERSION,
      }
    : result;
}

async function produceFeedback(
  interviewId: string,
  attempt: Attempt,
  logger: ReturnType<typeof log>,
): Promise<Outcome> {
  const interviewSnap = await interviewRef(interviewId).get();
  if (!interviewSnap.exists) {
    return { ok: false, error: 'The interview for this attempt no longer exists.' };
  }
  const interview = readInterview(interviewSnap);
  if (interview.userId !== attempt.userId) {
    logger.error('attempt and interview owners differ', { interviewOwner: interview.userId });
    return { ok: false, error: 'This attempt does not belong to its interview.' };
  }
  const questions = attemptQuestions(interview, attempt.questionIds);
  if (questions.length === 0) {
    return { ok: false, error: 'The questions of this interview could not be found.' };
  }
  const input: ScoringInput = {
    interview,
    questions,
    transcript: attempt.transcript,
    durationMs: attempt.durationMs,
  };

  const choice = chooseEngine();
  if (choice.engine === 'offline') return scoreWithRubric(input);
  // With almost nothing from the candidate there is nothing for a model to judge, and both
  // scorers must end in the same honest result (applyInsufficientEvidence). The rubric gets
  // there deterministically, without spending a model call or risking a model that flatters
  // silence, and the feedback says so: engine 'offline', because no model read this one.
  if (isInsufficientEvidence(input.transcript)) {
    logger.info('insufficient evidence: scored by the rubric without a model call');
    return scoreWithRubric(input);
  }
  return scoreWithModel(input, choice.model, logger);
}

/**
 * Scores a `transcribed` attempt exactly once: claims it with a lease, produces the feedback
 * outside any transaction, then, in one transaction and only if it still holds the claim,
 * creates feedback/{attemptId} and marks the attempt scored, or marks it failed with a reason
 * and writes no feedback. A redelivered or duplicated event finds the claim taken or the
 * attempt settled and changes nothing. With `recovery` (the sweep), only an attempt stuck in
 * `scoring` past its lease is taken, once; the result says what happened.
 */
export async function scoreAttempt(
  interviewId: string,
  attemptId: string,
  claimId: string,
  { recovery = false }: { recovery?: boolean } = {},
): Promise<string> {
  let logger = log({ fn: 'scoreAttempt', interviewId, attemptId });
  const ref = attemptRef(interviewId, attemptId);
  const fbRef = feedbackRef(attemptId);
  const claimed = await claim(ref, fbRef, claimId, recovery);
  if (!claimed.claimed) {
    logger[recovery && claimed.reason.includes('settled failed') ? 'warn' : 'info']('skipped', {
      claimId,
      reason: claimed.reason,
    });
    return `skipped: ${claimed.reason}`;
  }
  if (recovery) logger.warn('stuck scoring retried: its worker stopped', { claimId });

  let outcome: Outcome;
  let userId: string | null = null;
  try {
    const parsed = attemptSchema.safeParse(toDates(claimed.data));
    if (parsed.success) {
      userId = parsed.data.userId;
      logger = log({ fn: 'scoreAttempt', uid: userId, interviewId, attemptId });
      outcome = await produceFeedback(interviewId, parsed.data, logger);
      // Both scorers validate already; this guards the document shape against a future bug.
      if (outcome.ok)
        outcome = { ...outcome, content: feedbackContentSchema.parse(outcome.content) };
    } else {
      logger.error('attempt document is invalid', { issues: parsed.error.issues.slice(0, 3) });
      outcome = { ok: false, error: 'The transcript of this attempt could not be read.' };
    }
  } catch (error) {
    logger.error('scoring crashed', errorDetails(error));
    outcome = { ok: false, error: 'Something went wrong while scoring your interview.' };
  }
  const feedbackDoc =
    outcome.ok && userId !== null
      ? {
          userId,
          interviewId,
          attemptId,
          ...outcome.content,
          engine: outcome.engine,
          model: outcome.model,
          promptVersion: outcome.promptVersion,
        }
      : null;
  const failure = outcome.ok ? 'Something went wrong while scoring your interview.' : outcome.error;

  const result = await db().runTransaction(async (tx) => {
    const [snap, feedback] = await tx.getAll(ref, fbRef);
    const lease = readLease(snap?.get('scoringLease'));
    if (!snap?.exists || snap.get('status') !== 'scoring' || lease?.id !== claimId) {
      return 'claim lost';
    }
    const settled = { scoringLease: FieldValue.delete(), error: FieldValue.delete() };
    if (feedback?.exists) {
      tx.update(ref, { status: 'scored', ...settled });
      return 'feedback existed';
    }
    if (feedbackDoc) {
      tx.create(fbRef, { ...feedbackDoc, createdAt: FieldValue.serverTimestamp() });
      tx.update(ref, { status: 'scored', ...settled });
      return 'scored';
    }
    tx.update(ref, { status: 'failed', error: failure, scoringLease: FieldValue.delete() });
    return 'failed';
  });

  logger.info(`scoring ${result}`, {
    claimId,
    ...(feedbackDoc
      ? {
          engine: feedbackDoc.engine,
          model: feedbackDoc.model,
          totalScore: feedbackDoc.totalScore,
          insufficientEvidence: feedbackDoc.insufficientEvidence,
        }
      : { error: failure }),
    ...(result === 'scored' || result === 'failed'
      ? pipeline('feedback', {
          outcome: result === 'scored' ? 'ready' : 'failed',
          engine: feedbackDoc?.engine ?? null,
          latencySeconds: secondsSince((claimed.data as { endedAt?: unknown }).endedAt),
        })
      : {}),
  });
  return result;
}

/**
 * Moves a failed attempt back to `transcribed`, which fires onAttemptTranscribed to score it
 * again. Owner only; rate-limited in the same transaction, so concurrent requests cannot both
 * take the last slot. An attempt stuck in `scoring` past its lease (a worker that died) counts
 * as failed: otherwise nothing could ever move it on.
 */
export async function resetFailedAttempt(
  uid: string,
  interviewId: string,
  attemptId: string,
): Promise<void> {
  const ref = attemptRef(interviewId, attemptId);
  await db().runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists || snap.get('userId') !== uid) {
      throw new DomainError('not-found', 'That attempt does not exist.');
    }
    const status = snap.get('status') as unknown;
    const stuck = status === 'scoring' && !isLive(readLease(snap.get('scoringLease')));
    if (status !== 'failed' && !stuck) {
      throw new DomainError(
        'failed-precondition',
        'Only an attempt whose scoring failed can be scored again.',
      );
    }
    const transcript = attemptSchema.shape.transcript.safeParse(snap.get('transcript'));
    if (!transcript.success || !hasSpoken(transcript.data)) {
      throw new DomainError(
        'failed-precondition',
        'This attempt has no transcript to score: the call never connected or nothing you said was recorded. Start a new attempt instead.',
      );
    }
    await consumeRateLimit(tx, uid, 'rescores');
    tx.update(ref, {
      status: 'transcribed',
      error: FieldValue.delete(),
      scoringLease: FieldValue.delete(),
    });
  });
}
