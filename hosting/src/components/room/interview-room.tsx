'use client';

import {
  candidateFirstName,
  defaultAnswerTargetMs,
  greetingLine,
  plannedInterviewMs,
  type AttemptMode,
} from '@candor/core';
import { ArrowLeft, History, LoaderCircle, Mic, Play, Trash2 } from 'lucide-react';
import Link from 'next/link';
import { useState } from 'react';
import { RequireSession } from '../require-session';
import { Spinner } from '../spinner';
import { UsageNote } from '../usage-note';
import { ModeChoice } from './mode-choice';
import { PracticeOptions } from './practice-options';
import { PracticeSession, SubmissionView } from './practice-session';
import { primaryButton, secondaryButton } from '../ui/button';
import { Card } from '../ui/card';
import { Unavailable } from '../ui/unavailable';
import { Problem } from '../ui/problem';
import { VoiceSession, VoiceTips } from './voice-session';
import { abandonAttemptQuietly, startPracticeAttempt } from '@/lib/attempts/api';
import { useCapabilities } from '@/lib/attempts/hooks';
import {
  hasAnswers,
  removePracticeRecord,
  savePracticeRecord,
  unsentPracticeRecords,
  type PracticeRecord,
} from '@/lib/attempts/practice';
import type { FollowUpWording } from '@/lib/attempts/follow-up-rule';
import type { FollowUpRule, PracticeSettings } from '@/lib/attempts/practice-flow';
import { selectQuestions, type QuestionSelection } from '@/lib/attempts/questions';
import { usePracticeSubmission } from '@/lib/attempts/use-practice-submission';
import { useSpeaker } from '@/lib/attempts/use-speaker';
import { useVoiceCall } from '@/lib/attempts/use-voice-call';
import { useAuthState, useFirebase } from '@/lib/firebase/firebase-provider';
import { describeFunctionError } from '@/lib/functions/call';
import type { InterviewDoc } from '@/lib/interviews/converter';
import { useInterview } from '@/lib/interviews/hooks';
import { DASHBOARD_PATH, interviewPath, roomPath } from '@/lib/paths';
import { formatDateTime, pluralize } from '@/lib/format';
import { useHydrated } from '@/lib/use-hydrated';
import { useUserProfile } from '@/lib/users/user-profile';

type Stage =
  | { kind: 'choose' }
  | { kind: 'voice' }
  | {
      kind: 'practice';
      attemptId: string;
      startedAtMs: number;
      greeting: string;
      firstName: string;
      followUpRule: FollowUpRule;
      /** Fixed for the session: with Gemini, the server words follow-ups. */
      wordFollowUp: FollowUpWording | undefined;
    }
  /** Sending a session left unsent by an earlier visit. */
  | { kind: 'resend' };

function UnsentSessions({
  records,
  onSend,
  onDiscard,
}: {
  records: readonly PracticeRecord[];
  onSend: (record: PracticeRecord) => void;
  onDiscard: (record: PracticeRecord) => void;
}) {
  if (records.length === 0) return null;
  return (
    <Card className="border-amber-200">
      <h2 className="flex items-center gap-2 font-medium text-amber-900">
        <History aria-hidden className="size-5" />
        Unsent practice {records.length === 1 ? 'interview' : 'interviews'}
      </h2>
      <ul className="mt-3 space-y-3">
        {records.map((record) => {
          const answers = record.answers.filter((a) => a.text.trim() !== '').length;
          return (
            <li
              key={record.attemptId}
              className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-amber-50 p-3"
            >
              <p className="text-sm text-amber-900">
                Started {formatDateTime(new Date(record.startedAtMs))}:{' '}
                {pluralize(answers, 'answer')}
                {record.endedAtMs === null ? ', not finished' : ', finished but not sent'}.
              </p>
              <div className="flex flex-wrap gap-2">
                {hasAnswers(record.answers) && (
                  <button
                    type="button"
                    onClick={() => {
                      onSend(record);
                    }}
                    className={primaryButton}
                  >
                    Send for feedback
                  </button>
                )}
                <button
                  type="button"
                  onClick={() => {
                    onDiscard(record);
                  }}
                  className={secondaryButton}
                >
                  <Trash2 aria-hidden className="size-4" />
                  Discard
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

/** The way back, the role and the length: drawn by the server with the interview it read. */
function RoomHeader({
  interview,
  selection,
  plannedMs,
  backLink,
}: {
  interview: InterviewDoc;
  selection: QuestionSelection;
  /** How long the interview is expected to take, from the chosen answer target. */
  plannedMs: number;
  backLink: boolean;
}) {
  const subset = selection.questionIds !== undefined;
  return (
    <>
      {backLink && (
        <Link
          href={interviewPath(interview.id)}
          className="inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-slate-900"
        >
          <ArrowLeft aria-hidden className="size-4" />
          Back to the interview
        </Link>
      )}
      <header>
        <p className="text-sm font-medium text-brand-700">Interview room</p>
        <h1 className="mt-1 text-2xl font-semibold break-words">{interview.role}</h1>
        <p className="mt-1 text-slate-600">
          {subset
            ? `${String(selection.questions.length)} of ${pluralize(interview.questions.length, 'question')}`
            : pluralize(selection.questions.length, 'question')}
          {' · '}about {pluralize(Math.round(plannedMs / 60_000), 'minute')}
        </p>
      </header>
    </>
  );
}

function Room({
  interview,
  selection,
  uid,
}: {
  interview: InterviewDoc;
  selection: QuestionSelection;
  uid: string;
}) {
  const { functions } = useFirebase();
  const auth = useAuthState();
  const capabilities = useCapabilities();
  const profile = useUserProfile(uid);
  const speaker = useSpeaker();
  const submission = usePracticeSubmission();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [choice, setChoice] = useState<AttemptMode | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  // Sessions left unsent are in this browser's storage: none while the server draws the room and
  // React hydrates it (so both draw the same), read from storage from then on until changed here.
  const hydrated = useHydrated();
  const [unsentState, setUnsent] = useState<PracticeRecord[] | null>(null);
  const unsent = unsentState ?? (hydrated ? unsentPracticeRecords(interview.id) : []);
  const defaultTargetMs = defaultAnswerTargetMs(selection.questions.map((q) => q.kind));
  const [pacing, setPacing] = useState<PracticeSettings>({
    answerTargetMs: defaultTargetMs,
    thinkingTime: false,
  });
  const voice = useVoiceCall(interview.id, selection.questionIds, pacing.answerTargetMs);

  const voiceAvailable = capabilities.status === 'ready' && capabilities.voice;
  // The candidate's pick wins while it is possible; otherwise voice when the site has it.
  const mode: AttemptMode = choice === 'practice' || !voiceAvailable ? 'practice' : 'voice';
  const planned = plannedInterviewMs({
    questionCount: selection.questions.length,
    answerTargetMs: pacing.answerTargetMs,
    // Thinking time is a practice option; the voice agent simply waits.
    thinkingTime: mode === 'practice' && pacing.thinkingTime,
  });
  // With Gemini the server words each follow-up the rule asks (the rule itself stays local).
  const wordFollowUps = capabilities.status === 'ready' && capabilities.engine === 'gemini';

  function backToChoice() {
    voice.reset();
    submission.reset();
    setStartError(null);
    setUnsent(unsentPracticeRecords(interview.id));
    setStage({ kind: 'choose' });
  }

  async function startPractice() {
    const first = selection.questions[0];
    if (!first) return;
    setStarting(true);
    setStartError(null);
    try {
      // The follow-up rule downloads while the attempt starts (see follow-up-rule.ts).
      const [{ attemptId }, { followUpRule, serverWording }] = await Promise.all([
        startPracticeAttempt(functions, interview.id, selection.questionIds),
        import('@/lib/attempts/follow-up-rule'),
      ]);
      const startedAtMs = Date.now();
      const firstName = candidateFirstName(
        profile.status === 'ready'
          ? profile.profile.displayName
          : auth.status === 'signed-in'
            ? auth.user.displayName
            : null,
      );
      const greeting = greetingLine(firstName, interview.role, selection.questions.length);
      savePracticeRecord({
        interviewId: interview.id,
        attemptId,
        startedAtMs,
        endedAtMs: null,
        answers: [],
        answerTargetMs: pacing.answerTargetMs,
      });
      // Queued, not awaited: the first question is on screen while it is being read.
      speaker.say(greeting);
      speaker.say(first.text);
      setStage({
        kind: 'practice',
        attemptId,
        startedAtMs,
        greeting,
        firstName,
        followUpRule,
        wordFollowUp: wordFollowUps
          ? serverWording(functions, { interviewId: interview.id, attemptId })
          : undefined,
      });
    } catch (error) {
      setStartError(describeFunctionError(error));
    } finally {
      setStarting(false);
    }
  }

  function startVoice() {
    setStage({ kind: 'voice' });
    void voice.start();
  }

  function resend(record: PracticeRecord) {
    setStage({ kind: 'resend' });
    void submission.submit(record);
  }

  function discard(record: PracticeRecord) {
    removePracticeRecord(record.attemptId);
    setUnsent(unsent.filter((r) => r.attemptId !== record.attemptId));
    void abandonAttemptQuietly(functions, {
      interviewId: record.interviewId,
      attemptId: record.attemptId,
      reason: 'The candidate discarded this practice interview without sending it.',
    });
  }

  return (
    <div className="space-y-6">
      <RoomHeader
        interview={interview}
        selection={selection}
        plannedMs={planned}
        backLink={stage.kind === 'choose'}
      />

      {stage.kind === 'choose' && (
        <>
          <UnsentSessions records={unsent} onSend={resend} onDiscard={discard} />
          {selection.unknownIds.length > 0 && (
            <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              {pluralize(selection.unknownIds.length, 'chosen question')}{' '}
              {selection.unknownIds.length === 1 ? 'is' : 'are'} no longer part of this interview
              and will not be asked.
            </p>
          )}
          <Card className="space-y-5">
            <ModeChoice mode={mode} capabilities={capabilities} onSelect={setChoice} />
            {mode === 'voice' && <VoiceTips />}
            <PracticeOptions
              settings={pacing}
              defaultTargetMs={defaultTargetMs}
              thinkingTimeOption={mode === 'practice'}
              onChange={setPacing}
            />
            {startError !== null && (
              <Problem title="The interview did not start">{startError}</Problem>
            )}
            <button
              type="button"
              disabled={starting}
              onClick={() => {
                if (mode === 'voice') startVoice();
                else void startPractice();
              }}
              className={primaryButton}
            >
              {starting ? (
                <LoaderCircle aria-hidden className="size-4 animate-spin" />
              ) : mode === 'voice' ? (
                <Mic aria-hidden className="size-4" />
              ) : (
                <Play aria-hidden className="size-4" />
              )}
              {starting
                ? 'Starting...'
                : mode === 'voice'
                  ? 'Start voice interview'
                  : 'Start practice interview'}
            </button>
            <UsageNote kind="attempts" />
          </Card>
        </>
      )}

      {stage.kind === 'voice' && (
        <VoiceSession
          call={voice}
          interviewId={interview.id}
          plannedMs={planned}
          onBack={backToChoice}
        />
      )}

      {stage.kind === 'practice' && (
        <PracticeSession
          key={stage.attemptId}
          interviewId={interview.id}
          attemptId={stage.attemptId}
          questions={selection.questions}
          startedAtMs={stage.startedAtMs}
          greeting={stage.greeting}
          firstName={stage.firstName}
          plannedMs={planned}
          settings={pacing}
          followUpRule={stage.followUpRule}
          wordFollowUp={stage.wordFollowUp}
          speaker={speaker}
          submission={submission}
          onStartAgain={backToChoice}
        />
      )}

      {stage.kind === 'resend' && (
        <SubmissionView submission={submission} onStartAgain={backToChoice} />
      )}
    </div>
  );
}

function RoomLoader({
  id,
  requested,
  uid,
}: {
  id: string;
  requested: string[] | undefined;
  uid: string;
}) {
  const state = useInterview(id);
  switch (state.status) {
    case 'loading':
      return <Spinner label="Loading the interview..." />;
    case 'not-found':
      return (
        <Unavailable
          title="Interview not found"
          href={DASHBOARD_PATH}
          linkLabel="Go to your dashboard"
        >
          This interview does not exist, or it belongs to another account.
        </Unavailable>
      );
    case 'error':
      return (
        <Unavailable
          title="Could not load this interview"
          href={DASHBOARD_PATH}
          linkLabel="Go to your dashboard"
        >
          <p role="alert">{state.message}</p>
        </Unavailable>
      );
    case 'ready':
      break;
  }
  const { interview } = state;
  if (interview.status !== 'ready') {
    return (
      <Unavailable
        title="This interview is not ready"
        href={interviewPath(interview.id)}
        linkLabel="Back to the interview"
      >
        {interview.status === 'generating'
          ? 'Its questions are still being written. They usually take a few seconds: go back, and start the interview once they appear.'
          : 'Its questions could not be written, so there is nothing to ask yet. Go back to the interview to try generating them again.'}
      </Unavailable>
    );
  }
  const selection = selectQuestions(interview.questions, requested);
  if (selection.questions.length === 0) {
    return (
      <Unavailable
        title="Those questions are not in this interview"
        href={roomPath(interview.id)}
        linkLabel="Practise all of its questions instead"
      >
        The link asked for questions that this interview does not have. They may come from an older
        version of the interview.
      </Unavailable>
    );
  }
  return <Room interview={interview} selection={selection} uid={uid} />;
}

/** The interview room: choose a mode, run the interview, then wait for the feedback. */
export function InterviewRoom({ id, questionIds }: { id: string; questionIds?: string[] }) {
  return (
    <RequireSession>
      {(uid) => <RoomLoader id={id} requested={questionIds} uid={uid} />}
    </RequireSession>
  );
}
