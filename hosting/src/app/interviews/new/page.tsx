import type { Metadata } from 'next';
import { CreateInterviewForm } from '@/components/create-interview-form';
import { InitialReads } from '@/lib/firebase/initial-reads';
import { readForSession } from '@/lib/firebase/server-session';

export const metadata: Metadata = { title: 'New interview' };

/** The form reads nothing: the server only checks the session, so the form is drawn at once. */
export default async function NewInterviewPage() {
  const session = await readForSession(() => []);
  return (
    <InitialReads session={session}>
      <CreateInterviewForm />
    </InitialReads>
  );
}
