import { formatClock } from '@/lib/format';

/** A moment in the call as m:ss, with a machine-readable duration for assistive technology. */
export function TimeInCall({ ms, className = '' }: { ms: number; className?: string }) {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return (
    <time dateTime={`PT${String(seconds)}S`} className={`tabular-nums ${className}`}>
      {formatClock(ms)}
    </time>
  );
}
