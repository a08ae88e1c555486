import type { TranscriptTurn } from '../schemas';
import type { QuestionKind } from '../constants';

/** The answer lengths a candidate may aim for, in minutes. */
export const ANSWER_TARGET_MINUTES = [1, 2, 3] as const;
export type AnswerTargetMinutes = (typeof ANSWER_TARGET_MINUTES)[number];
export const ANSWER_TARGETS_MS = ANSWER_TARGET_MINUTES.map((m) => m * 60_000);

/**
 * The default target for an interview's answers: a behavioural story (situation, action,
 * result) takes longer to tell than a technical explanation, so three minutes when most of the
 * questions ask for one, two otherwise.
 */
export function defaultAnswerTargetMs(kinds: readonly QuestionKind[]): number {
  const stories = kinds.filter((k) => k === 'behavioral').length;
  return kinds.length > 0 && stories * 2 > kinds.length ? 3 * 60_000 : 2 * 60_000;
}

/** The interviewer's share of each question: reading it out, a lead-in and an acknowledgement. */
export const ASKING_MS_PER_QUESTION = 20_000;
/** What thinking time adds per question, when the candidate asks for it. */
export const THINKING_MS_PER_QUESTION = 30_000;

/**
 * The plan the room shows ("about N minutes"): per question, the answer length the candidate
 * aims for (a follow-up's reply counts within it, as the answer clock does), the interviewer's
 * own turns, and thinking time when chosen.
 */
export function plannedInterviewMs(input: {
  questionCount: number;
  answerTargetMs: number;
  thinkingTime?: boolean;
}): number {
  const perQuestion =
    input.answerTargetMs +
    ASKING_MS_PER_QUESTION +
    (input.thinkingTime === true ? THINKING_MS_PER_QUESTION : 0);
  return input.questionCount * perQuestion;
}

const MINUTE_WORDS = ['one minute', 'two minutes', 'three minutes'] as const;

/** An answer target as the voice agent says it: "two minutes". */
export function answerTargetPhrase(targetMs: number): string {
  const minutes = Math.max(1, Math.round(targetMs / 60_000));
  return MINUTE_WORDS[minutes - 1] ?? `${String(minutes)} minutes`;
}

/** Past this share of the target, the room shows a gentle cue to wrap up. */
export const WRAP_UP_SHARE = 1;

export interface AnswerTime {
  questionId: string;
  /** From the question being shown to the first word of the answer. */
  thinkingMs: number;
  /** Speaking or typing time, the follow-up's reply included. */
  answerMs: number;
}

/**
 * Time per answered question, read from a stored transcript (its turns carry question ids and
 * times): the thinking time before the first answer, and the answer's length, reply to a
 * follow-up included. Questions without an answer are left out.
 */
export function answerTimes(transcript: readonly TranscriptTurn[]): AnswerTime[] {
  const out: AnswerTime[] = [];
  const byId = new Map<string, AnswerTime>();
  const askedAt = new Map<string, number>();
  for (const turn of transcript) {
    const id = turn.questionId;
    if (id === undefined) continue;
    if (turn.role === 'agent') {
      if (turn.followUp !== true && turn.startMs !== undefined) {
        askedAt.set(id, turn.startMs);
      }
      continue;
    }
    if (turn.startMs === undefined || turn.endMs === undefined) continue;
    const length = Math.max(0, turn.endMs - turn.startMs);
    const known = byId.get(id);
    if (known) {
      known.answerMs += length;
      continue;
    }
    const time = {
      questionId: id,
      thinkingMs: Math.max(0, turn.startMs - (askedAt.get(id) ?? turn.startMs)),
      answerMs: length,
    };
    byId.set(id, time);
    out.push(time);
  }
  return out;
}
