'use client';

import { useRef, useState } from 'react';
import type { Question } from '@candor/core';
import {
  answersSoFar,
  currentLine,
  initialPracticeFlow,
  practiceFlow,
  type FollowUpRule,
  type PracticeFlowEvent,
  type PracticeFlowState,
  type PracticeSettings,
  type WordedFollowUp,
} from './practice-flow';
import type { FollowUpWording } from './follow-up-rule';
import { savePracticeRecord, type PracticeRecord } from './practice';
import { useDictation, type Dictation } from './use-dictation';
import type { PracticeSubmission } from './use-practice-submission';
import type { Speaker } from './use-speaker';

export interface PracticeFlow {
  state: PracticeFlowState;
  dictation: Dictation;
  /** Milliseconds since the session started, by the browser's clock. */
  sinceStart: () => number;
  edit: (text: string) => void;
  /** Ends thinking time: the answer clock starts. */
  ready: () => void;
  next: () => void;
  skip: () => void;
  /** Reads the interviewer's current line again. */
  repeat: () => void;
}

/** How long the room waits for the server's follow-up before asking the rule's own. */
export const FOLLOW_UP_WAIT_MS = 10_000;

/**
 * The practice interview: the reducer in `practice-flow.ts` decides, and this carries out what
 * follows from each step. A new line (question or follow-up) is read aloud and dictation starts
 * afresh; every answer is saved to sessionStorage at once, so a reload loses nothing; the last
 * one sends the session.
 */
export function usePracticeFlow(input: {
  interviewId: string;
  attemptId: string;
  questions: readonly Question[];
  startedAtMs: number;
  firstName: string;
  settings: PracticeSettings;
  followUpRule: FollowUpRule;
  /**
   * With Gemini: asks the server for the follow-up's words (proposeFollowUp). Absent offline,
   * where the rule's own words are asked at once.
   */
  wordFollowUp?: FollowUpWording | undefined;
  speaker: Speaker;
  submission: PracticeSubmission;
}): PracticeFlow {
  const { speaker, submission } = input;
  const [state, setState] = useState<PracticeFlowState>(() =>
    initialPracticeFlow({
      questions: input.questions,
      settings: input.settings,
      firstName: input.firstName,
      followUpRule: input.followUpRule,
      wordFollowUps: input.wordFollowUp !== undefined,
    }),
  );
  // Events arrive from recognition callbacks as well as clicks: each reads the latest state.
  const current = useRef(state);
  const sinceStart = () => Math.max(0, Date.now() - input.startedAtMs);

  const record = (after: PracticeFlowState): PracticeRecord => ({
    interviewId: input.interviewId,
    attemptId: input.attemptId,
    startedAtMs: input.startedAtMs,
    endedAtMs: after.step === 'finished' ? input.startedAtMs + after.endedAtMs : null,
    answers: answersSoFar(after),
    answerTargetMs: input.settings.answerTargetMs,
  });

  function dispatch(event: PracticeFlowEvent) {
    const before = current.current;
    const after = practiceFlow(before, event);
    if (after === before) return;
    current.current = after;
    setState(after);
    if (before.step !== 'answering') return;
    if (after.step === 'finished') {
      dictation.reset();
      speaker.stop();
      const finished = record(after);
      savePracticeRecord(finished);
      speaker.say(after.closing);
      void submission.submit(finished);
      return;
    }
    const moved = after.index !== before.index || after.followUp !== before.followUp;
    if (!moved) return;
    savePracticeRecord(record(after));
    dictation.reset();
    speaker.stop();
    if (after.followUp?.wording === true) {
      askForWords(after.questions[after.index]?.id ?? '', after.followUp.first.text);
      return;
    }
    speaker.say(currentLine(after));
  }

  /**
   * The server's words for the follow-up, or the rule's own (already in the state) when it
   * fails or takes longer than FOLLOW_UP_WAIT_MS: the candidate never waits on a hung call.
   */
  function askForWords(questionId: string, answer: string) {
    const word = input.wordFollowUp;
    if (!word) return;
    let settled = false;
    const settle = (followUp: WordedFollowUp | 'rule') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const now = current.current;
      const fallback =
        now.step === 'answering' && now.followUp
          ? { text: now.followUp.text, fromServer: false }
          : null;
      dispatch({
        type: 'worded',
        followUp: followUp === 'rule' ? fallback : followUp,
        atMs: sinceStart(),
      });
    };
    const timer = setTimeout(() => {
      settle('rule');
    }, FOLLOW_UP_WAIT_MS);
    word(questionId, answer).then(settle, () => {
      settle('rule');
    });
  }

  const finished = state.step === 'finished';
  const dictation = useDictation({
    paused: speaker.speaking || finished,
    onHeard: () => {
      dispatch({ type: 'heard', atMs: sinceStart() });
    },
    onFinal: (text) => {
      dispatch({ type: 'spoken', text, atMs: sinceStart() });
    },
  });

  return {
    state,
    dictation,
    sinceStart,
    edit: (text) => {
      dispatch({ type: 'edited', text, atMs: sinceStart() });
    },
    ready: () => {
      dispatch({ type: 'ready', atMs: sinceStart() });
    },
    next: () => {
      dispatch({ type: 'next', atMs: sinceStart(), interim: dictation.interim });
    },
    skip: () => {
      dispatch({ type: 'skip', atMs: sinceStart() });
    },
    repeat: () => {
      const now = current.current;
      if (now.step !== 'answering') return;
      speaker.stop();
      speaker.say(currentLine(now));
    },
  };
}
