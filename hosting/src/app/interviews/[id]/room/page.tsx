import type { Metadata } from 'next';
import { InterviewRoom } from '@/components/room/interview-room';
import { parseQuestionIds } from '@/lib/attempts/questions';

export const metadata: Metadata = { title: 'Interview room' };

export default async function InterviewRoomPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // `?questions=q2,q5` practises only those questions (e.g. the weakest from a feedback page).
  return <InterviewRoom id={id} questionIds={parseQuestionIds(query.questions)} />;
}
