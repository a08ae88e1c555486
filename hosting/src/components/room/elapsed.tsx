'use client';

import { Timer } from 'lucide-react';
import { useEffect, useState } from 'react';
import { formatClock } from '@/lib/format';

/** The current time, ticking once a second. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return now;
}

/** Time since the interview started, against the time it is planned to take. */
export function Elapsed({ sinceMs, plannedMs }: { sinceMs: number; plannedMs: number }) {
  const now = useNow();
  const elapsed = Math.max(0, now - sinceMs);
  const over = elapsed > plannedMs;
  return (
    <p
      className={`inline-flex items-center gap-1.5 text-sm tabular-nums ${over ? 'text-amber-700' : 'text-slate-600'}`}
    >
      <Timer aria-hidden className="size-4" />
      <span className="sr-only">Elapsed time </span>
      <span data-testid="elapsed">{formatClock(elapsed)}</span>
      <span aria-hidden>/</span>
      <span className="sr-only">of a planned</span>
      <span>about {formatClock(plannedMs)}</span>
    </p>
  );
}
