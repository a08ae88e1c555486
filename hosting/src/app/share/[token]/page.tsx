import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SharedReport } from '@/components/share/shared-report';
import { fetchSharedReport } from '@/lib/share/get-shared-report';

// The token is the credential: keep the page out of search engines and the token out of the
// Referer header of anything it links to (next.config.ts sends the same as HTTP headers).
export const metadata: Metadata = {
  title: 'Shared feedback',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

export default async function SharedReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const report = await fetchSharedReport(token);
  if (report === null) notFound();
  return <SharedReport report={report} />;
}
