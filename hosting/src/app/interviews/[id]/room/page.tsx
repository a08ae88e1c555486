import type { Metadata } from 'next';
import { InterviewRoom } from '@/components/room/interview-room';
import { parseQuestionIds } from '@/lib/attempts/questions';
import { InitialReads } from '@/lib/firebase/initial-reads';
import { reads } from '@/lib/firebase/reads';
import { readForSession } from '@/lib/firebase/server-session';

export const metadata: Metadata = { title: 'Interview room' };

export default async function InterviewRoomPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // The interview and its questions for the pre-call screen; the profile for the greeting.
  const session = await readForSession((uid) => [reads.interview(id), reads.user(uid)]);
  // `?questions=q2,q5` practises only those questions (e.g. the weakest from a feedback page).
  return (
    <InitialReads session={session}>
      <InterviewRoom id={id} questionIds={parseQuestionIds(query.questions)} />
    </InitialReads>
  );
}
