import { COLLECTIONS, type DeleteAccountOutput } from '@candor/core';
import { getAuth } from 'firebase-admin/auth';
import type { BulkWriter, DocumentReference, Firestore } from 'firebase-admin/firestore';
import { log } from '../helpers/logger';
import { adminApp, db } from './admin';

/** deleteAccount needs a sign-in at most this old: a stolen, idle session cannot erase a user. */
export const RECENT_SIGN_IN_MS = 5 * 60 * 1000;
/** Tolerance for a token whose auth_time is slightly ahead of this server's clock. */
const CLOCK_SKEW_MS = 60 * 1000;

/** Whether `authTimeSeconds` (the ID token's auth_time claim) is a recent sign-in. */
export function isRecentSignIn(authTimeSeconds: unknown, nowMs = Date.now()): boolean {
  if (typeof authTimeSeconds !== 'number' || !Number.isFinite(authTimeSeconds)) return false;
  const ageMs = nowMs - authTimeSeconds * 1000;
  return ageMs <= RECENT_SIGN_IN_MS && ageMs >= -CLOCK_SKEW_MS;
}

type Counts = DeleteAccountOutput['deleted'];

interface Found {
  interviews: DocumentReference[];
  /** Every attempt of the user's interviews, plus any of the user's attempts found elsewhere. */
  attempts: DocumentReference[];
  feedback: DocumentReference[];
  webhookEvents: DocumentReference[];
  /** The user's share links (server-only, keyed by token hash, found by owner). */
  shares: DocumentReference[];
  /** rateLimits/{uid} and users/{uid}, when they exist. */
  rateLimits: DocumentReference[];
  users: DocumentReference[];
}

const unique = (refs: DocumentReference[]) => [
  ...new Map(refs.map((ref) => [ref.path, ref])).values(),
];

/** Everything stored for `uid`, found by owner (and by interview for the server-only keys). */
async function findUserData(firestore: Firestore, uid: string): Promise<Found> {
  const [interviews, groupAttempts, feedback, shares, rateLimit, user] = await Promise.all([
    firestore.collection(COLLECTIONS.interviews).where('userId', '==', uid).select().get(),
    // Served by the (userId, createdAt) collection-group index the export uses too. Catches
    // attempts left behind if an earlier call deleted their interview and then failed.
    firestore
      .collectionGroup(COLLECTIONS.attempts)
      .where('userId', '==', uid)
      .orderBy('createdAt', 'desc')
      .select()
      .get(),
    firestore.collection(COLLECTIONS.feedback).where('userId', '==', uid).select().get(),
    firestore.collection(COLLECTIONS.shares).where('userId', '==', uid).select().get(),
    firestore.collection(COLLECTIONS.rateLimits).doc(uid).get(),
    firestore.collection(COLLECTIONS.users).doc(uid).get(),
  ]);
  const nested = await Promise.all(
    interviews.docs.map((doc) => doc.ref.collection(COLLECTIONS.attempts).select().get()),
  );
  const attempts = unique([
    ...groupAttempts.docs.map((d) => d.ref),
    ...nested.flatMap((snap) => snap.docs.map((d) => d.ref)),
  ]);
  // Event keys carry no owner; they name the interview and attempt they were recorded for.
  const interviewIds = new Set([
    ...interviews.docs.map((d) => d.id),
    ...attempts.flatMap((ref) => (ref.parent.parent ? [ref.parent.parent.id] : [])),
  ]);
  const events = await Promise.all(
    [...interviewIds].map((interviewId) =>
      firestore
        .collection(COLLECTIONS.webhookEvents)
        .where('interviewId', '==', interviewId)
        .select()
        .get(),
    ),
  );
  return {
    interviews: interviews.docs.map((d) => d.ref),
    attempts,
    feedback: feedback.docs.map((d) => d.ref),
    webhookEvents: unique(events.flatMap((snap) => snap.docs.map((d) => d.ref))),
    shares: shares.docs.map((d) => d.ref),
    rateLimits: rateLimit.exists ? [rateLimit.ref] : [],
    users: user.exists ? [user.ref] : [],
  };
}

const KINDS = [
  'interviews',
  'attempts',
  'feedback',
  'webhookEvents',
  'shares',
  'rateLimits',
  'users',
] as const satisfies readonly (keyof Found & keyof Counts)[];

const isEmpty = (found: Found) => KINDS.every((kind) => found[kind].length === 0);

/** BulkWriter sends buffered writes on flush(); each write's promise settles after that. */
async function deleteAll(writer: BulkWriter, refs: DocumentReference[]): Promise<void> {
  const writes = Promise.all(refs.map((ref) => writer.delete(ref)));
  await writer.flush();
  await writes;
}

/**
 * Deletes the found documents in three steps, so that a call that fails part-way can always be
 * finished by calling again: the server-only keys first (found through the interviews), then the
 * interviews with everything under them, then the user's own documents.
 */
async function deleteFound(firestore: Firestore, found: Found): Promise<void> {
  const writer = firestore.bulkWriter();
  try {
    await deleteAll(writer, [...found.shares, ...found.webhookEvents, ...found.feedback]);
    // recursiveDelete takes subcollections too, including any this code does not know about;
    // it flushes the writer itself.
    const interviewPaths = new Set(found.interviews.map((ref) => ref.path));
    const orphans = found.attempts.filter(
      (ref) => !interviewPaths.has(ref.parent.parent?.path ?? ''),
    );
    await Promise.all(
      [...found.interviews, ...orphans].map((ref) => firestore.recursiveDelete(ref, writer)),
    );
    await deleteAll(writer, [...found.rateLimits, ...found.users]);
  } finally {
    await writer.close();
  }
}

/**
 * Deletes every document `uid` owns (share links, interviews with their attempts, feedback, the webhook keys
 * of their calls, their rate limits and profile), then their Firebase Auth account. Idempotent:
 * a second call finds nothing and reports zeros. The Auth account goes last, so a call that fails
 * part-way leaves the user able to sign in and try again.
 */
export async function deleteAccount(uid: string): Promise<DeleteAccountOutput> {
  const logger = log({ fn: 'deleteAccount', uid });
  const firestore = db();
  const deleted: Counts = {
    interviews: 0,
    attempts: 0,
    feedback: 0,
    webhookEvents: 0,
    shares: 0,
    rateLimits: 0,
    users: 0,
  };
  // A request still in flight (another tab creating an interview) can write while we delete;
  // a second pass picks up what it wrote.
  for (let pass = 0; pass < 3; pass++) {
    const found = await findUserData(firestore, uid);
    if (isEmpty(found)) break;
    await deleteFound(firestore, found);
    for (const kind of KINDS) deleted[kind] += found[kind].length;
  }

  let authUserDeleted = true;
  try {
    await getAuth(adminApp()).deleteUser(uid);
  } catch (error) {
    if (!isUserNotFound(error)) throw error;
    authUserDeleted = false;
  }
  logger.info('account deleted', { ...deleted, authUserDeleted });
  return { deleted, authUserDeleted };
}

function isUserNotFound(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    error.code === 'auth/user-not-found'
  );
}
