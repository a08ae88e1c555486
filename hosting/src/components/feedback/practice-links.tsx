import { Mic, RotateCcw, Target } from 'lucide-react';
import Link from 'next/link';
import { useId } from 'react';
import { primaryButton, secondaryButton } from '../ui/button';
import { roomPath } from '@/lib/paths';

/**
 * One click to try again: the whole interview (a new attempt; earlier ones are kept) or only the
 * weakest questions. Without weakest questions the second action stays visible but disabled,
 * with the reason next to it, so its absence is never a mystery.
 */
export function PracticeLinks({
  interviewId,
  weakestIds,
  firstAttempt = false,
  noWeakestReason,
}: {
  interviewId: string;
  /** Null while unknown (still loading); empty when there is nothing to practise. */
  weakestIds: readonly string[] | null;
  /** No attempt yet: "Start interview" rather than "Retake". */
  firstAttempt?: boolean;
  noWeakestReason: string;
}) {
  const reasonId = useId();
  const hasWeakest = weakestIds !== null && weakestIds.length > 0;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <Link href={roomPath(interviewId)} className={primaryButton}>
          {firstAttempt ? (
            <Mic aria-hidden className="size-4" />
          ) : (
            <RotateCcw aria-hidden className="size-4" />
          )}
          {firstAttempt ? 'Start interview' : 'Retake'}
        </Link>
        {hasWeakest ? (
          <Link href={roomPath(interviewId, weakestIds)} className={secondaryButton}>
            <Target aria-hidden className="size-4" />
            Practise weakest questions
            <span className="text-sm font-normal text-slate-500">({weakestIds.length})</span>
          </Link>
        ) : (
          weakestIds !== null && (
            <button type="button" disabled aria-describedby={reasonId} className={secondaryButton}>
              <Target aria-hidden className="size-4" />
              Practise weakest questions
            </button>
          )
        )}
      </div>
      {weakestIds !== null && !hasWeakest && (
        <p id={reasonId} className="text-sm text-slate-500">
          {noWeakestReason}
        </p>
      )}
    </div>
  );
}
