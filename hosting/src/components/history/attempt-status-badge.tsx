import type { AttemptStatus } from '@candor/core';
import { CircleAlert, CircleCheck, CircleDashed, LoaderCircle } from 'lucide-react';
import { ATTEMPT_STATUS_LABELS } from '@/lib/feedback/labels';

const STYLES = {
  open: { icon: CircleDashed, className: 'bg-slate-100 text-slate-700 ring-slate-200', spin: '' },
  scoring: {
    icon: LoaderCircle,
    className: 'bg-amber-50 text-amber-800 ring-amber-200',
    spin: 'animate-spin',
  },
  scored: {
    icon: CircleCheck,
    className: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
    spin: '',
  },
  failed: { icon: CircleAlert, className: 'bg-red-50 text-red-800 ring-red-200', spin: '' },
} as const;

const GROUP: Record<AttemptStatus, keyof typeof STYLES> = {
  created: 'open',
  in_progress: 'open',
  transcribed: 'scoring',
  scoring: 'scoring',
  scored: 'scored',
  failed: 'failed',
};

export function AttemptStatusBadge({ status }: { status: AttemptStatus }) {
  const { icon: Icon, className, spin } = STYLES[GROUP[status]];
  return (
    <span
      data-status={status}
      className={`inline-flex shrink-0 items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}
    >
      <Icon aria-hidden className={`size-3.5 ${spin}`} />
      {ATTEMPT_STATUS_LABELS[status]}
    </span>
  );
}
