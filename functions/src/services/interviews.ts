import {
  buildQuestionPrompt,
  COLLECTIONS,
  generateOfflineQuestions,
  interviewSchema,
  OFFLINE_QUESTION_BANK_VERSION,
  parseGeneratedQuestions,
  questionsResponseJsonSchema,
  type Interview,
  type InterviewSpec,
  type Question,
  WORK_LEASE_MS,
  type CheckInterviewOutput,
  toDates,
} from '@candor/core';
import {
  FieldValue,
  type DocumentReference,
  type DocumentSnapshot,
  type Timestamp,
} from 'firebase-admin/firestore';
import { DomainError } from '../helpers/errors';
import { errorDetails, log, pipeline, secondsSince } from '../helpers/logger';
import { db } from './admin';
import { chooseEngine } from './engine';
import { isLeaseLive, mayStillStart, nextLease, readLease, recoveriesUsed } from './lease';
import { generateChecked } from './model-calls';
import { consumeCooldown, consumeRateLimit } from './rate-limits';

export const interviewRef = (id: string) => db().collection(COLLECTIONS.interviews).doc(id);

export function readInterview(snap: DocumentSnapshot): Interview {
  return interviewSchema.parse(toDates(snap.data()));
}

/** Loads an interview the caller owns; anything else reads as not found, so ids do not leak. */
export async function getOwnedInterview(uid: string, interviewId: string): Promise<Interview> {
  const snap = await interviewRef(interviewId).get();
  if (!snap.exists || snap.get('userId') !== uid) {
    throw new DomainError('not-found', 'That interview does not exist.');
  }
  return readInterview(snap);
}

export async function createInterview(uid: string, spec: InterviewSpec): Promise<string> {
  const ref = db().collection(COLLECTIONS.interviews).doc();
  await db().runTransaction(async (tx) => {
    await consumeRateLimit(tx, uid, 'interviews');
    tx.create(ref, {
      userId: uid,
      role: spec.role,
      level: spec.level,
      type: spec.type,
      techStack: spec.techStack,
      questionCount: spec.questionCount,
      ...(spec.jobDescription ? { jobDescription: spec.jobDescription } : {}),
      status: 'generating',
      questions: [],
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
  });
  return ref.id;
}

/** The candidate's reason when a stuck generation has already had its one retry. */
export const GENERATION_STOPPED =
  'Writing your questions stopped twice before it finished. Nothing was lost: press Try again.';

const updatedAtMs = (snap: DocumentSnapshot) =>
  (snap.get('updatedAt') as Timestamp | undefined)?.toMillis() ?? 0;

/**
 * A `generating` interview whose worker died (its lease expired) or never started (no lease,
 * long after it was created or reset): nothing will move it on by itself.
 */
function isStuck(snap: DocumentSnapshot, nowMs = Date.now()): boolean {
  if (snap.get('status') !== 'generating') return false;
  const lease = readLease(snap.get('generationLease'));
  return !isLeaseLive(lease, nowMs) && !mayStillStart(lease, updatedAtMs(snap), nowMs);
}

/**
 * Moves a failed interview, or one stuck in `generating`, back to a fresh `generating`; only
 * its owner may, and it counts against the daily interview limit like a new one.
 */
export async function resetFailedInterview(uid: string, interviewId: string): Promise<void> {
  const ref = interviewRef(interviewId);
  await db().runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists || snap.get('userId') !== uid) {
      throw new DomainError('not-found', 'That interview does not exist.');
    }
    if (snap.get('status') !== 'failed' && !isStuck(snap)) {
      throw new DomainError(
        'failed-precondition',
        snap.get('status') === 'generating'
          ? 'Your questions are still being written. Wait for this run to finish or stop.'
          : 'Only a failed interview can be retried.',
      );
    }
    await consumeRateLimit(tx, uid, 'interviews');
    tx.update(ref, {
      status: 'generating',
      error: FieldValue.delete(),
      generationLease: FieldValue.delete(),
      updatedAt: FieldValue.serverTimestamp(),
    });
  });
}

type Claim =
  | { claimed: true; interview: Interview }
  | { claimed: false; reason: string; outcome: CheckInterviewOutput };

/**
 * Claims the right to generate: only one worker at a time, never for a finished interview. A
 * recovery (the sweep, "check now") claims only a stuck interview, and settles it `failed`
 * instead when its one recovery run has already been spent.
 */
async function claim(ref: DocumentReference, claimId: string, recovery: boolean): Promise<Claim> {
  return db().runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists || snap.get('status') !== 'generating') {
      return { claimed: false, reason: 'not generating', outcome: { outcome: 'settled' } };
    }
    const lease = readLease(snap.get('generationLease'));
    const nowMs = Date.now();
    if (isLeaseLive(lease, nowMs) || (recovery && !isStuck(snap, nowMs))) {
      const startedMs = lease?.atMs ?? updatedAtMs(snap);
      return {
        claimed: false,
        reason: lease ? 'claimed by another worker' : 'not started yet',
        outcome: { outcome: 'running', stalledAfterMs: startedMs + WORK_LEASE_MS },
      };
    }
    if (recovery && recoveriesUsed(lease)) {
      tx.update(ref, {
        status: 'failed',
        error: GENERATION_STOPPED,
        generationLease: FieldValue.delete(),
        updatedAt: FieldValue.serverTimestamp(),
      });
      return {
        claimed: false,
        reason: 'stopped again after its retry',
        outcome: { outcome: 'failed' },
      };
    }
    tx.update(ref, { generationLease: nextLease(claimId, lease, recovery, nowMs) });
    return { claimed: true, interview: readInterview(snap) };
  });
}

type Outcome =
  | { ok: true; questions: Question[]; engine: 'gemini' | 'offline'; model: string }
  | { ok: false; error: string };

async function produceQuestions(
  interview: Interview,
  seed: string,
  logger: ReturnType<typeof log>,
): Promise<Outcome> {
  const spec: InterviewSpec = {
    role: interview.role,
    level: interview.level,
    type: interview.type,
    techStack: interview.techStack,
    questionCount: interview.questionCount,
    jobDescription: interview.jobDescription,
  };
  const choice = chooseEngine();
  if (choice.engine === 'offline') {
    return {
      ok: true,
      questions: generateOfflineQuestions(spec, seed),
      engine: 'offline',
      model: OFFLINE_QUESTION_BANK_VERSION,
    };
  }
  const result = await generateChecked({
    model: choice.model,
    task: 'questions',
    prompt: buildQuestionPrompt(spec),
    responseJsonSchema: questionsResponseJsonSchema,
    check: (raw) => {
      const parsed = parseGeneratedQuestions(raw, spec.questionCount);
      return parsed.ok ? { ok: true, value: parsed.questions } : parsed;
    },
    unusable: (reason) =>
      `The AI service returned unusable questions (${reason}). Please try again.`,
    logger,
  });
  return result.ok
    ? { ok: true, questions: result.value, engine: 'gemini', model: choice.model.name }
    : result;
}

/** Produces and writes the questions of an interview this worker has claimed. */
async function runClaimed(
  ref: DocumentReference,
  interview: Interview,
  claimId: string,
  logger: ReturnType<typeof log>,
): Promise<'ready' | 'failed' | 'claim lost'> {
  let outcome: Outcome;
  try {
    outcome = await produceQuestions(interview, ref.id, logger);
  } catch (error) {
    logger.error('question generation crashed', errorDetails(error));
    outcome = { ok: false, error: 'Something went wrong while writing your questions.' };
  }
  const result = await db().runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const lease = readLease(snap.get('generationLease'));
    if (!snap.exists || snap.get('status') !== 'generating' || lease?.id !== claimId) {
      return 'claim lost' as const;
    }
    const done = outcome.ok
      ? {
          status: 'ready',
          questions: outcome.questions,
          engine: outcome.engine,
          model: outcome.model,
        }
      : { status: 'failed', error: outcome.error };
    tx.update(ref, {
      ...done,
      generationLease: FieldValue.delete(),
      updatedAt: FieldValue.serverTimestamp(),
    });
    return outcome.ok ? ('ready' as const) : ('failed' as const);
  });
  logger.info(outcome.ok ? 'questions ready' : 'question generation failed', {
    claimId,
    result,
    ...(outcome.ok ? { engine: outcome.engine, count: outcome.questions.length } : outcome),
    ...pipeline('questions', {
      outcome: outcome.ok ? 'ready' : 'failed',
      engine: outcome.ok ? outcome.engine : null,
      latencySeconds: secondsSince(interview.createdAt),
    }),
  });
  return result;
}

/**
 * Generates the questions of a `generating` interview exactly once: a redelivered event finds
 * the claim taken or the interview finished and does nothing.
 */
export async function generateQuestions(interviewId: string, claimId: string): Promise<void> {
  const logger = log({ fn: 'generateQuestions', interviewId });
  const ref = interviewRef(interviewId);
  const claimed = await claim(ref, claimId, false);
  if (!claimed.claimed) {
    logger.info(`skipped: ${claimed.reason}`, { claimId });
    return;
  }
  await runClaimed(ref, claimed.interview, claimId, logger);
}

/**
 * The reconciliation of one interview, shared by the sweep and "check now": a stuck interview
 * is generated once more through the same claim, or settled `failed` when that retry has been
 * spent; a live or finished one is left alone. Concurrent recoveries claim in a transaction,
 * so only one of them runs.
 */
export async function recoverInterview(
  interviewId: string,
  claimId: string,
): Promise<CheckInterviewOutput> {
  const logger = log({ fn: 'recoverInterview', interviewId });
  const ref = interviewRef(interviewId);
  const claimed = await claim(ref, claimId, true);
  if (!claimed.claimed) {
    if (claimed.outcome.outcome === 'failed') {
      logger.warn('stuck generation settled as failed: it stopped again after its retry', {
        claimId,
      });
    }
    return claimed.outcome;
  }
  logger.warn('stuck generation retried: its worker stopped or never started', { claimId });
  await runClaimed(ref, claimed.interview, claimId, logger);
  return { outcome: 'retried' };
}

/** A short wait between two checks by the same user, so "check now" cannot be hammered. */
export const CHECK_COOLDOWN_MS = 10_000;

/** "Check now" from the interview page: the owner's rate-limited run of recoverInterview. */
export async function checkInterview(
  uid: string,
  interviewId: string,
  claimId: string,
): Promise<CheckInterviewOutput> {
  const ref = interviewRef(interviewId);
  await db().runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists || snap.get('userId') !== uid) {
      throw new DomainError('not-found', 'That interview does not exist.');
    }
    await consumeCooldown(tx, uid, 'checks', CHECK_COOLDOWN_MS);
  });
  return recoverInterview(interviewId, claimId);
}
