import { createHash, randomBytes } from 'node:crypto';
import {
  COLLECTIONS,
  feedbackSchema,
  shareSchema,
  sharedReportSchema,
  type CreateShareLinkOutput,
  type Share,
  type SharedReportWire,
  type ShareLinkSummary,
  SHARE_LIMITS,
  SHARE_TOKEN_PATTERN,
  toDates,
} from '@candor/core';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { z } from 'zod';
import type { createShareLinkInputSchema } from '@candor/core';
import { DomainError } from '../helpers/errors';
import { db } from './admin';
import { readInterview } from './interviews';
import { consumeRateLimit } from './rate-limits';
import { attemptRef, collections, interviewRef, getOwned } from './store';

const DAY_MS = 24 * 60 * 60 * 1000;
/** 256 random bits, base64url: far beyond guessing, and short enough for a link. */
const TOKEN_BYTES = 32;

const sharesCollection = collections.shares;

/** The document id of a token: its SHA-256, so the stored data never contains a usable token. */
export function hashShareToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const NOT_SHARED = () => new DomainError('not-found', 'This link does not exist or has ended.');

function readShare(snap: DocumentSnapshot<Share>): Share {
  const share = snap.data();
  if (share === undefined) throw NOT_SHARED();
  return share;
}

function summary(id: string, share: Share): ShareLinkSummary {
  return {
    id,
    interviewId: share.interviewId,
    attemptId: share.attemptId,
    label: share.label,
    includeTranscript: share.includeTranscript,
    createdAtMs: share.createdAt.getTime(),
    expiresAtMs: share.expiresAt?.getTime() ?? null,
  };
}

const OWNER_FIELDS = new Set(['userId', 'interviewId', 'attemptId']);
function withoutOwner(feedback: Record<string, unknown>): Share['report']['feedback'] {
  return sharedReportSchema.shape.feedback.parse(
    Object.fromEntries(Object.entries(feedback).filter(([key]) => !OWNER_FIELDS.has(key))),
  );
}

const isExpired = (share: Share, nowMs: number) =>
  share.expiresAt !== null && share.expiresAt.getTime() <= nowMs;

/**
 * Makes a share link of one of the caller's scored attempts: a copy of the report (without the
 * account's data) under the hash of a new random token. The token goes back to the caller once.
 */
export async function createShareLink(
  uid: string,
  input: z.output<typeof createShareLinkInputSchema>,
  nowMs = Date.now(),
): Promise<CreateShareLinkOutput> {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  const id = hashShareToken(token);
  const ref = sharesCollection().doc(id);
  const share = await db().runTransaction(async (tx) => {
    const [interviewSnap, attemptSnap, feedbackSnap, active] = await Promise.all([
      tx.get(interviewRef(input.interviewId)),
      tx.get(attemptRef(input.interviewId, input.attemptId)),
      tx.get(db().collection(COLLECTIONS.feedback).doc(input.attemptId)),
      tx.get(
        sharesCollection()
          .where('userId', '==', uid)
          .where('attemptId', '==', input.attemptId)
          .select(),
      ),
    ]);
    // Another user's attempt reads exactly like a missing one, so ids do not leak.
    if (!attemptSnap.exists || attemptSnap.get('userId') !== uid || !interviewSnap.exists) {
      throw new DomainError('not-found', 'That attempt does not exist.');
    }
    const attempt = attemptSnap.data();
    if (attempt === undefined) throw new DomainError('not-found', 'That attempt does not exist.');
    if (attempt.status !== 'scored' || !feedbackSnap.exists) {
      throw new DomainError('failed-precondition', 'Only a scored interview can be shared.');
    }
    if (active.size >= SHARE_LIMITS.maxActivePerAttempt) {
      throw new DomainError(
        'resource-exhausted',
        `This interview already has ${String(SHARE_LIMITS.maxActivePerAttempt)} links. Revoke one first.`,
      );
    }
    await consumeRateLimit(tx, uid, 'shares', nowMs);
    const interview = readInterview(interviewSnap);
    // Read raw and parsed loose, so fields added to feedback later travel with the copy; the
    // owner's ids do not.
    const feedback = withoutOwner(feedbackSchema.loose().parse(toDates(feedbackSnap.data())));
    const created: Share = {
      userId: uid,
      interviewId: input.interviewId,
      attemptId: input.attemptId,
      label: input.label ?? '',
      includeTranscript: input.includeTranscript,
      createdAt: new Date(nowMs),
      expiresAt:
        input.expiresInDays === undefined ? null : new Date(nowMs + input.expiresInDays * DAY_MS),
      report: {
        role: interview.role,
        level: interview.level,
        type: interview.type,
        mode: attempt.mode,
        attemptCreatedAt: attempt.createdAt,
        durationMs: attempt.durationMs,
        feedback,
        ...(input.includeTranscript ? { transcript: attempt.transcript } : {}),
      },
    };
    tx.create(ref, shareSchema.parse(created));
    return created;
  });
  return { token, link: summary(id, share) };
}

/** The caller's links that still work, newest first, optionally for one attempt. */
export async function listShareLinks(
  uid: string,
  filter: { interviewId?: string; attemptId?: string },
  nowMs = Date.now(),
): Promise<ShareLinkSummary[]> {
  let query = sharesCollection().where('userId', '==', uid);
  if (filter.attemptId !== undefined) query = query.where('attemptId', '==', filter.attemptId);
  const snap = await query.get();
  return snap.docs
    .map((doc) => ({ id: doc.id, share: readShare(doc) }))
    .filter(({ share }) => !isExpired(share, nowMs))
    .filter(
      ({ share }) => filter.interviewId === undefined || share.interviewId === filter.interviewId,
    )
    .map(({ id, share }) => summary(id, share))
    .sort((a, b) => b.createdAtMs - a.createdAtMs);
}

/** Deletes one of the caller's links; from then on its token reads nothing. */
export async function revokeShareLink(uid: string, id: string): Promise<void> {
  await db().runTransaction(async (tx) => {
    const ref = sharesCollection().doc(id);
    await getOwned(ref, uid, 'link', tx);
    tx.delete(ref);
  });
}

/**
 * The shared copy behind a token, for anyone who has it. A malformed, guessed, revoked or
 * expired token all get the same not-found answer; an expired copy is deleted on the way.
 */
export async function getSharedReport(
  token: string,
  nowMs = Date.now(),
): Promise<SharedReportWire> {
  if (!SHARE_TOKEN_PATTERN.test(token)) throw NOT_SHARED();
  const ref = sharesCollection().doc(hashShareToken(token));
  const snap = await ref.get();
  if (!snap.exists) throw NOT_SHARED();
  const share = readShare(snap);
  if (isExpired(share, nowMs)) {
    await ref.delete();
    throw NOT_SHARED();
  }
  const { report } = share;
  return {
    ...report,
    attemptCreatedAt: report.attemptCreatedAt.toISOString(),
    feedback: { ...report.feedback, createdAt: report.feedback.createdAt.toISOString() },
    expiresAt: share.expiresAt?.toISOString() ?? null,
  };
}

/** Every link of one attempt (when it is deleted) or of one user (account deletion). */
export async function shareRefsOf(filter: { userId: string; attemptId?: string }) {
  let query = sharesCollection().where('userId', '==', filter.userId);
  if (filter.attemptId !== undefined) query = query.where('attemptId', '==', filter.attemptId);
  const snap = await query.select().get();
  return snap.docs.map((doc) => doc.ref);
}
