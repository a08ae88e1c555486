import type { Metadata } from 'next';
import { FeedbackView } from '@/components/feedback/feedback-view';
import { InitialReads } from '@/lib/firebase/initial-reads';
import { reads } from '@/lib/firebase/reads';
import { readForSession } from '@/lib/firebase/server-session';

export const metadata: Metadata = { title: 'Feedback' };

export default async function FeedbackPage({
  params,
}: {
  params: Promise<{ id: string; attemptId: string }>;
}) {
  const { id, attemptId } = await params;
  const session = await readForSession((uid) => [
    reads.attemptDetail(id, attemptId),
    reads.attemptFeedback(uid, attemptId),
    reads.interview(id),
  ]);
  return (
    <InitialReads session={session}>
      <FeedbackView interviewId={id} attemptId={attemptId} />
    </InitialReads>
  );
}
