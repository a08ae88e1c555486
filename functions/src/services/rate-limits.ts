import { type RateLimitKind, type RateLimitStatus } from '@candor/core';
import { Timestamp, type Transaction } from 'firebase-admin/firestore';
import {
  attemptsPerDay,
  followUpsPerDay,
  interviewsPerDay,
  rescoresPerDay,
  sharesPerDay,
} from '../config';
import { DomainError } from '../helpers/errors';
import { log, pipeline } from '../helpers/logger';
import { collections } from './store';

const WINDOW_MS = 24 * 60 * 60 * 1000;

const NOUNS: Record<RateLimitKind, string> = {
  interviews: 'new interviews',
  attempts: 'interview attempts',
  rescores: 'rescoring requests',
  shares: 'share links',
  followUps: 'worded follow-up questions',
};

interface Bucket {
  count: number;
  windowStart: Timestamp;
}

export function limitFor(kind: RateLimitKind): number {
  switch (kind) {
    case 'interviews':
      return interviewsPerDay.value();
    case 'attempts':
      return attemptsPerDay.value();
    case 'rescores':
      return rescoresPerDay.value();
    case 'shares':
      return sharesPerDay.value();
    case 'followUps':
      return followUpsPerDay.value();
  }
}

function currentStatus(bucket: Bucket | undefined, limit: number, nowMs: number): RateLimitStatus {
  const start = bucket?.windowStart.toMillis();
  if (bucket === undefined || start === undefined || nowMs - start >= WINDOW_MS) {
    return { limit, used: 0, resetsAtMs: nowMs + WINDOW_MS };
  }
  return { limit, used: bucket.count, resetsAtMs: start + WINDOW_MS };
}

const rateLimitRef = (uid: string) => collections.rateLimits().doc(uid);

/**
 * Counts one use of `kind` inside the caller's transaction, so concurrent calls cannot both
 * take the last slot; throws resource-exhausted, saying when the window resets, when it is full.
 */
export async function consumeRateLimit(
  tx: Transaction,
  uid: string,
  kind: RateLimitKind,
  nowMs = Date.now(),
): Promise<RateLimitStatus> {
  const ref = rateLimitRef(uid);
  const snap = await tx.get(ref);
  const limit = limitFor(kind);
  const status = currentStatus(snap.get(kind) as Bucket | undefined, limit, nowMs);
  if (status.used >= limit) {
    log({ fn: 'rateLimit', uid }).info('rate limit reached', {
      ...pipeline('rate_limited', { kind }),
      limit,
    });
    throw new DomainError(
      'resource-exhausted',
      `You have reached the limit of ${String(limit)} ${NOUNS[kind]} per day. ` +
        `You can try again after ${new Date(status.resetsAtMs).toISOString()}.`,
      { kind, ...status },
    );
  }
  const windowStart = new Date(status.resetsAtMs - WINDOW_MS);
  tx.set(ref, { [kind]: { count: status.used + 1, windowStart } }, { merge: true });
  return { ...status, used: status.used + 1 };
}

export async function getRateLimits(
  uid: string,
  nowMs = Date.now(),
): Promise<Record<RateLimitKind, RateLimitStatus>> {
  const snap = await rateLimitRef(uid).get();
  const kinds: RateLimitKind[] = ['interviews', 'attempts', 'rescores', 'shares', 'followUps'];
  return Object.fromEntries(
    kinds.map((kind) => [
      kind,
      currentStatus(snap.get(kind) as Bucket | undefined, limitFor(kind), nowMs),
    ]),
  ) as Record<RateLimitKind, RateLimitStatus>;
}

/** Actions a user may repeat only after a short wait (rather than a daily count). */
export type CooldownKind = 'checks';

/**
 * Records one use of `kind` inside the caller's transaction, refusing it (resource-exhausted,
 * saying how long to wait) when the previous use was less than `cooldownMs` ago.
 */
export async function consumeCooldown(
  tx: Transaction,
  uid: string,
  kind: CooldownKind,
  cooldownMs: number,
  nowMs = Date.now(),
): Promise<void> {
  const ref = rateLimitRef(uid);
  const snap = await tx.get(ref);
  const last = snap.get(`cooldowns.${kind}`) as Timestamp | undefined;
  const waitMs = last === undefined ? 0 : last.toMillis() + cooldownMs - nowMs;
  if (waitMs > 0) {
    throw new DomainError(
      'resource-exhausted',
      `You checked a moment ago. Check again in ${String(Math.ceil(waitMs / 1000))} seconds.`,
      { kind, retryAfterMs: waitMs },
    );
  }
  tx.set(ref, { cooldowns: { [kind]: new Date(nowMs) } }, { merge: true });
}
