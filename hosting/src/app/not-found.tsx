import Link from 'next/link';
import { DASHBOARD_PATH } from '@/lib/paths';

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600">That page does not exist or is no longer available.</p>
      <Link
        href={DASHBOARD_PATH}
        className="mt-6 inline-block font-medium text-brand-600 hover:underline"
      >
        Go to your dashboard
      </Link>
    </div>
  );
}
