import type { Metadata } from 'next';
import { FeedbackView } from '@/components/feedback/feedback-view';

export const metadata: Metadata = { title: 'Feedback' };

export default async function FeedbackPage({
  params,
}: {
  params: Promise<{ id: string; attemptId: string }>;
}) {
  const { id, attemptId } = await params;
  return <FeedbackView interviewId={id} attemptId={attemptId} />;
}
