'use client';

import { ChevronRight, Plus } from 'lucide-react';
import Link from 'next/link';
import { ProgressCard } from './history/progress-card';
import { InterviewStatusBadge } from './interview-status-badge';
import { RequireSession } from './require-session';
import { Spinner } from './spinner';
import type { FeedbackDoc } from '@/lib/feedback/converter';
import { useFeedbackHistory } from '@/lib/feedback/hooks';
import type { LiveList } from '@/lib/firebase/live';
import type { InterviewDoc } from '@/lib/interviews/converter';
import { useInterviews, type InterviewListState } from '@/lib/interviews/hooks';
import { LEVEL_LABELS, TYPE_LABELS } from '@/lib/interviews/labels';
import { formatDate, pluralize } from '@/lib/format';
import { interviewPath, NEW_INTERVIEW_PATH } from '@/lib/paths';
import { primaryButton } from './ui/button';
import { useUserProfile, type ProfileState } from '@/lib/users/user-profile';

function Greeting({ profile }: { profile: ProfileState }) {
  switch (profile.status) {
    case 'loading':
      return <Spinner label="Loading your profile..." />;
    case 'missing':
      return <Spinner label="Setting up your profile..." />;
    case 'error':
      return (
        <p role="alert" className="text-red-700">
          Could not load your profile: {profile.message}
        </p>
      );
    case 'ready':
      return (
        <h1 className="text-2xl font-semibold">
          Welcome, <span data-testid="display-name">{profile.profile.displayName}</span>
        </h1>
      );
  }
}

function EmptyState() {
  return (
    <section
      aria-labelledby="interviews-heading"
      className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center"
    >
      <h2 id="interviews-heading" className="text-lg font-medium">
        No interviews yet
      </h2>
      <p className="mx-auto mt-2 max-w-md text-slate-600">
        Describe the job you are preparing for and Candor will write a tailored set of questions,
        interview you out loud and tell you honestly how it went.
      </p>
    </section>
  );
}

function InterviewRow({ interview }: { interview: InterviewDoc }) {
  return (
    <li>
      <Link
        href={interviewPath(interview.id)}
        className="group flex items-center gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-500 hover:shadow focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none"
      >
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="truncate font-medium text-slate-900">{interview.role}</span>
            <InterviewStatusBadge status={interview.status} />
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {LEVEL_LABELS[interview.level]} · {TYPE_LABELS[interview.type]} ·{' '}
            {pluralize(interview.questionCount, 'question')}
          </p>
          {interview.techStack.length > 0 && (
            <p className="mt-0.5 truncate text-sm text-slate-500">
              {interview.techStack.join(', ')}
            </p>
          )}
        </div>
        <div className="flex shrink-0 items-center gap-2 text-sm text-slate-500">
          <time dateTime={interview.createdAt.toISOString()}>
            {formatDate(interview.createdAt)}
          </time>
          <ChevronRight aria-hidden className="size-4 text-slate-400 group-hover:text-brand-600" />
        </div>
      </Link>
    </li>
  );
}

function InterviewList({ state }: { state: InterviewListState }) {
  switch (state.status) {
    case 'loading':
      return <Spinner label="Loading your interviews..." />;
    case 'error':
      return (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-700">
          Could not load your interviews: {state.message}
        </p>
      );
    case 'ready':
      if (state.interviews.length === 0) return <EmptyState />;
      return (
        <section aria-labelledby="interviews-heading">
          <h2 id="interviews-heading" className="text-lg font-medium">
            Your interviews
          </h2>
          <ul aria-labelledby="interviews-heading" className="mt-3 space-y-3">
            {state.interviews.map((interview) => (
              <InterviewRow key={interview.id} interview={interview} />
            ))}
          </ul>
        </section>
      );
  }
}

/** Only once there is something to show: a new user's dashboard stays about getting started. */
function Progress({
  history,
  interviews,
}: {
  history: LiveList<FeedbackDoc>;
  interviews: InterviewListState;
}) {
  if (history.status === 'error') {
    return (
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-700">
        Could not load your progress: {history.message}
      </p>
    );
  }
  if (history.status !== 'ready' || history.items.length === 0) return null;
  return (
    <ProgressCard
      history={history.items}
      interviews={interviews.status === 'ready' ? interviews.interviews : []}
    />
  );
}

function DashboardContent({ uid }: { uid: string }) {
  const profile = useUserProfile(uid);
  const interviews = useInterviews(uid);
  const history = useFeedbackHistory(uid);
  // One loading state for all, so the page appears whole instead of jumping as each part lands.
  if (
    profile.status === 'loading' ||
    interviews.status === 'loading' ||
    history.status === 'loading'
  ) {
    return <Spinner label="Loading your dashboard..." />;
  }
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <Greeting profile={profile} />
        <Link href={NEW_INTERVIEW_PATH} className={primaryButton}>
          <Plus aria-hidden className="size-4" />
          New interview
        </Link>
      </div>
      <Progress history={history} interviews={interviews} />
      <InterviewList state={interviews} />
    </div>
  );
}

export function Dashboard() {
  return <RequireSession>{(uid) => <DashboardContent uid={uid} />}</RequireSession>;
}
