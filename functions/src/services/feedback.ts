import {
  attemptQuestions,
  attemptSchema,
  buildFeedbackPrompt,
  FEEDBACK_PROMPT_VERSION,
  feedbackContentSchema,
  feedbackResponseJsonSchema,
  finaliseModelFeedback,
  hasSpoken,
  isInsufficientEvidence,
  OFFLINE_SCORER_VERSION,
  scoreOffline,
  type Attempt,
  type Engine,
  type Feedback,
  type FeedbackContent,
  type Interview,
  type Question,
  type TranscriptTurn,
  type WorkLease,
} from '@candor/core';
import { FieldValue, type DocumentSnapshot, type Timestamp } from 'firebase-admin/firestore';
import { DomainError } from '../helpers/errors';
import { errorDetails, log, pipeline, secondsSince } from '../helpers/logger';
import type { JsonModel } from '../providers/model';
import { db } from './admin';
import { chooseEngine } from './engine';
import { readInterview } from './interviews';
import { isLeaseLive, mayStillStart, readLease, runLeasedJob, type LeasedJob } from './lease';
import { generateChecked } from './model-calls';
import { consumeRateLimit } from './rate-limits';
import { attemptRef, feedbackRef, interviewRef, getOwned } from './store';

/** The candidate's reason when a stuck scoring has already had its one retry. */
export const SCORING_STOPPED =
  'Scoring this interview stopped twice before it finished. Your answers are saved: press Score again.';

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

type FeedbackDoc = Omit<Feedback, 'createdAt'>;

/**
 * A `transcribed` attempt no worker took (its trigger never ran or died before claiming) long
 * after it became transcribed: nothing will move it on by itself.
 */
function isUnclaimed(snap: DocumentSnapshot, lease: WorkLease | undefined, nowMs: number) {
  const since = snap.get('transcribedAt') as Timestamp | undefined;
  return (
    lease === undefined && since !== undefined && !mayStillStart(lease, since.toMillis(), nowMs)
  );
}

/** Scoring as leased work on the attempt (see runLeasedJob); the feedback is its result. */
function scoringJob(interviewId: string, attemptId: string): LeasedJob<Attempt, FeedbackDoc> {
  const ref = attemptRef(interviewId, attemptId);
  const fbRef = feedbackRef(attemptId);
  return {
    ref,
    leaseField: 'scoringLease',
    workingStatus: 'scoring',
    admit: async (tx, snap, lease, nowMs) => {
      const feedback = await tx.get(fbRef);
      if (!snap.exists)
        return { ok: false, refusal: { kind: 'settled', reason: 'attempt missing' } };
      const status = snap.get('status') as unknown;
      const live = isLeaseLive(lease, nowMs);
      if (feedback.exists) {
        // Feedback is written in the same transaction that marks the attempt scored, so this is
        // an attempt moved back by hand. The feedback stands (retakes and redeliveries never
        // overwrite it); settling the status keeps the UI from waiting on a scoring that won't
        // run.
        if (status === 'transcribed' || (status === 'scoring' && !live)) {
          tx.update(ref, { status: 'scored', scoringLease: FieldValue.delete() });
        }
        return { ok: false, refusal: { kind: 'settled', reason: 'feedback exists' } };
      }
      // A `scoring` attempt whose lease expired (its worker died) may be taken over.
      const takeover = status === 'scoring' && !live;
      if (status !== 'transcribed' && !takeover) {
        return { ok: false, refusal: { kind: 'settled', reason: `status is ${String(status)}` } };
      }
      const stuck = takeover || isUnclaimed(snap, lease, nowMs);
      return { ok: true, stuck, sinceMs: lease?.atMs ?? nowMs };
    },
    claimFields: { status: 'scoring' },
    stopped: { status: 'failed', error: SCORING_STOPPED },
    produce: async (snap, logger) => {
      let attempt: Attempt | undefined;
      try {
        attempt = snap.data();
      } catch (error) {
        logger.error('attempt document is invalid', errorDetails(error));
      }
      if (attempt === undefined) {
        return { ok: false, error: 'The transcript of this attempt could not be read.' };
      }
      const scoped = log({ fn: 'scoreAttempt', uid: attempt.userId, interviewId, attemptId });
      const produced = await produceFeedback(interviewId, attempt, scoped);
      if (!produced.ok) return produced;
      return {
        ok: true,
        value: {
          userId: attempt.userId,
          interviewId,
          attemptId,
          // Both scorers validate already; this guards the document shape against a future bug.
          ...feedbackContentSchema.parse(produced.content),
          engine: produced.engine,
          model: produced.model,
          promptVersion: produced.promptVersion,
        },
      };
    },
    crashed: 'Something went wrong while scoring your interview.',
    settle: async (tx, produced, clearLease) => {
      const feedback = await tx.get(fbRef);
      const settled = { ...clearLease, error: FieldValue.delete() };
      if (feedback.exists) {
        tx.update(ref, { status: 'scored', ...settled });
        return 'feedback existed';
      }
      if (produced.ok) {
        tx.create(fbRef, { ...produced.value, createdAt: FieldValue.serverTimestamp() });
        tx.update(ref, { status: 'scored', ...settled });
        return 'scored';
      }
      tx.update(ref, { status: 'failed', error: produced.error, ...clearLease });
      return 'failed';
    },
  };
}

/**
 * Scores a `transcribed` attempt exactly once through the leased-job pipeline: creates
 * feedback/{attemptId} and marks the attempt scored, or marks it failed with a reason and
 * writes no feedback. A redelivered or duplicated event finds the claim taken or the attempt
 * settled and changes nothing. With `recovery` (the sweep), only a stuck attempt is taken
 * (scoring past its lease, or transcribed and never claimed), once; the result says what
 * happened.
 */
export async function scoreAttempt(
  interviewId: string,
  attemptId: string,
  claimId: string,
  { recovery = false }: { recovery?: boolean } = {},
): Promise<string> {
  const logger = log({ fn: 'scoreAttempt', interviewId, attemptId });
  const run = await runLeasedJob(scoringJob(interviewId, attemptId), claimId, recovery, logger);
  if (!run.claimed) {
    const { kind, reason } = run.refusal;
    logger[kind === 'stopped' ? 'warn' : 'info']('skipped', { claimId, reason });
    return `skipped: ${reason}`;
  }
  if (recovery) logger.warn('stuck scoring retried: its worker stopped', { claimId });
  const { produced, result } = run;
  logger.info(`scoring ${result}`, {
    claimId,
    ...(produced.ok
      ? {
          engine: produced.value.engine,
          model: produced.value.model,
          totalScore: produced.value.totalScore,
          insufficientEvidence: produced.value.insufficientEvidence,
        }
      : { error: produced.error }),
    ...(result === 'scored' || result === 'failed'
      ? pipeline('feedback', {
          outcome: result === 'scored' ? 'ready' : 'failed',
          engine: produced.ok ? produced.value.engine : null,
          latencySeconds: secondsSince(run.snap.get('endedAt')),
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
    const snap = await getOwned(ref, uid, 'attempt', tx);
    const status = snap.get('status') as unknown;
    const stuck = status === 'scoring' && !isLeaseLive(readLease(snap.get('scoringLease')));
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
      transcribedAt: FieldValue.serverTimestamp(),
    });
  });
}
