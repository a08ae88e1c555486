import { CircleAlert } from 'lucide-react';
import type { ReactNode } from 'react';

/** An error the candidate needs to read and act on: announced at once (role=alert). */
export function Problem({
  title,
  children,
  headingLevel,
}: {
  title: string;
  children: ReactNode;
  /** Give the title a heading role where it heads a part of the page. */
  headingLevel?: 2 | 3;
}) {
  const Title = headingLevel === undefined ? 'p' : (`h${String(headingLevel)}` as 'h2' | 'h3');
  return (
    <div role="alert" className="flex gap-3 rounded-md border border-red-200 bg-red-50 p-4">
      <CircleAlert aria-hidden className="mt-0.5 size-5 shrink-0 text-red-600" />
      <div className="min-w-0">
        <Title className="font-medium text-red-800">{title}</Title>
        <div className="mt-1 text-sm whitespace-pre-line text-red-700">{children}</div>
      </div>
    </div>
  );
}

/** A one-line error beside the control that caused it (a failed save, a refused request). */
export function InlineError({
  children,
  className = '',
}: {
  children: ReactNode;
  className?: string;
}) {
  return (
    <p role="alert" className={`rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ${className}`}>
      {children}
    </p>
  );
}
