import { createHash } from 'node:crypto';
import {
  attemptQuestions,
  attemptSchema,
  buildFollowUpPrompt,
  FOLLOW_UP_PROMPT_VERSION,
  followUpResponseJsonSchema,
  normalizeMultiLine,
  parseFollowUpOutput,
  planFollowUp,
  type Attempt,
  type ProposeFollowUpInput,
  type ProposeFollowUpOutput,
} from '@candor/core';
import { FieldValue } from 'firebase-admin/firestore';
import { DomainError } from '../helpers/errors';
import { log } from '../helpers/logger';
import { db } from './admin';
import { chooseEngine } from './engine';
import { readInterview } from './interviews';
import { generateChecked } from './model-calls';
import { consumeRateLimit } from './rate-limits';
import { attemptRef, getOwned, interviewRef } from './store';

type IssuedFollowUp = NonNullable<Attempt['followUps']>[number];

/**
 * The candidate waits on the page for this answer: well under the room's own wait (which then
 * asks the offline rule), and one call without a retry.
 */
export const FOLLOW_UP_TIMEOUT_MS = 6_000;

/** Statuses in which the practice session is still being answered. */
const OPEN_STATUSES: readonly string[] = ['created', 'in_progress'];

/** Ties a recorded follow-up to the first answer it followed, without storing the answer twice. */
export function answerDigest(answer: string): string {
  return createHash('sha256').update(normalizeMultiLine(answer), 'utf8').digest('hex');
}

function storedFollowUps(value: unknown): IssuedFollowUp[] {
  const parsed = attemptSchema.shape.followUps.safeParse(value);
  if (!parsed.success) throw new Error('attempt followUps do not match the schema');
  return parsed.data ?? [];
}

/**
 * The follow-ups recorded on an attempt that follow the answers now submitted, by question id:
 * what submitPracticeTranscript accepts as the server's own wording.
 */
export function issuedFollowUps(
  stored: unknown,
  answers: readonly { questionId: string; text: string }[],
): Map<string, string> {
  const digests = new Map(answers.map((a) => [a.questionId, answerDigest(a.text)]));
  return new Map(
    storedFollowUps(stored)
      .filter((f) => digests.get(f.questionId) === f.answerDigest)
      .map((f) => [f.questionId, f.text]),
  );
}

/**
 * The interviewer's follow-up after a practice answer. The offline rule decides whether one is
 * due (at most one per question, the same triggers in every mode); with Gemini the words are
 * the model's, checked in core, and recorded on the attempt; on any failure they are the rule's.
 */
export async function proposeFollowUp(
  uid: string,
  input: ProposeFollowUpInput,
): Promise<ProposeFollowUpOutput> {
  const logger = log({
    fn: 'proposeFollowUp',
    uid,
    interviewId: input.interviewId,
    attemptId: input.attemptId,
  });
  const ref = attemptRef(input.interviewId, input.attemptId);
  const answer = normalizeMultiLine(input.answer);
  const digest = answerDigest(answer);
  const notFound = new DomainError('not-found', 'That attempt does not exist.');

  const [snap, interviewSnap] = await Promise.all([
    getOwned(ref, uid, 'attempt'),
    interviewRef(input.interviewId).get(),
  ]);
  if (snap.get('mode') !== 'practice') throw notFound;
  if (!interviewSnap.exists || interviewSnap.get('userId') !== uid) throw notFound;
  if (!OPEN_STATUSES.includes(snap.get('status') as string)) {
    throw new DomainError('failed-precondition', 'This attempt has already been submitted.');
  }
  const storedIds = attemptSchema.shape.questionIds.safeParse(snap.get('questionIds'));
  if (!storedIds.success) throw new Error('attempt questionIds are not a list of ids');
  const question = attemptQuestions(readInterview(interviewSnap), storedIds.data).find(
    (q) => q.id === input.questionId,
  );
  if (!question) {
    throw new DomainError('invalid-argument', 'questionId: Not a question of this attempt', {
      fields: ['questionId'],
    });
  }

  const plan = planFollowUp(question, answer);
  if (!plan) return { followUp: null };
  const ruleOwn = { text: plan.followUp.text, engine: 'offline' as const, fromServer: false };

  const recorded = (list: readonly IssuedFollowUp[]) =>
    list.find((f) => f.questionId === question.id);
  const already = recorded(storedFollowUps(snap.get('followUps')));
  if (already) {
    // One follow-up per question: the same words again for the same answer; for a changed
    // answer (another tab), the rule's own, which the server checks without a record.
    return already.answerDigest === digest
      ? { followUp: { text: already.text, engine: already.engine, fromServer: true } }
      : { followUp: ruleOwn };
  }

  const choice = chooseEngine({ timeoutMs: FOLLOW_UP_TIMEOUT_MS });
  if (choice.engine === 'offline') return { followUp: ruleOwn };

  // Only a call that will reach Gemini counts; past the limit the rule's words serve.
  try {
    await db().runTransaction((tx) => consumeRateLimit(tx, uid, 'followUps'));
  } catch (error) {
    if (error instanceof DomainError && error.code === 'resource-exhausted') {
      return { followUp: ruleOwn };
    }
    throw error;
  }

  const outcome = await generateChecked({
    model: choice.model,
    task: 'followUp',
    prompt: buildFollowUpPrompt({ question, answer, plan }),
    responseJsonSchema: followUpResponseJsonSchema,
    check: (raw) => {
      const checked = parseFollowUpOutput(raw, question, answer);
      return checked.ok ? { ok: true, value: checked.text } : checked;
    },
    unusable: (reason) => reason,
    logger,
    attempts: 1,
  });
  const issued: IssuedFollowUp = outcome.ok
    ? {
        questionId: question.id,
        text: outcome.value,
        engine: 'gemini',
        answerDigest: digest,
        promptVersion: FOLLOW_UP_PROMPT_VERSION,
      }
    : {
        questionId: question.id,
        text: plan.followUp.text,
        engine: 'offline',
        answerDigest: digest,
      };
  if (!outcome.ok) {
    // generateChecked logged the cause (the rejected output or the failed call) already.
    logger.warn('follow-up fell back to the offline rule', {
      questionId: question.id,
      reason: plan.followUp.reason,
    });
  }

  // A concurrent call for the same question may have recorded first: its words stand.
  const kept = await db().runTransaction(async (tx) => {
    const fresh = await tx.get(ref);
    if (!OPEN_STATUSES.includes(fresh.get('status') as string)) return null;
    const other = recorded(storedFollowUps(fresh.get('followUps')));
    if (other) return other;
    tx.update(ref, { followUps: FieldValue.arrayUnion(issued) });
    return issued;
  });
  if (!kept) {
    throw new DomainError('failed-precondition', 'This attempt has already been submitted.');
  }
  if (kept.answerDigest !== digest) return { followUp: ruleOwn };
  logger.info('follow-up issued', { questionId: question.id, engine: kept.engine });
  return { followUp: { text: kept.text, engine: kept.engine, fromServer: true } };
}
