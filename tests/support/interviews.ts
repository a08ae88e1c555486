import { COLLECTIONS, type CreateInterviewOutput, type Question } from '@candor/core';
import { Timestamp } from 'firebase-admin/firestore';
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

/** The candidate's one answer in seedScoredAttempt, quoted as evidence in its feedback. */
export const SEEDED_QUOTE =
  'I added an index on the foreign key and the query went from 4 s to 40 ms.';

/**
 * A scored attempt with its feedback, written as onAttemptTranscribed leaves them, for tests of
 * what happens after scoring (sharing, exporting) without a scoring run each time.
 */
export async function seedScoredAttempt(uid: string, suffix: string, status = 'scored') {
  const interviewId = `share-i-${suffix}-${uid.slice(0, 6)}`;
  const attemptId = `share-a-${suffix}-${uid.slice(0, 6)}`;
  const now = Timestamp.now();
  await adminDb()
    .collection(COLLECTIONS.interviews)
    .doc(interviewId)
    .set({
      userId: uid,
      role: 'Backend Engineer',
      level: 'mid',
      type: 'technical',
      techStack: ['Go'],
      questionCount: 1,
      status: 'ready',
      questions: [{ id: 'q1', text: 'Tell me about a slow query.', kind: 'technical' }],
      createdAt: now,
      updatedAt: now,
    });
  await attemptDoc(interviewId, attemptId).set({
    userId: uid,
    interviewId,
    mode: 'practice',
    status,
    transcript: [
      { role: 'agent', text: 'Tell me about a slow query.' },
      { role: 'user', text: SEEDED_QUOTE },
    ],
    startedAt: now,
    endedAt: now,
    durationMs: 60_000,
    createdAt: now,
  });
  if (status === 'scored') {
    await adminDb()
      .collection(COLLECTIONS.feedback)
      .doc(attemptId)
      .set({
        userId: uid,
        interviewId,
        attemptId,
        totalScore: 57,
        categoryScores: [{ name: 'Communication', score: 63, comment: 'Clear.' }],
        questions: [
          {
            questionId: 'q1',
            question: 'Tell me about a slow query.',
            answerSummary: 'Added an index.',
            score: 58,
            feedback: 'Concrete numbers.',
            evidence: [{ quote: SEEDED_QUOTE }],
          },
        ],
        strengths: ['Specific'],
        improvements: ['Explain the trade-off'],
        finalAssessment: 'A solid answer.',
        delivery: {
          wordsPerMinute: 130,
          fillerWordsPerMinute: 0,
          fillerWords: {},
          talkRatio: 0.7,
          answerCount: 1,
          longestAnswerWords: 17,
        },
        insufficientEvidence: false,
        engine: 'offline',
        model: 'rubric',
        promptVersion: 'offline-1',
        createdAt: now,
      });
  }
  return { interviewId, attemptId };
}
