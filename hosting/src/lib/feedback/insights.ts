import { CATEGORY_NAMES, type CategoryName, type QuestionFeedback } from '@candor/core';
import type { FeedbackDoc } from './converter';

/** At most this many questions in one "practise weakest questions" session. */
export const MAX_WEAKEST_QUESTIONS = 3;

/** The weakest category is judged on this many recent attempts. */
export const CATEGORY_WINDOW = 5;

/**
 * The questions worth practising again, weakest first: those without a score (not answered, or
 * no evidence to score) before the lowest scores, ties in the order asked. About half of the
 * attempt's questions and never more than three, so the session stays short and targeted.
 * `available` drops questions the interview no longer has, which the room could not ask.
 */
export function weakestQuestionIds(
  questions: readonly QuestionFeedback[],
  available?: ReadonlySet<string>,
): string[] {
  const seen = new Set<string>();
  const candidates = questions.filter((q) => {
    if (seen.has(q.questionId)) return false;
    seen.add(q.questionId);
    return available === undefined || available.has(q.questionId);
  });
  const count = Math.min(MAX_WEAKEST_QUESTIONS, Math.ceil(candidates.length / 2));
  const rank = (q: QuestionFeedback) => q.score ?? -1;
  return candidates
    .map((q, index) => ({ q, index }))
    .sort((a, b) => rank(a.q) - rank(b.q) || a.index - b.index)
    .slice(0, count)
    .map(({ q }) => q.questionId);
}

export interface WeakestCategory {
  name: CategoryName;
  /** Mean score over the attempts considered, rounded. */
  average: number;
  /** How many attempts the mean is over. */
  attempts: number;
  /** The attempt in which this category scored lowest (the latest of equals). */
  focus: FeedbackDoc;
  /** Its score there. */
  focusScore: number;
}

/**
 * The category with the lowest mean over the last few attempts. Attempts flagged as having too
 * little evidence are left out: their capped scores measure silence, not a skill, and would
 * point every candidate who once hung up early at the same category.
 */
export function weakestCategory(
  history: readonly FeedbackDoc[],
  window = CATEGORY_WINDOW,
): WeakestCategory | null {
  const recent = history.filter((f) => !f.insufficientEvidence).slice(-window);
  let weakest: WeakestCategory | null = null;
  for (const name of CATEGORY_NAMES) {
    const scored = recent.flatMap((feedback) => {
      const category = feedback.categoryScores.find((c) => c.name === name);
      // A category the transcript could not support has no score, and says nothing about skill.
      return category && category.score !== null ? [{ feedback, score: category.score }] : [];
    });
    const [first] = scored;
    if (!first) continue;
    const mean = scored.reduce((sum, s) => sum + s.score, 0) / scored.length;
    const lowest = scored.reduce((low, s) => (s.score <= low.score ? s : low), first);
    if (weakest === null || mean < weakest.average) {
      weakest = {
        name,
        average: mean,
        attempts: scored.length,
        focus: lowest.feedback,
        focusScore: lowest.score,
      };
    }
  }
  return weakest && { ...weakest, average: Math.round(weakest.average) };
}

/** One sentence about the trend, for the chart's text alternative and the card itself. */
export function trendSummary(scores: readonly number[], capped: boolean): string {
  const first = scores[0];
  const last = scores.at(-1);
  if (first === undefined || last === undefined) return 'No scores yet.';
  if (scores.length === 1) {
    return `Your first score is ${String(first)}. Take another interview to see your trend.`;
  }
  const since = capped ? `the first of your last ${String(scores.length)}` : 'your first';
  const diff = last - first;
  const change =
    diff > 0
      ? `up ${String(diff)} from ${since}`
      : diff < 0
        ? `down ${String(-diff)} from ${since}`
        : `the same as ${since}`;
  return `Last score ${String(last)}, ${change}. Best ${String(Math.max(...scores))} over ${String(scores.length)} scored attempts.`;
}

/** A word for a total score, so the number has a meaning at a glance. */
export function scoreBand(score: number): string {
  if (score >= 80) return 'Strong';
  if (score >= 60) return 'Solid';
  if (score >= 40) return 'Developing';
  return 'Needs work';
}
