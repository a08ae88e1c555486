import { COLLECTIONS, type CreateInterviewOutput, type Question } from '@candor/core';
import { adminDb } from './admin';
import type { TestClient } from './client';
import { waitFor } from './env';

/** Creates an interview through the callable and waits until its questions are written. */
export async function readyInterview(
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<{ interviewId: string; questions: Question[] }> {
  const { interviewId } = await client.call<CreateInterviewOutput>('createInterview', {
    role: 'Backend Engineer',
    level: 'mid',
    type: 'mixed',
    techStack: ['Go', 'PostgreSQL'],
    questionCount: 3,
    ...overrides,
  });
  const snap = await waitFor(async () => {
    const s = await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get();
    return s.get('status') === 'generating' ? null : s;
  }, 'the interview to settle');
  if (snap.get('status') !== 'ready') {
    throw new Error(`interview failed: ${String(snap.get('error'))}`);
  }
  return { interviewId, questions: snap.get('questions') as Question[] };
}

export function attemptDoc(interviewId: string, attemptId: string) {
  return adminDb()
    .collection(COLLECTIONS.interviews)
    .doc(interviewId)
    .collection(COLLECTIONS.attempts)
    .doc(attemptId);
}
