import type { HTMLAttributes } from 'react';

/** The white panel every page is built from; a <section> when it has its own heading. */
export function Card({
  as: Tag = 'div',
  className = '',
  ...rest
}: HTMLAttributes<HTMLElement> & { as?: 'div' | 'section' }) {
  return (
    <Tag
      className={`rounded-lg border border-slate-200 bg-white p-6 shadow-sm ${className}`}
      {...rest}
    />
  );
}
