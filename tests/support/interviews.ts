import {
  COLLECTIONS,
  feedbackSchema,
  type CreateInterviewOutput,
  type Feedback,
  type Question,
  type TranscriptTurn,
} from '@candor/core';
import {
  FieldValue,
  Timestamp,
  type DocumentReference,
  type DocumentSnapshot,
} from 'firebase-admin/firestore';
import { adminDb } from './admin';
import type { TestClient } from './client';
import { waitFor } from './env';

/**
 * Waits until the interview's generation has finished, either way (ready or failed): after
 * createInterview, or after retryInterview, which answers once it has reset the status.
 */
export function untilSettled(
  ref: DocumentReference,
  what = 'the interview to settle',
): Promise<DocumentSnapshot> {
  return waitFor(async () => {
    const snap = await ref.get();
    return snap.get('status') === 'generating' ? null : snap;
  }, what);
}

/**
 * Creates an interview through the callable and waits until generation has finished, either way:
 * `settled` says whether it is ready or failed. `overrides` replace the defaults field by field.
 */
export async function settledInterview(
  client: TestClient,
  overrides: Record<string, unknown> = {},
  what = 'the interview to settle',
): Promise<{ interviewId: string; ref: DocumentReference; settled: DocumentSnapshot }> {
  const { interviewId } = await client.call<CreateInterviewOutput>('createInterview', {
    role: 'Backend Engineer',
    level: 'mid',
    type: 'mixed',
    techStack: ['Go', 'PostgreSQL'],
    questionCount: 3,
    ...overrides,
  });
  const ref = interviewDoc(interviewId);
  const settled = await untilSettled(ref, what);
  return { interviewId, ref, settled };
}

/** Creates an interview through the callable and waits until its questions are written. */
export async function readyInterview(
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<{ interviewId: string; questions: Question[] }> {
  const { interviewId, settled } = await settledInterview(client, overrides);
  if (settled.get('status') !== 'ready') {
    throw new Error(`interview failed: ${String(settled.get('error'))}`);
  }
  return { interviewId, questions: settled.get('questions') as Question[] };
}

export const interviewDoc = (interviewId: string) =>
  adminDb().collection(COLLECTIONS.interviews).doc(interviewId);

/** A generation or scoring claim as the pipeline stores it. */
export interface TestLease {
  id: string;
  atMs: number;
  recoveries?: number;
}

/**
 * Puts a generated interview back to `generating` as a worker that died leaves it: no questions,
 * no engine, last touched `updatedAtMs` (ten minutes ago unless given). `lease: null` is a worker
 * that never claimed it at all. Made through the app first, so no create trigger fires later.
 */
export async function stallGeneration(
  ref: DocumentReference,
  lease: TestLease | null,
  updatedAtMs = Date.now() - 10 * 60_000,
): Promise<void> {
  await ref.update({
    status: 'generating',
    questions: [],
    engine: FieldValue.delete(),
    model: FieldValue.delete(),
    updatedAt: Timestamp.fromMillis(updatedAtMs),
    generationLease: lease ?? FieldValue.delete(),
  });
}

/** An attempt's document; without an id, a new one with a generated id. */
export function attemptDoc(interviewId: string, attemptId?: string): DocumentReference {
  const attempts = interviewDoc(interviewId).collection(COLLECTIONS.attempts);
  return attemptId === undefined ? attempts.doc() : attempts.doc(attemptId);
}

/**
 * Writes an attempt through the Admin SDK as submitPracticeAttempt leaves it for scoring: a
 * practice attempt, `transcribed`, that ended now and lasted as long as its transcript (or
 * `fields.durationMs`). `fields` replace any of that, for attempts in other states or voice
 * attempts; `ref` names the document when the fields need its id.
 */
export async function writeAttempt(
  owner: string,
  interviewId: string,
  fields: Record<string, unknown> = {},
  ref: DocumentReference = attemptDoc(interviewId),
): Promise<DocumentReference> {
  const transcript = (fields.transcript as TranscriptTurn[] | undefined) ?? [];
  const endedAt = Date.now();
  const durationMs =
    typeof fields.durationMs === 'number' ? fields.durationMs : (transcript.at(-1)?.endMs ?? 0);
  await ref.set({
    userId: owner,
    interviewId,
    mode: 'practice',
    status: 'transcribed',
    transcript,
    startedAt: Timestamp.fromMillis(endedAt - durationMs),
    endedAt: Timestamp.fromMillis(endedAt),
    durationMs,
    createdAt: FieldValue.serverTimestamp(),
    ...fields,
  });
  return ref;
}

/** Waits until the scoring trigger has finished with the attempt, either way. */
export async function settledAttempt(
  ref: DocumentReference,
  what = `attempt ${ref.id} to be scored or fail`,
): Promise<DocumentSnapshot> {
  return waitFor(async () => {
    const snap = await ref.get();
    const status = snap.get('status') as unknown;
    return status === 'scored' || status === 'failed' ? snap : null;
  }, what);
}

export const feedbackRef = (attemptId: string) =>
  adminDb().collection(COLLECTIONS.feedback).doc(attemptId);

/** A stored feedback document, checked against the core schema (its `createdAt` a Timestamp). */
export function parseFeedback(snap: DocumentSnapshot): Feedback {
  expect(snap.exists).toBe(true);
  const createdAt: unknown = snap.get('createdAt');
  expect(createdAt).toBeInstanceOf(Timestamp);
  return feedbackSchema.parse({ ...snap.data(), createdAt: (createdAt as Timestamp).toDate() });
}

/** The attempt's feedback as it is now (it must exist). */
export async function readFeedback(attemptId: string): Promise<Feedback> {
  return parseFeedback(await feedbackRef(attemptId).get());
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
  await interviewDoc(interviewId).set({
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
    await feedbackRef(attemptId).set({
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

/**
 * A submitPracticeTranscript payload that answers the questions in order with `texts` (a
 * missing or empty text is a skipped question), for a session that ended now.
 */
export function practiceSubmission(
  interviewId: string,
  attemptId: string,
  questionIds: readonly string[],
  texts: readonly string[],
) {
  const now = Date.now();
  return {
    interviewId,
    attemptId,
    answers: questionIds.map((questionId, i) => ({
      questionId,
      text: texts[i] ?? '',
      askedAtMs: i * 10_000,
      ...(texts[i] ? { startMs: i * 10_000 + 1_000 } : {}),
      endMs: i * 10_000 + 9_000,
    })),
    startedAtMs: now - 60_000,
    endedAtMs: now,
  };
}
