import { Target, TrendingUp } from 'lucide-react';
import Link from 'next/link';
import { secondaryButton } from '../ui/button';
import { ScoreTrend } from './score-trend';
import type { FeedbackDoc } from '@/lib/feedback/converter';
import { TREND_LENGTH } from '@/lib/feedback/hooks';
import { trendSummary, weakestCategory, weakestQuestionIds } from '@/lib/feedback/insights';
import { feedbackPath, roomPath } from '@/lib/paths';
import type { InterviewDoc } from '@/lib/interviews/converter';
import { formatDate } from '@/lib/format';

function PractiseNext({
  history,
  interviews,
}: {
  history: readonly FeedbackDoc[];
  interviews: ReadonlyMap<string, InterviewDoc>;
}) {
  const weakest = weakestCategory(history);
  if (!weakest) {
    return (
      <p className="text-sm text-slate-600">
        Your recent attempts had too little to assess for a weakest category. Answer each question
        in full next time and it will appear here.
      </p>
    );
  }
  const { focus } = weakest;
  const interview = interviews.get(focus.interviewId);
  const available = interview ? new Set(interview.questions.map((q) => q.id)) : undefined;
  const ids = interview ? weakestQuestionIds(focus.questions, available) : [];
  return (
    <div className="space-y-3">
      <p className="text-slate-700">
        <span className="font-semibold text-slate-900" data-testid="weakest-category">
          {weakest.name}
        </span>{' '}
        is your weakest category: an average of {weakest.average} over{' '}
        {weakest.attempts === 1
          ? 'your last assessed attempt'
          : `your last ${String(weakest.attempts)} assessed attempts`}
        .
      </p>
      <p className="text-sm text-slate-600">
        It was lowest ({weakest.focusScore}) in{' '}
        <Link
          href={feedbackPath(focus.interviewId, focus.attemptId)}
          className="font-medium text-brand-700 hover:underline"
        >
          your {interview?.role ?? 'interview'} attempt of {formatDate(focus.createdAt)}
        </Link>
        .
      </p>
      {interview?.status === 'ready' && (
        <Link href={roomPath(interview.id, ids)} className={secondaryButton}>
          <Target aria-hidden className="size-4" />
          {ids.length > 0 ? 'Practise its weakest questions' : 'Practise that interview again'}
        </Link>
      )}
    </div>
  );
}

/** The score trend across attempts and the category to practise next. */
export function ProgressCard({
  history,
  interviews,
}: {
  history: readonly FeedbackDoc[];
  interviews: readonly InterviewDoc[];
}) {
  const byId = new Map(interviews.map((i) => [i.id, i]));
  const summary = trendSummary(
    history.map((f) => f.totalScore),
    history.length >= TREND_LENGTH,
  );
  return (
    <section
      aria-labelledby="progress-heading"
      className="grid gap-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm md:grid-cols-2"
    >
      <div className="space-y-3">
        <h2 id="progress-heading" className="flex items-center gap-2 text-lg font-medium">
          <TrendingUp aria-hidden className="size-5 text-brand-600" />
          Your progress
        </h2>
        <p data-testid="trend-summary" className="text-slate-700">
          {summary}
        </p>
        <ScoreTrend
          history={history}
          summary={summary}
          roleOf={(id) => byId.get(id)?.role ?? 'Deleted interview'}
        />
      </div>
      <div className="space-y-3 md:border-l md:border-slate-100 md:pl-6">
        <h3 className="font-medium text-slate-900">Practise next</h3>
        <PractiseNext history={history} interviews={byId} />
      </div>
    </section>
  );
}
