import type { Metadata } from 'next';
import { Dashboard } from '@/components/dashboard';
import { InitialReads } from '@/lib/firebase/initial-reads';
import { reads } from '@/lib/firebase/reads';
import { readForSession } from '@/lib/firebase/server-session';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const session = await readForSession((uid) => [
    reads.user(uid),
    reads.interviews(uid),
    reads.feedbackHistory(uid),
  ]);
  return (
    <InitialReads session={session}>
      <Dashboard />
    </InitialReads>
  );
}
