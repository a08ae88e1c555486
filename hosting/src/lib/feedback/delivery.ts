import type { AttemptMode, DeliveryMetrics } from '@candor/core';
import { pluralize } from '@/lib/format';

/** Typical conversational English, the yardstick for the pace. */
export const TYPICAL_PACE_WPM = { min: 130, max: 160 } as const;

/**
 * Faster than anyone talks for long. A practice answer that "arrives" this fast was typed or
 * pasted, and calling the result a speaking pace would be dishonest.
 */
const FASTER_THAN_SPEECH_WPM = 250;

/** Past this many words an answer runs well over two minutes (the rubric's "rambling" band). */
const LONG_ANSWER_WORDS = 300;

export interface Metric {
  label: string;
  value: string;
  guidance: string;
}

const one = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Practice answers that arrived faster than speech: typed, so per-minute rates mean nothing. */
const looksTyped = (metrics: DeliveryMetrics, mode: AttemptMode) =>
  mode === 'practice' && metrics.wordsPerMinute > FASTER_THAN_SPEECH_WPM;

function pace(wpm: number, typed: boolean): Metric {
  const label = 'Speaking pace';
  const typical = `the typical conversational pace of ${String(TYPICAL_PACE_WPM.min)} to ${String(TYPICAL_PACE_WPM.max)} words per minute`;
  if (wpm === 0) {
    return {
      label,
      value: 'Not measured',
      guidance:
        'The transcript has no timings for your answers, so your pace could not be measured.',
    };
  }
  if (typed) {
    return {
      label,
      value: 'Not a speaking pace',
      guidance: `Your answers arrived at ${String(Math.round(wpm))} words per minute, far faster than anyone speaks: they were most likely typed. Answer out loud in practice mode, or take a voice interview, to measure your pace.`,
    };
  }
  const value = `${one(wpm)} words per minute`;
  if (wpm < TYPICAL_PACE_WPM.min) {
    return {
      label,
      value,
      guidance: `Slower than ${typical}. Pausing to think is fine; if the pauses come mid-sentence, try outlining your answer before you start.`,
    };
  }
  if (wpm > TYPICAL_PACE_WPM.max) {
    return {
      label,
      value,
      guidance: `Faster than ${typical}. Slowing down a little gives the interviewer time to follow your reasoning.`,
    };
  }
  return { label, value, guidance: `Within ${typical}: easy to follow.` };
}

/** The most frequent fillers first, as "“um” 3 times". */
export function topFillers(fillerWords: Record<string, number>, count = 3): string[] {
  return Object.entries(fillerWords)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([word, n]) => `“${word}” ${n === 1 ? 'once' : `${String(n)} times`}`);
}

function fillers(metrics: DeliveryMetrics, typed: boolean): Metric {
  const label = 'Filler words';
  const total = Object.values(metrics.fillerWords).reduce((sum, n) => sum + n, 0);
  if (total === 0) {
    return {
      label,
      value: 'None',
      guidance: 'No filler words: your answers came across as deliberate.',
    };
  }
  const most = `Most used: ${topFillers(metrics.fillerWords).join(', ')}.`;
  if (typed) {
    return {
      label,
      value: pluralize(total, 'filler word'),
      guidance: `A rate per minute would be meaningless for typed answers. ${most}`,
    };
  }
  const rate = metrics.fillerWordsPerMinute;
  const value = `${one(rate)} per minute`;
  if (rate <= 2) {
    return { label, value, guidance: `Occasional, which listeners barely notice. ${most}` };
  }
  if (rate <= 5) {
    return {
      label,
      value,
      guidance: `Noticeable. A short silent pause reads as thinking; a filler reads as hesitation. ${most}`,
    };
  }
  return {
    label,
    value,
    guidance: `Frequent enough to distract from what you say. Practise pausing silently instead. ${most}`,
  };
}

function talkRatio(ratio: number): Metric {
  const label = 'Your share of the conversation';
  const value = `${String(Math.round(ratio * 100))}% of the words`;
  if (ratio < 0.4) {
    return {
      label,
      value,
      guidance:
        'The interviewer did most of the talking. Fuller answers, with an example and its outcome, give them more to go on.',
    };
  }
  if (ratio < 0.6) {
    return {
      label,
      value,
      guidance:
        'A balanced conversation. In an interview it is usually fine for you to do most of the talking.',
    };
  }
  return {
    label,
    value,
    guidance: 'You did most of the talking, as a candidate should.',
  };
}

function answers(metrics: DeliveryMetrics, asked: number): Metric {
  const label = 'Answers given';
  // Counted from the candidate's own turns (a few words at least), so a voice call's small talk
  // can count too: this is a measure of how much was answered, not a tick per question.
  const value = `${String(metrics.answerCount)} for ${pluralize(asked, 'question')}`;
  if (metrics.answerCount >= asked) {
    return { label, value, guidance: 'A substantive answer for each question asked.' };
  }
  return {
    label,
    value,
    guidance:
      'Some questions got no substantive answer. Even a partial answer shows how you think, and it can be scored.',
  };
}

function longest(words: number): Metric {
  const label = 'Longest answer';
  const minutes = words / TYPICAL_PACE_WPM.min;
  const spoken =
    minutes < 1 ? 'under a minute aloud' : `about ${String(Math.round(minutes))} min aloud`;
  const value = `${String(words)} words (${spoken})`;
  return {
    label,
    value,
    guidance:
      words > LONG_ANSWER_WORDS
        ? 'Over two minutes: interviewers start to lose the thread. Lead with the point, then the detail.'
        : 'A comfortable length to follow.',
  };
}

/** Every delivery metric with a plain-language reading of it. */
export function deliveryReport(
  metrics: DeliveryMetrics,
  mode: AttemptMode,
  questionsAsked: number,
): Metric[] {
  const typed = looksTyped(metrics, mode);
  return [
    pace(metrics.wordsPerMinute, typed),
    fillers(metrics, typed),
    talkRatio(metrics.talkRatio),
    answers(metrics, questionsAsked),
    longest(metrics.longestAnswerWords),
  ];
}
