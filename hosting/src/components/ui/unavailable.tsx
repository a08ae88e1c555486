import { SearchX } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { DASHBOARD_PATH } from '@/lib/paths';

/** A whole page that cannot be shown (missing, someone else's, failed to load), and a way out. */
export function Unavailable({
  title,
  children,
  href = DASHBOARD_PATH,
  linkLabel = 'Go to your dashboard',
  icon = true,
}: {
  title: string;
  children: ReactNode;
  href?: string;
  linkLabel?: string;
  icon?: boolean;
}) {
  return (
    <div className="py-16 text-center">
      {icon && <SearchX aria-hidden className="mx-auto mb-4 size-10 text-slate-400" />}
      <h1 className="text-2xl font-semibold">{title}</h1>
      <div className="mx-auto mt-2 max-w-md text-slate-600">{children}</div>
      <Link href={href} className="mt-6 inline-block font-medium text-brand-600 hover:underline">
        {linkLabel}
      </Link>
    </div>
  );
}
