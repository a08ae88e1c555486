import {
  practiceAnswerSchema,
  type PracticeAnswer,
  type SubmitPracticeTranscriptInput,
} from '@candor/core';
import { z } from 'zod';

/**
 * One question as the candidate met it: shown at `askedAtMs`, answered from when they began
 * until they moved on (`endMs`). A skipped question keeps its times and an empty answer. The
 * browser records only the candidate's side: the server writes the interviewer's lines.
 */
export function questionAnswer(input: {
  questionId: string;
  askedAtMs: number;
  answer: string;
  answerStartedAtMs: number | null;
  endedAtMs: number;
}): PracticeAnswer {
  const text = input.answer.trim();
  if (text === '') {
    return {
      questionId: input.questionId,
      text: '',
      askedAtMs: input.askedAtMs,
      endMs: input.endedAtMs,
    };
  }
  return {
    questionId: input.questionId,
    text,
    askedAtMs: input.askedAtMs,
    startMs: Math.max(input.askedAtMs, input.answerStartedAtMs ?? input.endedAtMs),
    endMs: input.endedAtMs,
  };
}

export function hasAnswers(answers: readonly PracticeAnswer[]): boolean {
  return answers.some((answer) => answer.text.trim() !== '');
}

/** Appends recognised speech to what is already in the answer box. */
export function appendSpeech(current: string, spoken: string): string {
  const words = spoken.trim();
  if (words === '') return current;
  if (current.trim() === '') return words;
  return /\s$/.test(current) ? `${current}${words}` : `${current} ${words}`;
}

// ---------- keeping an unsent session in sessionStorage

const KEY_PREFIX = 'candor.practice.';

const practiceRecordSchema = z.object({
  interviewId: z.string(),
  attemptId: z.string(),
  startedAtMs: z.number().int().nonnegative(),
  /** Set once the candidate finished; null while the interview was still going. */
  endedAtMs: z.number().int().nonnegative().nullable(),
  answers: z.array(practiceAnswerSchema),
  /** The answer length the candidate aimed for. */
  answerTargetMs: z.number().positive().optional(),
});
export type PracticeRecord = z.input<typeof practiceRecordSchema>;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Some privacy settings throw on any access to storage.
    return null;
  }
}

/**
 * Keeps the session until the server has it, so a failed submission or a reload loses nothing.
 * Storage may be full or disabled; the session still works from memory then.
 */
export function savePracticeRecord(record: PracticeRecord): void {
  try {
    storage()?.setItem(KEY_PREFIX + record.attemptId, JSON.stringify(record));
  } catch {
    // See above.
  }
}

export function removePracticeRecord(attemptId: string): void {
  try {
    storage()?.removeItem(KEY_PREFIX + attemptId);
  } catch {
    // See savePracticeRecord.
  }
}

/** Sessions of this interview that were never sent, oldest first. */
export function unsentPracticeRecords(interviewId: string): PracticeRecord[] {
  const store = storage();
  if (!store) return [];
  const records: PracticeRecord[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key?.startsWith(KEY_PREFIX) !== true) continue;
    try {
      const parsed = practiceRecordSchema.safeParse(JSON.parse(store.getItem(key) ?? ''));
      // A record kept in an older shape does not parse and is skipped.
      if (parsed.success && parsed.data.interviewId === interviewId) records.push(parsed.data);
    } catch {
      // A damaged entry is skipped rather than blocking the room.
    }
  }
  return records.sort((a, b) => a.startedAtMs - b.startedAtMs);
}

/** The submission payload; a session cut short ends with its last recorded answer. */
export function submissionOf(record: PracticeRecord): SubmitPracticeTranscriptInput {
  const lastEnd = record.answers.reduce(
    (max, answer) => Math.max(max, answer.followUp?.endMs ?? answer.endMs),
    0,
  );
  return {
    interviewId: record.interviewId,
    attemptId: record.attemptId,
    answers: record.answers,
    startedAtMs: record.startedAtMs,
    endedAtMs: record.endedAtMs ?? record.startedAtMs + Math.round(lastEnd),
    ...(record.answerTargetMs === undefined ? {} : { answerTargetMs: record.answerTargetMs }),
  };
}
