import { transcriptTurnSchema, type TranscriptTurn } from '@candor/core';
import { z } from 'zod';

export function greetingLine(firstName: string, role: string, questionCount: number): string {
  const questions = questionCount === 1 ? 'one question' : `${String(questionCount)} questions`;
  return `Hi ${firstName}, thanks for joining. I'll be your interviewer today for the ${role} role. We'll go through ${questions}, one at a time, and there's no rush with any of them.`;
}

export function closingLine(firstName: string): string {
  return `Thank you for your time, ${firstName}. That's the end of the interview. Your feedback will appear on your screen shortly.`;
}

/**
 * The turns for one question. The agent turn is the question's text exactly, since the server
 * finds each answer by the question that precedes it; it lasts from when the question appeared
 * until the candidate began to answer. An empty answer records no user turn.
 */
export function questionTurns(input: {
  question: string;
  shownAtMs: number;
  answer: string;
  answerStartedAtMs: number | null;
  endedAtMs: number;
}): TranscriptTurn[] {
  const answer = input.answer.trim();
  const answerStart = answer === '' ? null : (input.answerStartedAtMs ?? input.endedAtMs);
  const turns: TranscriptTurn[] = [
    {
      role: 'agent',
      text: input.question,
      startMs: input.shownAtMs,
      endMs: answerStart ?? input.endedAtMs,
    },
  ];
  if (answerStart !== null) {
    turns.push({ role: 'user', text: answer, startMs: answerStart, endMs: input.endedAtMs });
  }
  return turns;
}

export function hasAnswers(transcript: readonly TranscriptTurn[]): boolean {
  return transcript.some((turn) => turn.role === 'user' && turn.text.trim() !== '');
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
  transcript: z.array(transcriptTurnSchema),
});
export type PracticeRecord = z.infer<typeof practiceRecordSchema>;

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
      if (parsed.success && parsed.data.interviewId === interviewId) records.push(parsed.data);
    } catch {
      // A damaged entry is skipped rather than blocking the room.
    }
  }
  return records.sort((a, b) => a.startedAtMs - b.startedAtMs);
}

/** The submission payload; a session cut short ends with its last recorded turn. */
export function submissionOf(record: PracticeRecord) {
  const lastEnd = record.transcript.reduce((max, turn) => Math.max(max, turn.endMs ?? 0), 0);
  return {
    interviewId: record.interviewId,
    attemptId: record.attemptId,
    transcript: record.transcript,
    startedAtMs: record.startedAtMs,
    endedAtMs: record.endedAtMs ?? record.startedAtMs + Math.round(lastEnd),
  };
}
