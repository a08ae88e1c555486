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
} from '@candor/core';
import {
  FieldValue,
  type DocumentReference,
  type DocumentSnapshot,
} from 'firebase-admin/firestore';
import { DomainError } from '../helpers/errors';
import { errorDetails, log, pipeline, secondsSince } from '../helpers/logger';
import { describeModelError, ModelError } from '../providers/model';
import { db } from './admin';
import { chooseEngine } from './engine';
import { consumeRateLimit } from './rate-limits';
import { toDates } from './timestamps';

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

/** Moves a failed interview back to generating; only its owner may, and only from failed. */
export async function resetFailedInterview(uid: string, interviewId: string): Promise<void> {
  const ref = interviewRef(interviewId);
  await db().runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists || snap.get('userId') !== uid) {
      throw new DomainError('not-found', 'That interview does not exist.');
    }
    if (snap.get('status') !== 'failed') {
      throw new DomainError('failed-precondition', 'Only a failed interview can be retried.');
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

/** Claims the right to generate: only one worker at a time, never for a finished interview. */
async function claim(ref: DocumentReference, claimId: string): Promise<Interview | null> {
  return db().runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists || snap.get('status') !== 'generating') return null;
    const lease = snap.get('generationLease') as { id: string; atMs: number } | undefined;
    if (lease && Date.now() - lease.atMs < WORK_LEASE_MS) return null;
    tx.update(ref, { generationLease: { id: claimId, atMs: Date.now() } });
    return readInterview(snap);
  });
}

type Outcome =
  | { ok: true; questions: Question[]; engine: 'gemini' | 'offline'; model: string }
  | { ok: false; error: string };

async function produceQuestions(interview: Interview, seed: string): Promise<Outcome> {
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
  const prompt = buildQuestionPrompt(spec);
  let lastError = 'The AI service had a temporary problem. Please try again.';
  // One retry on a transient error or on output that fails validation, then give up.
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      const raw = await choice.model.generateJson({
        ...prompt,
        responseJsonSchema: questionsResponseJsonSchema,
      });
      const parsed = parseGeneratedQuestions(raw, spec.questionCount);
      if (parsed.ok) {
        return {
          ok: true,
          questions: parsed.questions,
          engine: 'gemini',
          model: choice.model.name,
        };
      }
      lastError = `The AI service returned unusable questions (${parsed.reason}). Please try again.`;
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      lastError = describeModelError(error);
      if (!error.retryable) break;
    }
  }
  return { ok: false, error: lastError };
}

/**
 * Generates the questions of a `generating` interview exactly once: a redelivered event finds
 * the claim taken or the interview finished and does nothing.
 */
export async function generateQuestions(interviewId: string, claimId: string): Promise<void> {
  const logger = log({ fn: 'generateQuestions', interviewId });
  const ref = interviewRef(interviewId);
  const interview = await claim(ref, claimId);
  if (!interview) {
    logger.info('skipped: not generating or already claimed', { claimId });
    return;
  }
  let outcome: Outcome;
  try {
    outcome = await produceQuestions(interview, interviewId);
  } catch (error) {
    logger.error('question generation crashed', errorDetails(error));
    outcome = { ok: false, error: 'Something went wrong while writing your questions.' };
  }
  await db().runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const lease = snap.get('generationLease') as { id: string } | undefined;
    if (!snap.exists || snap.get('status') !== 'generating' || lease?.id !== claimId) return;
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
  });
  logger.info(outcome.ok ? 'questions ready' : 'question generation failed', {
    ...(outcome.ok ? { engine: outcome.engine, count: outcome.questions.length } : outcome),
    ...pipeline('questions', {
      outcome: outcome.ok ? 'ready' : 'failed',
      engine: outcome.ok ? outcome.engine : null,
      latencySeconds: secondsSince(interview.createdAt),
    }),
  });
}
