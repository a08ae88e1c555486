'use client';

import {
  hasSpoken,
  INSUFFICIENT_CATEGORY_CAP,
  type AttemptStatus,
  WORK_LEASE_MS,
} from '@candor/core';
import {
  ArrowLeft,
  BookOpen,
  CircleCheck,
  Hourglass,
  Lightbulb,
  RotateCcw,
  Sparkles,
  TriangleAlert,
} from 'lucide-react';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { IndeterminateProgress } from '../indeterminate-progress';
import { RequireSession } from '../require-session';
import { CallCheck } from '../room/call-check';
import { useNow } from '../room/elapsed';
import { primaryButton, secondaryButton } from '../ui/button';
import { Card } from '../ui/card';
import { Unavailable } from '../ui/unavailable';
import { Problem } from '../ui/problem';
import { Spinner } from '../spinner';
import { CategoryChart } from './category-chart';
import { DeliveryPanel } from './delivery-panel';
import { PracticeLinks } from './practice-links';
import { QuestionFeedbackList } from './question-feedback-list';
import { ReportActions } from './report-actions';
import { RescoreButton } from './rescore-button';
import { SharePanel } from './share-panel';
import { AnswerTimes } from './time-in-call';
import { TranscriptPanel } from './transcript-panel';
import type { AttemptDetail, FeedbackDoc } from '@/lib/feedback/converter';
import { useAttemptDetail, useAttemptFeedback } from '@/lib/feedback/hooks';
import { scoreBand, weakestQuestionIds } from '@/lib/feedback/insights';
import { MODE_LABELS } from '@/lib/feedback/labels';
import type { LiveDoc } from '@/lib/firebase/live';
import { interviewPath, roomPath } from '@/lib/paths';
import type { InterviewDoc } from '@/lib/interviews/converter';
import { useInterview } from '@/lib/interviews/hooks';
import { formatClock, formatDateTime, pluralize } from '@/lib/format';

/** After this long a note says so, rather than leaving an unexplained wait. */
const SLOW_AFTER_MS = 60_000;

const ANNOUNCEMENTS: Record<AttemptStatus, string> = {
  created: 'This interview is still in progress',
  in_progress: 'This interview is still in progress',
  transcribed: 'Scoring your interview',
  scoring: 'Scoring your interview',
  scored: 'Your feedback is ready',
  failed: 'This interview could not be scored',
};

function InProgress({ attempt }: { attempt: AttemptDetail }) {
  return (
    <Card>
      <div className="flex gap-3">
        <Hourglass aria-hidden className="mt-0.5 size-5 shrink-0 text-slate-500" />
        <div>
          <h2 className="text-lg font-medium">This interview is still in progress</h2>
          <p className="mt-1 text-slate-600">
            Feedback appears here once the interview has finished and been scored.
            {attempt.mode === 'practice'
              ? ' If you left the room before finishing, go back to it: a practice interview that was not sent can be sent from there, in the same browser tab.'
              : ' If the call has ended, the transcript is on its way and this page updates by itself; we also look the call up with the voice service ourselves if it does not arrive.'}
          </p>
        </div>
      </div>
      {attempt.mode === 'voice' && (
        <CallCheck interviewId={attempt.interviewId} attemptId={attempt.id} />
      )}
      <div className="mt-5">
        <Link href={roomPath(attempt.interviewId)} className={primaryButton}>
          Go to the interview room
        </Link>
      </div>
    </Card>
  );
}

function Scoring({ attempt }: { attempt: AttemptDetail }) {
  const [since] = useState(() => Date.now());
  const now = useNow();
  const lease = attempt.scoringLease;
  // A run that outlived its lease has died; the server then accepts a new scoring request.
  if (attempt.status === 'scoring' && lease !== undefined && now - lease.atMs > WORK_LEASE_MS) {
    return (
      <Card>
        <Problem title="Scoring seems to have stopped">
          Scoring this interview started but did not finish. Your answers are saved: ask for a new
          score.
        </Problem>
        <div className="mt-5 flex flex-wrap items-center gap-3">
          <RescoreButton interviewId={attempt.interviewId} attemptId={attempt.id} />
        </div>
      </Card>
    );
  }
  return (
    <Card>
      <h2 className="text-lg font-medium">Scoring your interview...</h2>
      <p className="mt-1 text-slate-600">
        Reading your answers and checking that every quote in the feedback is something you actually
        said. This usually takes a few seconds, and this page updates by itself.
      </p>
      <div className="mt-5">
        <IndeterminateProgress label="Scoring your interview" />
      </div>
      <p className="mt-2 text-sm text-slate-500 tabular-nums">{formatClock(now - since)} elapsed</p>
      {now - since >= SLOW_AFTER_MS && (
        <p className="mt-3 text-sm text-slate-600">
          This is taking longer than usual. You can leave this page: the feedback will be waiting
          with this interview, and if scoring fails you will see why here.
        </p>
      )}
    </Card>
  );
}

function Failed({ attempt }: { attempt: AttemptDetail }) {
  const canRescore = hasSpoken(attempt.transcript);
  return (
    <Card>
      <Problem title="This interview could not be scored">
        {attempt.error ?? 'Something went wrong while scoring this interview.'}
      </Problem>
      {!canRescore && (
        <p className="mt-3 text-sm text-slate-600">
          Nothing you said was recorded in this attempt, so there is nothing to score. Take the
          interview again to get feedback.
        </p>
      )}
      <div className="mt-5 flex flex-wrap items-center gap-3">
        {canRescore && <RescoreButton interviewId={attempt.interviewId} attemptId={attempt.id} />}
        <Link
          href={roomPath(attempt.interviewId)}
          className={canRescore ? secondaryButton : primaryButton}
        >
          <RotateCcw aria-hidden className="size-4" />
          Retake
        </Link>
      </div>
    </Card>
  );
}

function EngineLabel({ feedback }: { feedback: FeedbackDoc }) {
  if (feedback.engine === 'offline') {
    return (
      <div className="max-w-xs space-y-1 text-left sm:text-right">
        <p className="inline-flex items-center gap-1.5 rounded-full border border-slate-200 px-2.5 py-0.5 text-xs font-medium text-slate-600">
          <BookOpen aria-hidden className="size-3.5" />
          Offline scoring
        </p>
        <p className="text-xs text-slate-500">
          No AI model is configured, so each answer was checked against the key points a good answer
          to that question covers and the common mistakes it avoids. It recognises the phrasings its
          rubric lists, so an unusual wording of a right idea may be missed; an answer it cannot
          read (no rubric, not in English) gets no score rather than a guess.
        </p>
      </div>
    );
  }
  return (
    <p className="inline-flex items-center gap-1.5 rounded-full border border-slate-200 px-2.5 py-0.5 text-xs font-medium text-slate-600">
      <Sparkles aria-hidden className="size-3.5" />
      Scored by Gemini ({feedback.model})
    </p>
  );
}

function BulletList({
  title,
  items,
  empty,
  icon,
}: {
  title: string;
  items: readonly string[];
  empty: string;
  icon: ReactNode;
}) {
  return (
    <Card>
      <h2 className="flex items-center gap-2 text-lg font-medium">
        {icon}
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{empty}</p>
      ) : (
        <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-700 marker:text-slate-400">
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function Report({
  feedback,
  attempt,
  interview,
}: {
  feedback: FeedbackDoc;
  attempt: AttemptDetail;
  interview: InterviewDoc | null;
}) {
  const available = interview ? new Set(interview.questions.map((q) => q.id)) : undefined;
  const weakest = weakestQuestionIds(feedback.questions, available);
  return (
    <div className="feedback-report space-y-6">
      <ReportActions
        report={{
          role: interview?.role ?? 'Interview',
          mode: attempt.mode,
          takenAt: attempt.createdAt,
          durationMs: attempt.durationMs,
          feedback,
        }}
      />
      <Card className="space-y-5">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <p className="text-sm font-medium text-slate-500">Overall score</p>
            <p data-testid="total-score" className="mt-1 flex items-baseline gap-1">
              <span className="text-6xl font-semibold tracking-tight text-slate-900 tabular-nums">
                {feedback.totalScore}
              </span>
              <span className="text-lg text-slate-500">/100</span>
            </p>
            <p className="mt-1 font-medium text-slate-700">{scoreBand(feedback.totalScore)}</p>
          </div>
          <EngineLabel feedback={feedback} />
        </div>
        {feedback.insufficientEvidence && (
          <div
            role="note"
            className="flex gap-3 rounded-md border border-amber-200 bg-amber-50 p-4 text-amber-900"
          >
            <TriangleAlert aria-hidden className="mt-0.5 size-5 shrink-0" />
            <div>
              <p className="font-medium">Not enough evidence for an honest assessment</p>
              <p className="mt-1 text-sm">
                Too little of what you said could be assessed, so no answer is scored and every
                category is held at {INSUFFICIENT_CATEGORY_CAP} or below. These numbers do not
                measure your ability: take the interview again and answer each question in full.
              </p>
            </div>
          </div>
        )}
        <p className="whitespace-pre-line text-slate-700">{feedback.finalAssessment}</p>
        <PracticeLinks
          interviewId={attempt.interviewId}
          weakestIds={weakest}
          noWeakestReason="None of the questions in this feedback are still part of the interview, so there is nothing to practise on its own."
        />
      </Card>

      <Card>
        <CategoryChart categories={feedback.categoryScores} />
      </Card>

      <div className="grid gap-6 md:grid-cols-2">
        <BulletList
          title="Strengths"
          items={feedback.strengths}
          empty="No strengths could be backed by your answers this time."
          icon={<CircleCheck aria-hidden className="size-5 text-emerald-600" />}
        />
        <BulletList
          title="To improve"
          items={feedback.improvements}
          empty="Nothing specific to improve was found."
          icon={<Lightbulb aria-hidden className="size-5 text-amber-600" />}
        />
      </div>

      <QuestionFeedbackList questions={feedback.questions} />

      <Card>
        <DeliveryPanel
          delivery={feedback.delivery}
          mode={attempt.mode}
          questionsAsked={feedback.questions.length}
        />
      </Card>

      {attempt.timing && (
        <Card>
          <AnswerTimes timing={attempt.timing} questions={feedback.questions} />
        </Card>
      )}

      <TranscriptPanel
        transcript={attempt.transcript}
        truncated={attempt.transcriptTruncated === true}
      />

      <p className="text-xs text-slate-500">
        Scored {formatDateTime(feedback.createdAt)} ·{' '}
        {feedback.engine === 'offline' ? 'rubric' : 'prompt'} {feedback.promptVersion}
      </p>

      <SharePanel interviewId={attempt.interviewId} attemptId={attempt.id} />
    </div>
  );
}

function Body({
  attempt,
  feedback,
  interview,
}: {
  attempt: AttemptDetail;
  feedback: LiveDoc<FeedbackDoc>;
  interview: InterviewDoc | null;
}) {
  // Feedback exists only once the attempt is scored; it is shown whatever the attempt says, so
  // the two listeners settling in either order never hides it.
  if (feedback.status === 'ready') {
    return <Report feedback={feedback.value} attempt={attempt} interview={interview} />;
  }
  if (feedback.status === 'error') {
    return (
      <Card>
        <Problem title="Could not load the feedback">{feedback.message}</Problem>
      </Card>
    );
  }
  switch (attempt.status) {
    case 'created':
    case 'in_progress':
      return <InProgress attempt={attempt} />;
    case 'transcribed':
    case 'scoring':
      return <Scoring attempt={attempt} />;
    case 'failed':
      return <Failed attempt={attempt} />;
    case 'scored':
      return <Spinner label="Loading your feedback..." />;
  }
}

function AttemptPage({
  attempt,
  feedback,
  interview,
}: {
  attempt: AttemptDetail;
  feedback: LiveDoc<FeedbackDoc>;
  interview: InterviewDoc | null;
}) {
  const asked = attempt.questionIds?.length ?? interview?.questions.length;
  const details = [
    formatDateTime(attempt.createdAt),
    `${MODE_LABELS[attempt.mode]} interview`,
    asked === undefined ? null : pluralize(asked, 'question'),
    attempt.durationMs === null ? null : `${formatClock(attempt.durationMs)} long`,
  ].filter((part) => part !== null);
  return (
    <div className="space-y-6">
      <Link
        href={interviewPath(attempt.interviewId)}
        className="inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-slate-900"
      >
        <ArrowLeft aria-hidden className="size-4" />
        Back to the interview
      </Link>
      <header>
        <p className="text-sm font-medium text-brand-700">Feedback</p>
        <h1 className="mt-1 text-2xl font-semibold break-words">
          {interview?.role ?? 'Your interview'}
        </h1>
        <p className="mt-1 text-sm text-slate-500">{details.join(' · ')}</p>
      </header>
      <p role="status" className="sr-only">
        {feedback.status === 'ready' ? ANNOUNCEMENTS.scored : ANNOUNCEMENTS[attempt.status]}
      </p>
      <Body attempt={attempt} feedback={feedback} interview={interview} />
    </div>
  );
}

function FeedbackLoader({
  uid,
  interviewId,
  attemptId,
}: {
  uid: string;
  interviewId: string;
  attemptId: string;
}) {
  const attempt = useAttemptDetail(interviewId, attemptId);
  const feedback = useAttemptFeedback(uid, attemptId);
  const interview = useInterview(interviewId);
  switch (attempt.status) {
    case 'loading':
      return <Spinner label="Loading your feedback..." />;
    case 'not-found':
      return (
        <Unavailable title="Attempt not found">
          This attempt does not exist, or it belongs to another account.
        </Unavailable>
      );
    case 'error':
      return (
        <Unavailable title="Could not load this attempt">
          <p role="alert">{attempt.message}</p>
        </Unavailable>
      );
    case 'ready':
      return (
        <AttemptPage
          attempt={attempt.value}
          feedback={feedback}
          interview={interview.status === 'ready' ? interview.interview : null}
        />
      );
  }
}

/** The feedback of one attempt, kept live: it moves from scoring to the result by itself. */
export function FeedbackView({
  interviewId,
  attemptId,
}: {
  interviewId: string;
  attemptId: string;
}) {
  return (
    <RequireSession>
      {(uid) => <FeedbackLoader uid={uid} interviewId={interviewId} attemptId={attemptId} />}
    </RequireSession>
  );
}
