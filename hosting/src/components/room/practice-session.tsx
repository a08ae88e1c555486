'use client';

import type { Question } from '@candor/core';
import {
  Activity,
  ArrowRight,
  Check,
  Hourglass,
  LoaderCircle,
  LogOut,
  Mic,
  Send,
  SkipForward,
  Volume2,
  VolumeX,
} from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { AttemptProgress } from './attempt-progress';
import { Elapsed, useNow } from './elapsed';
import { dangerButton, primaryButton, secondaryButton, toggleButton } from '../ui/button';
import { Card } from '../ui/card';
import { Problem } from '../ui/problem';
import { abandonAttemptQuietly } from '@/lib/attempts/api';
import type { FollowUpWording } from '@/lib/attempts/follow-up-rule';
import { liveCue } from '@/lib/attempts/live-cues';
import { removePracticeRecord } from '@/lib/attempts/practice';
import {
  answerClockMs,
  currentLine,
  isThinking,
  isWordingFollowUp,
  shouldWrapUp,
  type AnsweringState,
  type FollowUpRule,
  type PracticeSettings,
} from '@/lib/attempts/practice-flow';
import { formatClock } from '@/lib/format';
import { usePracticeFlow } from '@/lib/attempts/use-practice-flow';
import type { PracticeSubmission } from '@/lib/attempts/use-practice-submission';
import type { Speaker } from '@/lib/attempts/use-speaker';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { interviewPath } from '@/lib/paths';

function InterviewerLine({ children }: { children: string }) {
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Interviewer</p>
      <p className="mt-1 text-slate-800">{children}</p>
    </div>
  );
}

/** What happens after the last question: sending, a failed send to retry, then the wait. */
export function SubmissionView({
  submission,
  onStartAgain,
}: {
  submission: PracticeSubmission;
  onStartAgain: () => void;
}) {
  const { state } = submission;
  switch (state.status) {
    case 'idle':
      return null;
    case 'sending':
      return (
        <Card>
          <p role="status" className="flex items-center gap-2 text-slate-700">
            <LoaderCircle aria-hidden className="size-5 animate-spin" />
            Sending your answers...
          </p>
        </Card>
      );
    case 'failed':
      return (
        <Card>
          <Problem title="Your answers were not sent">{state.message}</Problem>
          <p className="mt-3 text-sm text-slate-600">
            Nothing is lost: your answers are kept in this browser tab until they are sent.
          </p>
          <div className="mt-5">
            <button
              type="button"
              onClick={() => void submission.submit(state.record)}
              className={primaryButton}
            >
              <Send aria-hidden className="size-4" />
              Send again
            </button>
          </div>
        </Card>
      );
    case 'sent':
      return (
        <AttemptProgress
          interviewId={state.record.interviewId}
          attemptId={state.record.attemptId}
          mode="practice"
          onStartAgain={onStartAgain}
        />
      );
  }
}

function LeaveInterview({ onLeave }: { onLeave: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const stayRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) stayRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => {
          setConfirming(true);
        }}
        className="inline-flex items-center gap-1.5 text-sm font-medium text-slate-600 hover:text-slate-900"
      >
        <LogOut aria-hidden className="size-4" />
        Leave interview
      </button>
    );
  }
  return (
    <div
      role="alertdialog"
      aria-labelledby="leave-title"
      aria-describedby="leave-description"
      className="rounded-md border border-amber-200 bg-amber-50 p-4"
    >
      <p id="leave-title" className="font-medium text-amber-900">
        Leave this interview?
      </p>
      <p id="leave-description" className="mt-1 text-sm text-amber-800">
        Your answers so far will not be scored, and this attempt will be marked as abandoned.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          disabled={leaving}
          onClick={() => {
            setLeaving(true);
            void onLeave();
          }}
          className={dangerButton}
        >
          {leaving && <LoaderCircle aria-hidden className="size-4 animate-spin" />}
          Leave interview
        </button>
        <button
          ref={stayRef}
          type="button"
          disabled={leaving}
          onClick={() => {
            setConfirming(false);
          }}
          className={secondaryButton}
        >
          Stay
        </button>
      </div>
    </div>
  );
}

/**
 * The answer clock against the target, with the quiet wrap-up cue once the answer runs past it.
 * While the candidate takes thinking time the clock waits, and a button starts it.
 */
function AnswerClock({
  flow,
  sinceStart,
  onReady,
}: {
  flow: AnsweringState;
  sinceStart: () => number;
  onReady: () => void;
}) {
  useNow();
  const now = sinceStart();
  if (isThinking(flow)) {
    return (
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
        <span className="inline-flex items-center gap-1.5" data-testid="thinking">
          <Hourglass aria-hidden className="size-4" />
          Thinking time: the answer clock starts when you do.
        </span>
        <button
          type="button"
          onClick={onReady}
          className="font-medium text-brand-700 hover:underline"
        >
          Start the answer clock
        </button>
      </div>
    );
  }
  const spent = answerClockMs(flow, now);
  const wrapUp = shouldWrapUp(flow, now);
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm tabular-nums">
      <p className={wrapUp ? 'text-amber-700' : 'text-slate-600'}>
        <span className="sr-only">This answer: </span>
        <span data-testid="answer-clock">{formatClock(spent)}</span>
        <span aria-hidden> / </span>
        <span className="sr-only">of a target of</span>
        {formatClock(flow.settings.answerTargetMs)}
      </p>
      {wrapUp && (
        // Polite, once: a cue to read, not an interruption.
        <p role="status" className="text-amber-800" data-testid="wrap-up">
          Time to start wrapping up this answer.
        </p>
      )}
    </div>
  );
}

/** Pace and filler words of the answer so far: small, silent, only when the candidate asks. */
function LiveCues({
  text,
  startedAtMs,
  sinceStart,
}: {
  text: string;
  startedAtMs: number | null;
  sinceStart: () => number;
}) {
  useNow();
  const cue = liveCue(text, startedAtMs, sinceStart());
  return (
    <p className="text-sm text-slate-600 tabular-nums" data-testid="live-cues">
      <Activity aria-hidden className="mr-1 inline size-4" />
      Pace: {cue.wordsPerMinute === null ? '...' : `${String(cue.wordsPerMinute)} words/min`}
      {' · '}Filler words: {cue.fillerWords}
    </p>
  );
}

/**
 * Practice mode: the interview run in the browser. Each question is shown and, where the
 * browser can, spoken; the candidate types or dictates an answer, and the interviewer may ask
 * one follow-up about it. The flow lives in `usePracticeFlow`; this only renders it.
 */
export function PracticeSession({
  interviewId,
  attemptId,
  questions,
  startedAtMs,
  greeting,
  firstName,
  plannedMs,
  settings,
  followUpRule,
  wordFollowUp,
  speaker,
  submission,
  onStartAgain,
}: {
  interviewId: string;
  attemptId: string;
  questions: readonly Question[];
  startedAtMs: number;
  greeting: string;
  firstName: string;
  plannedMs: number;
  settings: PracticeSettings;
  followUpRule: FollowUpRule;
  /** With Gemini: the server words each follow-up the rule asks. */
  wordFollowUp: FollowUpWording | undefined;
  speaker: Speaker;
  submission: PracticeSubmission;
  onStartAgain: () => void;
}) {
  const { functions } = useFirebase();
  const router = useRouter();
  const ids = useId();
  const flow = usePracticeFlow({
    interviewId,
    attemptId,
    questions,
    startedAtMs,
    firstName,
    settings,
    followUpRule,
    wordFollowUp,
    speaker,
    submission,
  });
  const { state, dictation } = flow;
  const [cuesOn, setCuesOn] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const answerRef = useRef<HTMLTextAreaElement>(null);

  const finished = state.step === 'finished';
  const lineKey =
    state.step === 'answering' ? `${String(state.index)}:${state.followUp?.text ?? ''}` : 'end';
  const nudge = state.step === 'answering' ? state.nudge : null;

  // A new question or follow-up takes focus, so a screen reader reads it as the interviewer asks.
  const firstLine = useRef(lineKey);
  useEffect(() => {
    if (lineKey !== firstLine.current) questionRef.current?.focus();
  }, [lineKey]);

  useEffect(() => {
    if (nudge !== null) answerRef.current?.focus();
  }, [nudge]);

  // Closing the tab mid-interview asks first; the answers so far survive in sessionStorage.
  useEffect(() => {
    if (finished) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [finished]);

  async function leave() {
    dictation.setOn(false);
    speaker.stop();
    await abandonAttemptQuietly(functions, {
      interviewId,
      attemptId,
      reason: 'The candidate left the practice interview before finishing.',
    });
    removePracticeRecord(attemptId);
    router.push(interviewPath(interviewId));
  }

  if (state.step === 'finished') {
    return (
      <div className="space-y-4">
        <InterviewerLine>{state.closing}</InterviewerLine>
        <SubmissionView submission={submission} onStartAgain={onStartAgain} />
      </div>
    );
  }
  const { index, followUp } = state;
  const question = questions[index];
  if (!question) return null;
  const isLast = index === questions.length - 1;
  // The server is wording the follow-up: a brief wait, ended by the hook's deadline at worst.
  const wording = isWordingFollowUp(state);

  const hintId = `${ids}-hint`;
  const nudgeId = `${ids}-nudge`;
  return (
    <Card className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-48 flex-1">
          <p className="text-sm font-medium text-slate-700" data-testid="question-progress">
            Question {index + 1} of {questions.length}
          </p>
          <div
            role="progressbar"
            aria-label="Interview progress"
            aria-valuemin={0}
            aria-valuemax={questions.length}
            aria-valuenow={index}
            aria-valuetext={`${String(index)} of ${String(questions.length)} questions done`}
            className="mt-1.5 h-1.5 w-full max-w-xs overflow-hidden rounded-full bg-slate-100"
          >
            <div
              className="h-full rounded-full bg-brand-600 transition-[width]"
              style={{ width: `${String((index / questions.length) * 100)}%` }}
            />
          </div>
        </div>
        <Elapsed sinceMs={startedAtMs} plannedMs={plannedMs} />
        {speaker.available && (
          <button
            type="button"
            aria-pressed={speaker.enabled}
            onClick={() => {
              speaker.setEnabled(!speaker.enabled);
            }}
            className={toggleButton(speaker.enabled)}
          >
            {speaker.enabled ? (
              <Volume2 aria-hidden className="size-4" />
            ) : (
              <VolumeX aria-hidden className="size-4" />
            )}
            Read questions aloud
          </button>
        )}
      </div>

      {index === 0 && followUp === null && <InterviewerLine>{greeting}</InterviewerLine>}

      <div>
        <h2 className="text-xs font-medium tracking-wide text-slate-500 uppercase">
          Question {index + 1}
        </h2>
        {followUp !== null && (
          <p className="mt-1 text-slate-600" data-testid="followed-up-question">
            {question.text}
          </p>
        )}
        {followUp !== null && (
          <p className="mt-4 text-xs font-medium tracking-wide text-slate-500 uppercase">
            Follow-up
          </p>
        )}
        {wording ? (
          <p
            role="status"
            data-testid="follow-up-wording"
            className="mt-1 inline-flex items-center gap-2 text-lg text-slate-600"
          >
            <LoaderCircle aria-hidden className="size-4 animate-spin" />
            Thinking of a follow-up question...
          </p>
        ) : (
          <p
            ref={questionRef}
            tabIndex={-1}
            data-testid={followUp === null ? 'current-question' : 'follow-up'}
            className="mt-1 text-xl leading-snug font-medium text-slate-900 focus:outline-none"
          >
            {currentLine(state)}
          </p>
        )}
        {speaker.available && speaker.enabled && !wording && (
          <button
            type="button"
            onClick={flow.repeat}
            className="mt-2 inline-flex items-center gap-1.5 text-sm font-medium text-brand-700 hover:underline"
          >
            <Volume2 aria-hidden className="size-4" />
            Read it again
          </button>
        )}
        {!speaker.available && (
          <p className="mt-2 text-sm text-slate-500">
            Your browser cannot read questions aloud, so they are shown here only.
          </p>
        )}
      </div>

      {!wording && <AnswerClock flow={state} sinceStart={flow.sinceStart} onReady={flow.ready} />}

      <div>
        <label htmlFor={`${ids}-answer`} className="block font-medium text-slate-800">
          Your answer
        </label>
        <p id={hintId} className="mt-1 text-sm text-slate-500">
          {dictation.available
            ? 'Type your answer, or press Speak and talk: what you say is added here, and you can correct it before moving on.'
            : 'Type your answer. Speech recognition is not available in this browser, so answering by voice is not possible here.'}
        </p>
        <textarea
          id={`${ids}-answer`}
          ref={answerRef}
          rows={8}
          value={state.draft}
          disabled={wording}
          aria-describedby={nudge === null ? hintId : `${hintId} ${nudgeId}`}
          aria-invalid={nudge !== null}
          onChange={(event) => {
            flow.edit(event.target.value);
          }}
          className="mt-2 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-100 focus:outline-none"
        />
        {dictation.interim !== '' && (
          <p className="mt-1 text-sm text-slate-500 italic">
            <span className="sr-only">Hearing: </span>
            {dictation.interim}
          </p>
        )}
        {nudge !== null && (
          <p id={nudgeId} role="alert" className="mt-1 text-sm text-red-700">
            {nudge}
          </p>
        )}
        {dictation.available && (
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button
              type="button"
              aria-pressed={dictation.on}
              onClick={() => {
                dictation.setOn(!dictation.on);
              }}
              className={toggleButton(dictation.on)}
            >
              <Mic aria-hidden className={`size-4 ${dictation.on ? 'text-red-600' : ''}`} />
              Speak
            </button>
            {dictation.on && (
              <span role="status" className="text-sm text-slate-600">
                {speaker.speaking ? 'Waiting for the question to be read...' : 'Listening...'}
              </span>
            )}
            {dictation.on && (
              <label className="inline-flex items-center gap-2 text-sm text-slate-600">
                <input
                  type="checkbox"
                  checked={cuesOn}
                  onChange={(event) => {
                    setCuesOn(event.target.checked);
                  }}
                  className="size-4 accent-brand-600"
                />
                Show pace and filler words while I speak
              </label>
            )}
          </div>
        )}
        {dictation.on && cuesOn && (
          <div className="mt-2">
            <LiveCues
              text={`${state.draft} ${dictation.interim}`}
              startedAtMs={state.draftStartedAtMs}
              sinceStart={flow.sinceStart}
            />
          </div>
        )}
        {dictation.error !== null && (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {dictation.error}
          </p>
        )}
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-5">
        <LeaveInterview onLeave={leave} />
        <div className="flex flex-wrap gap-3">
          <button type="button" disabled={wording} onClick={flow.skip} className={secondaryButton}>
            <SkipForward aria-hidden className="size-4" />
            {followUp === null ? 'Skip question' : 'Skip follow-up'}
          </button>
          <button type="button" disabled={wording} onClick={flow.next} className={primaryButton}>
            {isLast ? (
              <Check aria-hidden className="size-4" />
            ) : (
              <ArrowRight aria-hidden className="size-4" />
            )}
            {isLast ? 'Finish interview' : 'Next question'}
          </button>
        </div>
      </div>
    </Card>
  );
}
