import type { Attempt } from '@candor/core';

/** Within this share either side of the target, an answer counts as on target. */
export const ON_TARGET_SLACK = 0.25;

export type TimeReading = 'short' | 'on-target' | 'long';

export interface AnswerTimeRow {
  questionId: string;
  question: string;
  answerMs: number;
  thinkingMs: number;
  reading: TimeReading | null;
}

export function readTime(answerMs: number, targetMs: number | undefined): TimeReading | null {
  if (targetMs === undefined || targetMs <= 0) return null;
  if (answerMs < targetMs * (1 - ON_TARGET_SLACK)) return 'short';
  if (answerMs > targetMs * (1 + ON_TARGET_SLACK)) return 'long';
  return 'on-target';
}

export const TIME_READING_LABELS: Record<TimeReading, string> = {
  short: 'Shorter than the target',
  'on-target': 'On target',
  long: 'Longer than the target',
};

/** Time per answer against the candidate's target, in the order answered. */
export function answerTimeRows(
  timing: NonNullable<Attempt['timing']>,
  questions: readonly { questionId: string; question: string }[],
): AnswerTimeRow[] {
  return timing.answers.map((a) => ({
    questionId: a.questionId,
    question: questions.find((q) => q.questionId === a.questionId)?.question ?? 'A question',
    answerMs: a.answerMs,
    thinkingMs: a.thinkingMs,
    reading: readTime(a.answerMs, timing.targetMs),
  }));
}
