'use client';

import {
  WORK_LEASE_MS,
  type CheckInterviewInput,
  type CheckInterviewOutput,
  type Engine,
  type RetryInterviewInput,
} from '@candor/core';
import {
  ArrowLeft,
  BookOpen,
  CircleAlert,
  RefreshCw,
  RotateCcw,
  Sparkles,
  type LucideIcon,
} from 'lucide-react';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { PracticeLinks } from './feedback/practice-links';
import { AttemptList } from './history/attempt-list';
import { IndeterminateProgress } from './indeterminate-progress';
import { InterviewStatusBadge } from './interview-status-badge';
import { RequireSession } from './require-session';
import { useNow } from './room/elapsed';
import { Spinner } from './spinner';
import type { AttemptDoc } from '@/lib/attempts/converter';
import type { FeedbackDoc } from '@/lib/feedback/converter';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { useInterviewAttempts, useInterviewFeedback } from '@/lib/feedback/hooks';
import { weakestQuestionIds } from '@/lib/feedback/insights';
import type { LiveList } from '@/lib/firebase/live';
import { callFunction, describeFunctionError } from '@/lib/functions/call';
import type { InterviewDoc } from '@/lib/interviews/converter';
import { useInterview } from '@/lib/interviews/hooks';
import { ENGINE_LABELS, KIND_LABELS, LEVEL_LABELS, TYPE_LABELS } from '@/lib/interviews/labels';
import { formatDateTime, formatTime, pluralize } from '@/lib/format';
import { DASHBOARD_PATH } from '@/lib/paths';
import { Button } from './ui/button';
import { Card } from './ui/card';
import { Unavailable } from './ui/unavailable';

/** After this long a note says so, rather than leaving an unexplained wait. */
const SLOW_AFTER_SECONDS = 45;

const STATUS_ANNOUNCEMENTS = {
  generating: 'Generating your questions',
  ready: 'Your questions are ready',
  failed: 'Generating your questions failed',
} as const;

function BackLink() {
  return (
    <Link
      href={DASHBOARD_PATH}
      className="inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-slate-900"
    >
      <ArrowLeft aria-hidden className="size-4" />
      Dashboard
    </Link>
  );
}

function Badge({ children }: { children: ReactNode }) {
  return (
    <li className="rounded-full bg-slate-100 px-2.5 py-0.5 text-sm font-medium text-slate-700">
      {children}
    </li>
  );
}

function EngineLabel({ engine }: { engine: Engine }) {
  const { label, description } = ENGINE_LABELS[engine];
  const Icon = engine === 'gemini' ? Sparkles : BookOpen;
  return (
    <p
      title={description}
      className="inline-flex items-center gap-1.5 rounded-full border border-slate-200 px-2.5 py-0.5 text-xs font-medium text-slate-600"
    >
      <Icon aria-hidden className="size-3.5" />
      {label}
    </p>
  );
}

/** What a check found, in words; nothing when the page itself shows the result. */
function describeCheck(result: CheckInterviewOutput): string | null {
  switch (result.outcome) {
    case 'running':
      return result.stalledAfterMs === undefined
        ? 'Your questions are still being written.'
        : `Your questions are still being written. If they are not ready by ${formatTime(result.stalledAfterMs)}, the run has stopped and is started again.`;
    case 'retried':
      return 'The run had stopped, so it was started again.';
    case 'failed':
    case 'settled':
      return null;
  }
}

/**
 * A button that calls the server and shows what came back: a note from `run`, or the error in
 * words the user can act on. Success usually needs no note: the live listener shows the result.
 */
function ServerAction({
  label,
  busyLabel,
  icon,
  primary,
  run,
}: {
  label: string;
  busyLabel: string;
  icon: LucideIcon;
  primary: boolean;
  run: () => Promise<string | null>;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function act() {
    setBusy(true);
    setMessage(null);
    try {
      const text = await run();
      setMessage(text === null ? null : { text, error: false });
    } catch (err) {
      setMessage({ text: describeFunctionError(err), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        variant={primary ? 'primary' : 'secondary'}
        busy={busy}
        icon={icon}
        busyLabel={busyLabel}
        onClick={() => void act()}
      >
        {label}
      </Button>
      {message !== null && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={`text-sm ${message.error ? 'text-red-700' : 'text-slate-600'}`}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}

/** "Check now": the server's own reconciliation for this interview, rate-limited there. */
function CheckNow({ interviewId }: { interviewId: string }) {
  const { functions } = useFirebase();
  return (
    <div className="mt-4">
      <ServerAction
        label="Check now"
        busyLabel="Checking..."
        icon={RefreshCw}
        primary={false}
        run={async () =>
          describeCheck(
            await callFunction<CheckInterviewInput, CheckInterviewOutput>(
              functions,
              'checkInterview',
              { interviewId },
            ),
          )
        }
      />
    </div>
  );
}

function Generating({ interview }: { interview: InterviewDoc }) {
  const now = useNow();
  // The start time is the server's clock; a browser clock running behind must not go negative.
  const elapsed = Math.max(0, Math.floor((now - interview.updatedAt.getTime()) / 1000));
  const lease = interview.generationLease;
  // A run that has not finished within its lease has stopped: the server then starts it again.
  const stalledAtMs = (lease?.atMs ?? interview.updatedAt.getTime()) + WORK_LEASE_MS;
  const stalled = now >= stalledAtMs;
  const secondRun = (lease?.recoveries ?? 0) > 0;
  const slow = elapsed >= SLOW_AFTER_SECONDS || stalled || secondRun;
  return (
    <Card>
      <h2 className="text-lg font-medium">Generating your questions...</h2>
      <p className="mt-1 text-slate-600">
        Writing {pluralize(interview.questionCount, 'question')} for this{' '}
        {LEVEL_LABELS[interview.level].toLowerCase()} role. This usually takes a few seconds.
      </p>
      <div className="mt-5">
        <IndeterminateProgress label="Generating questions" />
      </div>
      <p className="mt-2 text-sm text-slate-500 tabular-nums">{elapsed} s elapsed</p>
      {slow && (
        <div data-testid="generation-wait" className="mt-4 rounded-md bg-slate-50 p-4 text-sm">
          <p className="text-slate-700">
            {stalled
              ? 'This run seems to have stopped before it finished. Check now to start it again; if you leave, it is started again automatically within a few minutes.'
              : lease === undefined
                ? `Waiting for the question writer to start. If it has not started by ${formatTime(stalledAtMs)}, it is started again automatically.`
                : `Waiting for the AI service to finish writing (this run started ${formatTime(lease.atMs)}). If it has not finished by ${formatTime(stalledAtMs)}, it is started again automatically.`}
          </p>
          {secondRun && (
            <p className="mt-2 text-slate-600">
              The first run stopped before it finished; this is the second and last automatic try.
              If it stops too, you will see why here, with a button to try again.
            </p>
          )}
          <p className="mt-2 text-slate-600">
            You can leave this page: the questions will be waiting on your dashboard.
          </p>
          <CheckNow interviewId={interview.id} />
        </div>
      )}
    </Card>
  );
}

function Questions({ interview }: { interview: InterviewDoc }) {
  return (
    <Card>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="questions-heading" className="text-lg font-medium">
          Questions
        </h2>
        {interview.engine !== undefined && <EngineLabel engine={interview.engine} />}
      </div>
      <ol aria-labelledby="questions-heading" className="mt-4 space-y-3">
        {interview.questions.map((question, index) => (
          <li
            key={question.id}
            className="flex gap-3 rounded-md border border-slate-100 bg-slate-50 p-4"
          >
            <span
              aria-hidden
              className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-700"
            >
              {index + 1}
            </span>
            <div className="min-w-0 flex-1">
              <p className="text-slate-900">
                <span className="sr-only">Question {index + 1}: </span>
                {question.text}
              </p>
              <p className="mt-1.5 text-xs font-medium tracking-wide text-slate-500 uppercase">
                {KIND_LABELS[question.kind]}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}

function Failed({ interview }: { interview: InterviewDoc }) {
  const { functions } = useFirebase();
  return (
    <Card className="border-red-200">
      <div role="alert" className="flex gap-3">
        <CircleAlert aria-hidden className="mt-0.5 size-5 shrink-0 text-red-600" />
        <div>
          <h2 className="font-medium text-red-800">We could not write your questions</h2>
          <p className="mt-1 text-sm whitespace-pre-line text-red-700">
            {interview.error ?? 'Something went wrong while generating the questions.'}
          </p>
        </div>
      </div>
      <div className="mt-5">
        <ServerAction
          label="Try again"
          busyLabel="Trying again..."
          icon={RotateCcw}
          primary
          run={async () => {
            // Success needs no note: the listener sees the status go back to generating.
            await callFunction<RetryInterviewInput, unknown>(functions, 'retryInterview', {
              interviewId: interview.id,
            });
            return null;
          }}
        />
      </div>
    </Card>
  );
}

/**
 * The room's entry points: start (or retake) the interview, or practise the weakest questions of
 * the latest scored attempt. Shown once the attempts are known, so the label does not flip.
 */
function InterviewActions({
  interview,
  attempts,
  feedback,
}: {
  interview: InterviewDoc;
  attempts: LiveList<AttemptDoc>;
  feedback: LiveList<FeedbackDoc>;
}) {
  if (attempts.status === 'loading') return null;
  const firstAttempt = attempts.status === 'ready' && attempts.items.length === 0;
  const latest = feedback.status === 'ready' ? feedback.items.at(-1) : undefined;
  const available = new Set(interview.questions.map((q) => q.id));
  let weakestIds: string[] | null = null;
  if (latest) weakestIds = weakestQuestionIds(latest.questions, available);
  else if (!firstAttempt && feedback.status === 'ready') weakestIds = [];
  return (
    <PracticeLinks
      interviewId={interview.id}
      firstAttempt={firstAttempt}
      weakestIds={weakestIds}
      noWeakestReason={
        latest
          ? 'None of the questions of your latest feedback are still part of this interview.'
          : 'Available once an attempt has been scored.'
      }
    />
  );
}

function InterviewDetails({ interview, uid }: { interview: InterviewDoc; uid: string }) {
  const attempts = useInterviewAttempts(uid, interview.id);
  const feedback = useInterviewFeedback(uid, interview.id);
  return (
    <div className="space-y-6">
      <BackLink />
      <header className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-3">
              <h1 className="text-2xl font-semibold break-words">{interview.role}</h1>
              <InterviewStatusBadge status={interview.status} />
            </div>
            <p className="mt-1 text-sm text-slate-500">
              Created {formatDateTime(interview.createdAt)}
            </p>
          </div>
          {interview.status === 'ready' && (
            <InterviewActions interview={interview} attempts={attempts} feedback={feedback} />
          )}
        </div>
        <ul aria-label="Interview details" className="flex flex-wrap gap-2">
          <Badge>{LEVEL_LABELS[interview.level]}</Badge>
          <Badge>{TYPE_LABELS[interview.type]}</Badge>
          <Badge>{pluralize(interview.questionCount, 'question')}</Badge>
        </ul>
        {interview.techStack.length > 0 && (
          <ul aria-label="Tech stack" className="flex flex-wrap gap-2">
            {interview.techStack.map((tech) => (
              <li
                key={tech}
                className="rounded-full bg-brand-50 px-2.5 py-0.5 text-sm font-medium text-brand-700"
              >
                {tech}
              </li>
            ))}
          </ul>
        )}
        {interview.jobDescription !== undefined && (
          <details className="group rounded-md border border-slate-200 bg-white px-4 py-2 text-sm">
            <summary className="cursor-pointer font-medium text-slate-700">Job description</summary>
            <p className="mt-2 pb-2 whitespace-pre-line text-slate-600">
              {interview.jobDescription}
            </p>
          </details>
        )}
      </header>

      <p role="status" className="sr-only">
        {STATUS_ANNOUNCEMENTS[interview.status]}
      </p>
      {interview.status === 'generating' && <Generating interview={interview} />}
      {interview.status === 'ready' && (
        <>
          <AttemptList
            attempts={attempts}
            feedback={feedback}
            questionCount={interview.questions.length}
          />
          <Questions interview={interview} />
        </>
      )}
      {interview.status === 'failed' && <Failed interview={interview} />}
    </div>
  );
}

function InterviewLoader({ id, uid }: { id: string; uid: string }) {
  const state = useInterview(id);
  switch (state.status) {
    case 'loading':
      return <Spinner label="Loading the interview..." />;
    case 'not-found':
      return (
        <Unavailable title="Interview not found">
          This interview does not exist, or it belongs to another account.
        </Unavailable>
      );
    case 'error':
      return (
        <Unavailable title="Could not load this interview">
          <p role="alert">{state.message}</p>
        </Unavailable>
      );
    case 'ready':
      return <InterviewDetails interview={state.interview} uid={uid} />;
  }
}

/**
 * One interview, kept live: it moves from generating to its questions without a reload, and its
 * attempts appear with their scores as they are taken and scored.
 */
export function InterviewView({ id }: { id: string }) {
  return <RequireSession>{(uid) => <InterviewLoader id={id} uid={uid} />}</RequireSession>;
}
