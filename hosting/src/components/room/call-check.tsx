'use client';

import { LoaderCircle, RefreshCw } from 'lucide-react';
import { useNow } from './elapsed';
import { secondaryButton } from '../ui/button';
import { useCallCheck } from '@/lib/attempts/use-call-check';

const seconds = (ms: number) => `${String(Math.ceil(ms / 1000))} s`;

/**
 * What the server is waiting for on a voice attempt, and a "Check now" that asks Retell directly
 * (rate-limited by the server). The attempt document's listener shows the result when it lands.
 */
export function CallCheck({
  interviewId,
  attemptId,
  reportEnded = false,
}: {
  interviewId: string;
  attemptId: string;
  reportEnded?: boolean;
}) {
  const { state, checkNow } = useCallCheck(interviewId, attemptId, { reportEnded });
  const now = useNow();
  const wait = state.kind === 'waiting' ? Math.max(0, state.nextCheckAtMs - now) : 0;
  const disabled = state.kind === 'checking' || state.kind === 'settled' || wait > 0;

  return (
    <div className="mt-4 flex flex-wrap items-center gap-3" data-testid="call-check">
      <p className="text-sm text-slate-600" role="status">
        {state.kind === 'checking' && 'Checking with the voice service...'}
        {state.kind === 'settled' && 'The result is in. Opening it...'}
        {state.kind === 'waiting' && `Waiting for ${state.waitingFor}.`}
        {state.kind === 'error' && `Could not check: ${state.message}`}
      </p>
      <button type="button" onClick={checkNow} disabled={disabled} className={secondaryButton}>
        {state.kind === 'checking' ? (
          <LoaderCircle aria-hidden className="size-4 animate-spin" />
        ) : (
          <RefreshCw aria-hidden className="size-4" />
        )}
        {wait > 0 ? `Check now (in ${seconds(wait)})` : 'Check now'}
      </button>
    </div>
  );
}
