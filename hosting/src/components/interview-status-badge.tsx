import type { InterviewStatus } from '@candor/core';
import { CircleAlert, CircleCheck, LoaderCircle } from 'lucide-react';

const BADGES = {
  generating: {
    label: 'Generating',
    icon: LoaderCircle,
    className: 'bg-amber-50 text-amber-800 ring-amber-200',
    iconClassName: 'animate-spin',
  },
  ready: {
    label: 'Ready',
    icon: CircleCheck,
    className: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
    iconClassName: '',
  },
  failed: {
    label: 'Failed',
    icon: CircleAlert,
    className: 'bg-red-50 text-red-800 ring-red-200',
    iconClassName: '',
  },
} as const;

export function InterviewStatusBadge({ status }: { status: InterviewStatus }) {
  const { label, icon: Icon, className, iconClassName } = BADGES[status];
  return (
    <span
      data-status={status}
      className={`inline-flex shrink-0 items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}
    >
      <Icon aria-hidden className={`size-3.5 ${iconClassName}`} />
      {label}
    </span>
  );
}
