import { computeDeliveryMetrics } from '@candor/core';

/** Too few words or seconds give a pace that swings wildly; the cue waits for this much. */
export const MIN_CUE_WORDS = 10;
export const MIN_CUE_MS = 10_000;

export interface LiveCue {
  /** Null until there is enough speech to measure. */
  wordsPerMinute: number | null;
  fillerWords: number;
}

/**
 * The pace and filler count of the answer so far, read by the same function as the report
 * (core `computeDeliveryMetrics`), from the words recognised since the answer began.
 */
export function liveCue(text: string, answerStartedAtMs: number | null, nowMs: number): LiveCue {
  if (answerStartedAtMs === null || text.trim() === '') {
    return { wordsPerMinute: null, fillerWords: 0 };
  }
  const endMs = Math.max(answerStartedAtMs, nowMs);
  const metrics = computeDeliveryMetrics([
    { role: 'user', text, startMs: answerStartedAtMs, endMs },
  ]);
  const fillerWords = Object.values(metrics.fillerWords).reduce((sum, n) => sum + n, 0);
  const words = text.trim().split(/\s+/).length;
  const enough = words >= MIN_CUE_WORDS && endMs - answerStartedAtMs >= MIN_CUE_MS;
  return { wordsPerMinute: enough ? Math.round(metrics.wordsPerMinute) : null, fillerWords };
}
