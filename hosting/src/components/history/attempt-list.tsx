import { ChevronRight, History } from 'lucide-react';
import Link from 'next/link';
import { Spinner } from '../spinner';
import { AttemptStatusBadge } from './attempt-status-badge';
import type { AttemptDoc } from '@/lib/attempts/converter';
import type { FeedbackDoc } from '@/lib/feedback/converter';
import { MODE_LABELS } from '@/lib/feedback/labels';
import type { LiveList } from '@/lib/firebase/live';
import { feedbackPath } from '@/lib/paths';
import { formatClock, formatDateTime, pluralize } from '@/lib/format';

function AttemptRow({
  attempt,
  number,
  feedback,
  questionCount,
}: {
  attempt: AttemptDoc;
  number: number;
  feedback: FeedbackDoc | undefined;
  questionCount: number;
}) {
  const asked = attempt.questionIds?.length;
  const details = [
    MODE_LABELS[attempt.mode],
    asked === undefined || asked === questionCount
      ? pluralize(questionCount, 'question')
      : `${String(asked)} of ${pluralize(questionCount, 'question')}`,
    attempt.durationMs === null ? null : `${formatClock(attempt.durationMs)} long`,
  ].filter((part) => part !== null);
  return (
    <li data-testid="attempt-row" data-attempt-id={attempt.id}>
      <Link
        href={feedbackPath(attempt.interviewId, attempt.id)}
        className="group flex items-center gap-4 rounded-md border border-slate-100 bg-slate-50 p-4 transition hover:border-brand-500 hover:bg-white focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none"
      >
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-medium text-slate-900">Attempt {number}</span>
            <AttemptStatusBadge status={attempt.status} />
          </div>
          <p className="mt-1 text-sm text-slate-600">
            <time dateTime={attempt.createdAt.toISOString()}>
              {formatDateTime(attempt.createdAt)}
            </time>
            {' · '}
            {details.join(' · ')}
          </p>
        </div>
        {feedback && (
          <p data-testid="attempt-score" className="shrink-0 text-right">
            <span className="text-2xl font-semibold text-slate-900 tabular-nums">
              {feedback.totalScore}
            </span>
            <span className="text-sm text-slate-500">/100</span>
          </p>
        )}
        <ChevronRight
          aria-hidden
          className="size-4 shrink-0 text-slate-400 group-hover:text-brand-600"
        />
      </Link>
    </li>
  );
}

/** Every attempt of one interview, newest first, each with its score once it has one. */
export function AttemptList({
  attempts,
  feedback,
  questionCount,
}: {
  attempts: LiveList<AttemptDoc>;
  feedback: LiveList<FeedbackDoc>;
  questionCount: number;
}) {
  const byAttempt = new Map(
    feedback.status === 'ready' ? feedback.items.map((f) => [f.attemptId, f]) : [],
  );
  return (
    <section
      aria-labelledby="attempts-heading"
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="attempts-heading" className="flex items-center gap-2 text-lg font-medium">
        <History aria-hidden className="size-5 text-slate-500" />
        Attempts
      </h2>
      <div className="mt-4">
        {attempts.status === 'loading' && <Spinner label="Loading your attempts..." />}
        {attempts.status === 'error' && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-700">
            Could not load your attempts: {attempts.message}
          </p>
        )}
        {feedback.status === 'error' && (
          <p role="alert" className="mb-3 rounded-md bg-red-50 px-3 py-2 text-red-700">
            Could not load your scores: {feedback.message}
          </p>
        )}
        {attempts.status === 'ready' && attempts.items.length === 0 && (
          <div className="rounded-md border border-dashed border-slate-300 p-6 text-center">
            <p className="font-medium text-slate-800">No attempts yet</p>
            <p className="mx-auto mt-1 max-w-md text-sm text-slate-600">
              Every time you take this interview it is kept here with its feedback, so you can see
              how you improve.
            </p>
          </div>
        )}
        {attempts.status === 'ready' && attempts.items.length > 0 && (
          <ol aria-labelledby="attempts-heading" className="space-y-2">
            {attempts.items.map((attempt, index) => (
              <AttemptRow
                key={attempt.id}
                attempt={attempt}
                // Newest first, numbered from the first attempt.
                number={attempts.items.length - index}
                feedback={byAttempt.get(attempt.id)}
                questionCount={questionCount}
              />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
