'use client';

import type { AttemptMode, AttemptStatus } from '@candor/core';
import { RotateCcw } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { IndeterminateProgress } from '../indeterminate-progress';
import { Spinner } from '../spinner';
import { CallCheck } from './call-check';
import { useNow } from './elapsed';
import { primaryButton, secondaryButton } from '../ui/button';
import { Card } from '../ui/card';
import { Problem } from '../ui/problem';
import { useAttempt } from '@/lib/attempts/hooks';
import { feedbackPath, interviewPath } from '@/lib/paths';

/** Statuses at which the feedback page has something to show (or to wait on itself). */
const READY: readonly AttemptStatus[] = ['transcribed', 'scoring', 'scored'];

/** After this long a note says so, rather than leaving an unexplained wait. */
const SLOW_AFTER_MS = 60_000;

/**
 * After the interview: waits for the transcript to reach the attempt (from Retell's webhook, or
 * the practice submission) and then opens the feedback page; a failure is shown with its reason.
 */
export function AttemptProgress({
  interviewId,
  attemptId,
  mode,
  onStartAgain,
}: {
  interviewId: string;
  attemptId: string;
  mode: AttemptMode;
  onStartAgain: () => void;
}) {
  const router = useRouter();
  const state = useAttempt(interviewId, attemptId);
  const [since] = useState(() => Date.now());
  const now = useNow();
  const ready = state.status === 'ready' && READY.includes(state.attempt.status);

  useEffect(() => {
    // Replace, so Back from the feedback leads to the interview rather than this waiting room.
    if (ready) router.replace(feedbackPath(interviewId, attemptId));
  }, [ready, router, interviewId, attemptId]);

  if (state.status === 'not-found' || state.status === 'error') {
    return (
      <Card>
        <Problem title="We lost track of this attempt">
          {state.status === 'error'
            ? state.message
            : 'This attempt could not be found. It may have been deleted.'}
        </Problem>
        <div className="mt-5 flex flex-wrap gap-3">
          <button type="button" onClick={onStartAgain} className={primaryButton}>
            <RotateCcw aria-hidden className="size-4" />
            Start again
          </button>
          <Link href={interviewPath(interviewId)} className={secondaryButton}>
            Back to the interview
          </Link>
        </div>
      </Card>
    );
  }

  if (state.status === 'ready' && state.attempt.status === 'failed') {
    return (
      <Card>
        <Problem title="This interview could not be scored">
          {state.attempt.error ?? 'Something went wrong while recording this interview.'}
        </Problem>
        <div className="mt-5 flex flex-wrap gap-3">
          <button type="button" onClick={onStartAgain} className={primaryButton}>
            <RotateCcw aria-hidden className="size-4" />
            Start again
          </button>
          <Link href={interviewPath(interviewId)} className={secondaryButton}>
            Back to the interview
          </Link>
        </div>
      </Card>
    );
  }

  if (ready) return <Spinner label="Opening your feedback..." />;

  return (
    <Card>
      <h2 className="text-lg font-medium">
        {mode === 'voice'
          ? 'Interview finished. Waiting for the transcript...'
          : 'Interview finished. Preparing your feedback...'}
      </h2>
      <p className="mt-1 text-slate-600">
        {mode === 'voice'
          ? 'The call service is sending us the recording of your answers. Your feedback opens as soon as it arrives.'
          : 'Your answers are saved. Your feedback opens as soon as they have been processed.'}
      </p>
      <div className="mt-5">
        <IndeterminateProgress label="Waiting for the transcript" />
      </div>
      {mode === 'voice' && (
        <CallCheck interviewId={interviewId} attemptId={attemptId} reportEnded />
      )}
      {now - since >= SLOW_AFTER_MS && (
        <p className="mt-3 text-sm text-slate-600">
          This is taking longer than usual. You can leave this page: your attempt is saved with this
          interview, and if something goes wrong you will see why.
        </p>
      )}
    </Card>
  );
}
