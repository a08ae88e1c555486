import type { Metadata } from 'next';
import { InterviewView } from '@/components/interview-view';
import { InitialReads } from '@/lib/firebase/initial-reads';
import { reads } from '@/lib/firebase/reads';
import { readForSession } from '@/lib/firebase/server-session';

export const metadata: Metadata = { title: 'Interview' };

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await readForSession((uid) => [
    reads.interview(id),
    reads.interviewAttempts(uid, id),
    reads.interviewFeedback(uid, id),
  ]);
  return (
    <InitialReads session={session}>
      <InterviewView id={id} />
    </InitialReads>
  );
}
