import {
  buildQuestionPrompt,
  generateOfflineQuestions,
  OFFLINE_QUESTION_BANK_VERSION,
  parseGeneratedQuestions,
  questionsResponseJsonSchema,
  type Interview,
  type InterviewSpec,
  type Question,
  WORK_LEASE_MS,
  type CheckInterviewOutput,
  type WorkLease,
} from '@candor/core';
import {
  FieldValue,
  type DocumentReference,
  type DocumentSnapshot,
  type Timestamp,
  type WithFieldValue,
} from 'firebase-admin/firestore';
import { DomainError } from '../helpers/errors';
import { log, pipeline, secondsSince } from '../helpers/logger';
import { db } from './admin';
import { chooseEngine } from './engine';
import {
  isLeaseLive,
  mayStillStart,
  readLease,
  runLeasedJob,
  produceGuarded,
  type LeasedJob,
  type Produced,
  type Refusal,
} from './lease';
import { generateChecked } from './model-calls';
import { consumeCooldown, consumeRateLimit } from './rate-limits';
import { collections, interviewRef, getOwned } from './store';

/** A snapshot of an interview the caller has checked exists. */
export function readInterview(snap: DocumentSnapshot<Interview>): Interview {
  const interview = snap.data();
  if (interview === undefined) throw new Error(`interview ${snap.id} does not exist`);
  return interview;
}

/** Loads an interview the caller owns; anything else reads as not found, so ids do not leak. */
export async function getOwnedInterview(uid: string, interviewId: string): Promise<Interview> {
  const snap = await getOwned(interviewRef(interviewId), uid, 'interview');
  return readInterview(snap);
}

/**
 * Creates the caller's interview. Without a résumé, or with one to keep (stored on the interview
 * like the job description), the document starts `generating` and the create trigger writes the
 * questions, so its retries and the sweep can always re-run from the document. A résumé to
 * discard is never written anywhere: the questions are generated here, inside the call, and the
 * interview is created `ready` with them (the trigger then finds nothing to do). If that
 * generation fails, nothing is created and the call fails; the form still holds the text, so
 * creating again is the retry.
 */
export async function createInterview(uid: string, spec: InterviewSpec): Promise<string> {
  const ref = collections.interviews().doc();
  const fields = {
    userId: uid,
    role: spec.role,
    level: spec.level,
    type: spec.type,
    techStack: spec.techStack,
    questionCount: spec.questionCount,
    ...(spec.jobDescription ? { jobDescription: spec.jobDescription } : {}),
    ...(spec.resume?.storage === 'keep' ? { resume: spec.resume.text } : {}),
    createdAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
  };
  if (spec.resume?.storage === 'discard') {
    await createWithDiscardedResume(ref, spec, fields);
    return ref.id;
  }
  await db().runTransaction(async (tx) => {
    await consumeRateLimit(tx, uid, 'interviews');
    tx.create(ref, { ...fields, status: 'generating', questions: [] });
  });
  return ref.id;
}

async function createWithDiscardedResume(
  ref: DocumentReference<Interview>,
  spec: InterviewSpec,
  fields: Omit<WithFieldValue<Interview>, 'status' | 'questions'> & { userId: string },
): Promise<void> {
  const logger = log({ fn: 'createInterview', interviewId: ref.id });
  const startedMs = Date.now();
  // Counted before the model is called, as a failed interview is counted: the limit guards
  // the model's cost as much as the database.
  await db().runTransaction((tx) => consumeRateLimit(tx, fields.userId, 'interviews'));
  const outcome = await produceGuarded(
    () => produceQuestions(spec, ref.id, logger),
    GENERATION_CRASHED,
    logger,
  );
  logGeneration(logger, outcome, (Date.now() - startedMs) / 1000, { resume: 'discarded' });
  if (!outcome.ok) {
    throw new DomainError(
      'unavailable',
      `${outcome.error} No interview was created and your résumé was not kept.`,
    );
  }
  await ref.create({ ...fields, status: 'ready', ...outcome.value });
}

const GENERATION_CRASHED = 'Something went wrong while writing your questions.';

/** The one log line (and pipeline metric) of a generation, in the trigger or the create call. */
function logGeneration(
  logger: ReturnType<typeof log>,
  produced: Produced<Generated>,
  latencySeconds: number | null,
  context: Record<string, unknown>,
): void {
  logger.info(produced.ok ? 'questions ready' : 'question generation failed', {
    ...context,
    ...(produced.ok
      ? { engine: produced.value.engine, count: produced.value.questions.length }
      : produced),
    ...pipeline('questions', {
      outcome: produced.ok ? 'ready' : 'failed',
      engine: produced.ok ? produced.value.engine : null,
      latencySeconds,
    }),
  });
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
function isStuck(snap: DocumentSnapshot, lease: WorkLease | undefined, nowMs = Date.now()) {
  return !isLeaseLive(lease, nowMs) && !mayStillStart(lease, updatedAtMs(snap), nowMs);
}

/**
 * Moves a failed interview, or one stuck in `generating`, back to a fresh `generating`; only
 * its owner may, and it counts against the daily interview limit like a new one. `retriedAt`
 * is what tells onInterviewGenerating that this write asks for a run.
 */
export async function resetFailedInterview(uid: string, interviewId: string): Promise<void> {
  const ref = interviewRef(interviewId);
  await db().runTransaction(async (tx) => {
    const snap = await getOwned(ref, uid, 'interview', tx);
    const generating = snap.get('status') === 'generating';
    if (!generating && snap.get('status') !== 'failed') {
      throw new DomainError('failed-precondition', 'Only a failed interview can be retried.');
    }
    if (generating && !isStuck(snap, readLease(snap.get('generationLease')))) {
      throw new DomainError(
        'failed-precondition',
        'Your questions are still being written. Wait for this run to finish or stop.',
      );
    }
    await consumeRateLimit(tx, uid, 'interviews');
    tx.update(ref, {
      status: 'generating',
      error: FieldValue.delete(),
      generationLease: FieldValue.delete(),
      retriedAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
  });
}

/**
 * "Try again": flips the interview back to `generating` and the trigger generates, as for a
 * new interview (and as "score again" does for an attempt). The call answers at once: the
 * interview page watches the status, as it does while a new interview is written.
 */
export async function retryInterview(uid: string, interviewId: string): Promise<void> {
  await resetFailedInterview(uid, interviewId);
}

/**
 * Whether a write asks for questions: the interview was created, or "Try again" reset it
 * (a new `retriedAt`). Every other write, including the trigger's own, does nothing.
 */
export function generationRequested(
  before: DocumentSnapshot | undefined,
  after: DocumentSnapshot | undefined,
): boolean {
  if (after?.exists !== true || after.get('status') !== 'generating') return false;
  if (before?.exists !== true) return true;
  const retried = after.get('retriedAt') as Timestamp | undefined;
  const previous = before.get('retriedAt') as Timestamp | undefined;
  return retried !== undefined && (previous === undefined || !retried.isEqual(previous));
}

interface Generated {
  questions: Question[];
  engine: 'gemini' | 'offline';
  model: string;
}

/** What a stored interview asks for; a kept résumé is read back from the document. */
function specOf(interview: Interview): InterviewSpec {
  return {
    role: interview.role,
    level: interview.level,
    type: interview.type,
    techStack: interview.techStack,
    questionCount: interview.questionCount,
    jobDescription: interview.jobDescription,
    ...(interview.resume ? { resume: { text: interview.resume, storage: 'keep' as const } } : {}),
  };
}

async function produceQuestions(
  spec: InterviewSpec,
  seed: string,
  logger: ReturnType<typeof log>,
): Promise<{ ok: true; value: Generated } | { ok: false; error: string }> {
  const choice = chooseEngine();
  if (choice.engine === 'offline') {
    return {
      ok: true,
      value: {
        questions: generateOfflineQuestions(spec, seed),
        engine: 'offline',
        model: OFFLINE_QUESTION_BANK_VERSION,
      },
    };
  }
  const result = await generateChecked({
    model: choice.model,
    task: 'questions',
    prompt: buildQuestionPrompt(spec),
    responseJsonSchema: questionsResponseJsonSchema,
    check: (raw) => {
      const parsed = parseGeneratedQuestions(raw, spec.questionCount, spec.resume?.text);
      return parsed.ok ? { ok: true, value: parsed.questions } : parsed;
    },
    unusable: (reason) =>
      `The AI service returned unusable questions (${reason}). Please try again.`,
    logger,
  });
  return result.ok
    ? { ok: true, value: { questions: result.value, engine: 'gemini', model: choice.model.name } }
    : result;
}

/** Question generation as leased work on interviews/{id} (see runLeasedJob). */
function generationJob(interviewId: string): LeasedJob<Interview, Generated> {
  const ref = interviewRef(interviewId);
  return {
    ref,
    leaseField: 'generationLease',
    workingStatus: 'generating',
    admit: (_tx, snap, lease, nowMs) =>
      Promise.resolve(
        snap.exists && snap.get('status') === 'generating'
          ? { ok: true, stuck: isStuck(snap, lease, nowMs), sinceMs: updatedAtMs(snap) }
          : { ok: false, refusal: { kind: 'settled', reason: 'not generating' } },
      ),
    stopped: {
      status: 'failed',
      error: GENERATION_STOPPED,
      updatedAt: FieldValue.serverTimestamp(),
    },
    produce: (snap, logger) => produceQuestions(specOf(readInterview(snap)), ref.id, logger),
    crashed: GENERATION_CRASHED,
    settle: (tx, produced, clearLease) => {
      tx.update(ref, {
        ...(produced.ok
          ? { status: 'ready', ...produced.value }
          : { status: 'failed', error: produced.error }),
        ...clearLease,
        updatedAt: FieldValue.serverTimestamp(),
      });
      return Promise.resolve(produced.ok ? 'ready' : 'failed');
    },
  };
}

function refusedOutcome(refusal: Refusal): CheckInterviewOutput {
  switch (refusal.kind) {
    case 'settled':
      return { outcome: 'settled' };
    case 'busy':
      return { outcome: 'running', stalledAfterMs: refusal.sinceMs + WORK_LEASE_MS };
    case 'stopped':
      return { outcome: 'failed' };
  }
}

/**
 * Generates the questions of a `generating` interview exactly once (the trigger's run, or with
 * `recovery` the sweep's and "check now"'s): a redelivered event finds the claim taken or the
 * interview finished and does nothing; a recovery takes only a stuck interview, and settles it
 * `failed` when its one retry has been spent.
 */
async function runGeneration(
  interviewId: string,
  claimId: string,
  recovery: boolean,
): Promise<CheckInterviewOutput> {
  const logger = log({ fn: recovery ? 'recoverInterview' : 'generateQuestions', interviewId });
  const run = await runLeasedJob(generationJob(interviewId), claimId, recovery, logger);
  if (!run.claimed) {
    if (run.refusal.kind === 'stopped') {
      logger.warn('stuck generation settled as failed: it stopped again after its retry', {
        claimId,
      });
    } else {
      logger.info(`skipped: ${run.refusal.reason}`, { claimId });
    }
    return refusedOutcome(run.refusal);
  }
  if (recovery) {
    logger.warn('stuck generation retried: its worker stopped or never started', { claimId });
  }
  logGeneration(logger, run.produced, secondsSince(run.snap.get('createdAt')), {
    claimId,
    result: run.result,
  });
  return recovery ? { outcome: 'retried' } : { outcome: 'settled' };
}

/** The trigger's run: generates the questions once; a redelivered event does nothing. */
export async function generateQuestions(interviewId: string, claimId: string): Promise<void> {
  await runGeneration(interviewId, claimId, false);
}

/**
 * The reconciliation of one interview, shared by the sweep and "check now": a stuck interview
 * is generated once more through the same claim, or settled `failed` when that retry has been
 * spent; a live or finished one is left alone. Concurrent recoveries claim in a transaction,
 * so only one of them runs.
 */
export const recoverInterview = (interviewId: string, claimId: string) =>
  runGeneration(interviewId, claimId, true);

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
    await getOwned(ref, uid, 'interview', tx);
    await consumeCooldown(tx, uid, 'checks', CHECK_COOLDOWN_MS);
  });
  return recoverInterview(interviewId, claimId);
}
