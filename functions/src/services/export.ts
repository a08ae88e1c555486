import {
  attemptSchema,
  COLLECTIONS,
  feedbackSchema,
  interviewSchema,
  userSchema,
  type ExportAccountDataOutput,
  toDates,
} from '@candor/core';
import type { QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { z } from 'zod';
import { db } from './admin';

/** Dates become ISO 8601 strings, the one date form JSON readers agree on. */
function toIso(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toIso);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toIso(v)]));
  }
  return value;
}

/**
 * A document in its core schema's shape, with its id. The workers' leases are server
 * bookkeeping, not the user's data, so they are left out.
 */
function exported(schema: z.ZodType, doc: QueryDocumentSnapshot) {
  return { id: doc.id, ...(toIso(schema.parse(toDates(doc.data()))) as object) };
}

/**
 * Everything the caller owns that they can see in the app: profile, interviews with their
 * attempts, and feedback. Server-only records (rate limits, webhook keys, share links) stay out.
 */
export async function exportAccountData(
  uid: string,
  nowMs = Date.now(),
): Promise<ExportAccountDataOutput> {
  const firestore = db();
  const [user, interviews, attempts, feedback] = await Promise.all([
    firestore.collection(COLLECTIONS.users).doc(uid).get(),
    firestore.collection(COLLECTIONS.interviews).where('userId', '==', uid).get(),
    firestore
      .collectionGroup(COLLECTIONS.attempts)
      .where('userId', '==', uid)
      .orderBy('createdAt', 'desc')
      .get(),
    firestore.collection(COLLECTIONS.feedback).where('userId', '==', uid).get(),
  ]);
  const byInterview = new Map<string, QueryDocumentSnapshot[]>();
  for (const doc of attempts.docs) {
    const interviewId = doc.ref.parent.parent?.id ?? '';
    byInterview.set(interviewId, [...(byInterview.get(interviewId) ?? []), doc]);
  }
  const profile = user.exists ? userSchema.parse(toDates(user.data())) : null;
  return {
    format: 'candor-export',
    version: 1,
    exportedAt: new Date(nowMs).toISOString(),
    profile: profile && {
      displayName: profile.displayName,
      email: profile.email,
      createdAt: profile.createdAt.toISOString(),
    },
    interviews: interviews.docs.map((doc) => ({
      ...exported(interviewSchema.omit({ generationLease: true }), doc),
      attempts: (byInterview.get(doc.id) ?? []).map((a) =>
        exported(attemptSchema.omit({ scoringLease: true, reconcileLease: true }), a),
      ),
    })) as ExportAccountDataOutput['interviews'],
    feedback: feedback.docs.map((doc) =>
      exported(feedbackSchema, doc),
    ) as ExportAccountDataOutput['feedback'],
  };
}
