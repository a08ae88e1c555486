import { CircleAlert } from 'lucide-react';
import type { ReactNode } from 'react';

export function Card({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <div className={`rounded-lg border border-slate-200 bg-white p-6 shadow-sm ${className}`}>
      {children}
    </div>
  );
}

export const primaryButton =
  'inline-flex items-center justify-center gap-2 rounded-md bg-brand-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-brand-700 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-60';

export const secondaryButton =
  'inline-flex items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-60';

export const dangerButton =
  'inline-flex items-center justify-center gap-2 rounded-md bg-red-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-red-700 focus-visible:ring-2 focus-visible:ring-red-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-60';

/** A toggle button's look, pressed or not (the state itself is aria-pressed). */
export const toggleButton = (pressed: boolean) =>
  `inline-flex items-center justify-center gap-2 rounded-md border px-3 py-2 text-sm font-medium shadow-sm focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-60 ${
    pressed
      ? 'border-brand-500 bg-brand-50 text-brand-700 hover:bg-brand-100'
      : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'
  }`;

/** An error the candidate needs to read and act on. */
export function Problem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div role="alert" className="flex gap-3 rounded-md border border-red-200 bg-red-50 p-4">
      <CircleAlert aria-hidden className="mt-0.5 size-5 shrink-0 text-red-600" />
      <div className="min-w-0">
        <p className="font-medium text-red-800">{title}</p>
        <div className="mt-1 text-sm whitespace-pre-line text-red-700">{children}</div>
      </div>
    </div>
  );
}
