import {
  closingLine,
  normalizeMultiLine,
  type FollowUp,
  type PracticeAnswer,
  type Question,
} from '@candor/core';
import { appendSpeech, questionAnswer } from './practice';

/**
 * The practice interview as a pure state machine: which question is on screen, whether the
 * interviewer is following it up, the answer being written, the answer clock and the end. The
 * hook (`use-practice-flow.ts`) feeds it events and carries out what follows from a change
 * (speaking a line, saving the record, sending it); the component only renders it.
 *
 * Times are milliseconds since the session started.
 */

export interface PracticeSettings {
  /** The answer length the candidate aims for; the clock cues a wrap-up past it. */
  answerTargetMs: number;
  /** When on, the answer clock waits until the candidate starts (or says they are ready). */
  thinkingTime: boolean;
}

/**
 * Core's follow-up rule (`offlineFollowUp`). It reads answers with the scorer and every rubric,
 * so the room loads it (`follow-up-rule.ts`) while the attempt starts rather than with the page.
 */
export type FollowUpRule = (question: Question, answer: string) => FollowUp | null;

/**
 * The interviewer's follow-up to the current question, and the candidate's first answer. With
 * Gemini the follow-up is `wording` (the server is writing its words; `text` holds the rule's
 * own, used if the server does not answer) until a `worded` event settles it.
 */
export interface FollowUpTurn {
  text: string;
  first: PracticeAnswer;
  wording: boolean;
  /** The words are the server's, recorded on the attempt (sent back as `fromServer`). */
  fromServer: boolean;
}

/** What the server answered for a follow-up being worded: null when it asks none after all. */
export type WordedFollowUp = { text: string; fromServer: boolean } | null;

export interface AnsweringState {
  step: 'answering';
  /** The candidate's name as the closing line says it (the server stores the same line). */
  firstName: string;
  questions: readonly Question[];
  settings: PracticeSettings;
  followUpRule: FollowUpRule;
  /** The site has Gemini: each follow-up the rule asks is worded by the server first. */
  wordFollowUps: boolean;
  index: number;
  answers: readonly PracticeAnswer[];
  followUp: FollowUpTurn | null;
  /** When the current question (or follow-up) appeared. */
  shownAtMs: number;
  draft: string;
  /** When the candidate began this answer (first word typed or heard); null before. */
  draftStartedAtMs: number | null;
  /** When the answer clock started; null while the candidate takes thinking time. */
  clockFromMs: number | null;
  /** Answer time already spent on this question before its follow-up. */
  carriedMs: number;
  nudge: string | null;
}

export interface FinishedState {
  step: 'finished';
  firstName: string;
  questions: readonly Question[];
  settings: PracticeSettings;
  answers: readonly PracticeAnswer[];
  closing: string;
  endedAtMs: number;
}

export type PracticeFlowState = AnsweringState | FinishedState;

export type PracticeFlowEvent =
  /** The candidate typed or corrected the answer box. */
  | { type: 'edited'; text: string; atMs: number }
  /** Speech recognition heard the candidate start speaking. */
  | { type: 'heard'; atMs: number }
  /** Speech recognition settled on some words. */
  | { type: 'spoken'; text: string; atMs: number }
  /** The candidate ends thinking time and starts the answer clock. */
  | { type: 'ready'; atMs: number }
  /** Next question (or Finish); `interim` is speech still being recognised, which counts. */
  | { type: 'next'; atMs: number; interim: string }
  | { type: 'skip'; atMs: number }
  /** The server's words for the follow-up being worded (or the rule's, after a failure). */
  | { type: 'worded'; followUp: WordedFollowUp; atMs: number };

export function initialPracticeFlow(input: {
  questions: readonly Question[];
  settings: PracticeSettings;
  firstName: string;
  followUpRule: FollowUpRule;
  wordFollowUps?: boolean;
}): PracticeFlowState {
  return {
    step: 'answering',
    firstName: input.firstName,
    questions: input.questions,
    settings: input.settings,
    followUpRule: input.followUpRule,
    wordFollowUps: input.wordFollowUps ?? false,
    index: 0,
    answers: [],
    followUp: null,
    shownAtMs: 0,
    draft: '',
    draftStartedAtMs: null,
    clockFromMs: input.settings.thinkingTime ? null : 0,
    carriedMs: 0,
    nudge: null,
  };
}

export const EMPTY_ANSWER_NUDGE = 'Type or speak an answer first, or choose Skip question.';

/** Starting to answer starts the clock too, thinking time or not. */
function started(state: AnsweringState, atMs: number): AnsweringState {
  return {
    ...state,
    draftStartedAtMs: state.draftStartedAtMs ?? atMs,
    clockFromMs: state.clockFromMs ?? atMs,
  };
}

/** The next question after the current one is done, or the end. */
function moveOn(
  state: AnsweringState,
  answers: readonly PracticeAnswer[],
  atMs: number,
): PracticeFlowState {
  const index = state.index + 1;
  if (index >= state.questions.length) {
    return {
      step: 'finished',
      firstName: state.firstName,
      questions: state.questions,
      settings: state.settings,
      answers,
      closing: closingLine(state.firstName),
      endedAtMs: atMs,
    };
  }
  return {
    ...state,
    index,
    answers,
    followUp: null,
    shownAtMs: atMs,
    draft: '',
    draftStartedAtMs: null,
    clockFromMs: state.settings.thinkingTime ? null : atMs,
    carriedMs: 0,
    nudge: null,
  };
}

/**
 * One step of the interview. After an answer the follow-up rule decides whether the interviewer
 * asks one follow-up; after the reply to it, or a skip, the interview moves on.
 */
export function practiceFlow(
  state: PracticeFlowState,
  event: PracticeFlowEvent,
): PracticeFlowState {
  if (state.step === 'finished') return state;
  if (state.followUp?.wording === true) {
    // Nothing to answer until the follow-up is on screen; the hook's deadline ends the wait.
    return event.type === 'worded' ? worded(state, state.followUp, event) : state;
  }
  switch (event.type) {
    case 'worded':
      return state;
    case 'edited': {
      const next = { ...state, draft: event.text, nudge: null };
      return event.text.trim() === '' ? next : started(next, event.atMs);
    }
    case 'heard':
      return started(state, event.atMs);
    case 'spoken':
      return {
        ...started(state, event.atMs),
        draft: appendSpeech(state.draft, event.text),
        nudge: null,
      };
    case 'ready':
      return { ...state, clockFromMs: state.clockFromMs ?? event.atMs };
    case 'skip':
    case 'next': {
      const question = state.questions[state.index];
      if (!question) return state;
      const skip = event.type === 'skip';
      // Words still being recognised when the candidate moves on belong to this answer.
      const text = skip ? '' : appendSpeech(state.draft, event.interim);
      if (!skip && text.trim() === '') return { ...state, nudge: EMPTY_ANSWER_NUDGE };
      const given = questionAnswer({
        questionId: question.id,
        askedAtMs: state.shownAtMs,
        answer: text,
        answerStartedAtMs: state.draftStartedAtMs,
        endedAtMs: event.atMs,
      });
      if (state.followUp) {
        // The reply to the follow-up (a skipped one leaves the first answer as it was).
        const { first } = state.followUp;
        const answer: PracticeAnswer = {
          ...first,
          followUp: {
            askedAtMs: given.askedAtMs,
            text: given.text,
            ...(given.startMs === undefined ? {} : { startMs: given.startMs }),
            endMs: given.endMs,
            ...(state.followUp.fromServer ? { fromServer: true as const } : {}),
          },
        };
        return moveOn(state, [...state.answers, answer], event.atMs);
      }
      // The same words the server reads, so both sides agree on whether a follow-up was asked.
      const followUp = skip ? null : state.followUpRule(question, normalizeMultiLine(given.text));
      if (!followUp) return moveOn(state, [...state.answers, given], event.atMs);
      return {
        ...state,
        followUp: {
          text: followUp.text,
          first: given,
          wording: state.wordFollowUps,
          fromServer: false,
        },
        shownAtMs: event.atMs,
        draft: '',
        draftStartedAtMs: null,
        // A follow-up is part of the same answer: its clock runs on, without new thinking time
        // (held while the interviewer words it).
        clockFromMs: state.wordFollowUps ? null : event.atMs,
        carriedMs: answerClockMs(state, event.atMs),
        nudge: null,
      };
    }
  }
}

/**
 * The worded follow-up goes on screen now: its clock starts from here (the wait was the
 * interviewer's, not the candidate's). Without one after all, the interview moves on.
 */
function worded(
  state: AnsweringState,
  turn: FollowUpTurn,
  event: { followUp: WordedFollowUp; atMs: number },
): PracticeFlowState {
  if (!event.followUp) return moveOn(state, [...state.answers, turn.first], event.atMs);
  return {
    ...state,
    followUp: {
      ...turn,
      text: event.followUp.text,
      wording: false,
      fromServer: event.followUp.fromServer,
    },
    shownAtMs: event.atMs,
    clockFromMs: event.atMs,
  };
}

/** Whether the interviewer is still wording a follow-up (the room shows that it is). */
export function isWordingFollowUp(state: AnsweringState): boolean {
  return state.followUp?.wording === true;
}

/** The interviewer's line on screen now: the question, or its follow-up. */
export function currentLine(state: AnsweringState): string {
  return state.followUp?.text ?? state.questions[state.index]?.text ?? '';
}

/** The answer clock: time spent answering the current question, follow-up included. */
export function answerClockMs(state: AnsweringState, nowMs: number): number {
  const running = state.clockFromMs === null ? 0 : Math.max(0, nowMs - state.clockFromMs);
  return state.carriedMs + running;
}

/** Whether to show the gentle "time to wrap up" cue: the answer ran past its target. */
export function shouldWrapUp(state: AnsweringState, nowMs: number): boolean {
  return answerClockMs(state, nowMs) >= state.settings.answerTargetMs;
}

/** Whether the candidate is taking thinking time (the clock has not started). */
export function isThinking(state: AnsweringState): boolean {
  return state.clockFromMs === null && !isWordingFollowUp(state);
}

/** The answers given so far, the current first answer (awaiting its follow-up) included. */
export function answersSoFar(state: PracticeFlowState): PracticeAnswer[] {
  if (state.step === 'finished' || !state.followUp) return [...state.answers];
  return [...state.answers, state.followUp.first];
}
