import { LIMITS, type Question } from '@candor/core';

/** The same shape the server accepts for a question id. */
const QUESTION_ID = /^[\w-]{1,128}$/;

/**
 * The `?questions=q2,q5` parameter as a list of ids, in order and without repeats; undefined
 * (every question) when it is absent or names nothing usable.
 */
export function parseQuestionIds(param: string | string[] | undefined): string[] | undefined {
  const raw = Array.isArray(param) ? param.join(',') : (param ?? '');
  const ids = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => QUESTION_ID.test(s)),
    ),
  ].slice(0, LIMITS.maxQuestions);
  return ids.length > 0 ? ids : undefined;
}

export interface QuestionSelection {
  /** The questions to ask, in the order asked. */
  questions: Question[];
  /** The ids to send to startAttempt; undefined for the whole interview. */
  questionIds: string[] | undefined;
  /** Requested ids that this interview does not have (a stale or hand-edited link). */
  unknownIds: string[];
}

export function selectQuestions(
  all: readonly Question[],
  requested: readonly string[] | undefined,
): QuestionSelection {
  if (requested === undefined)
    return { questions: [...all], questionIds: undefined, unknownIds: [] };
  const byId = new Map(all.map((q) => [q.id, q]));
  const questions = requested.flatMap((id) => {
    const question = byId.get(id);
    return question ? [question] : [];
  });
  return {
    questions,
    questionIds: questions.map((q) => q.id),
    unknownIds: requested.filter((id) => !byId.has(id)),
  };
}
