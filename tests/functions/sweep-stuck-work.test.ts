/**
 * Nothing hangs: the sweep (run here directly, as the schedule runs it) and "check now" find
 * interviews whose generation worker died and attempts whose scoring worker died, retry each
 * once through the same claim, or settle it failed with a reason; racing sweeps do the work once.
 * Offline engine (the app as `npm start` runs it); the Gemini side is in the provider tests.
 */
import {
  COLLECTIONS,
  type CheckInterviewOutput,
  type Question,
  type TranscriptTurn,
  WORK_LEASE_MS,
} from '@candor/core';
import { Timestamp, type DocumentReference } from 'firebase-admin/firestore';
import { SCORING_STOPPED } from '../../functions/src/services/feedback';
import { GENERATION_STOPPED } from '../../functions/src/services/interviews';
import { sweepStuckWork } from '../../functions/src/services/sweep';
import { adminDb } from '../support/admin';
import { signedInClient, type TestClient } from '../support/client';
import { waitFor } from '../support/env';
import {
  feedbackRef,
  interviewDoc,
  readyInterview,
  stallGeneration,
  untilSettled,
  writeAttempt,
  type TestLease,
} from '../support/interviews';

let client: TestClient;

beforeAll(async () => {
  client = await signedInClient('Sweep Candidate');
});

afterAll(async () => {
  await client.close();
});

const minutesAgo = (minutes: number) => Date.now() - minutes * 60_000;

/**
 * An interview whose worker died: made through the app (so no create trigger fires later), then
 * put back to `generating` as a dead worker leaves it. `lease: null` is a worker that never
 * claimed it at all.
 */
async function stuckInterview(
  lease: TestLease | null,
  updatedAtMs = minutesAgo(10),
): Promise<DocumentReference> {
  const { interviewId } = await readyInterview(client, { questionCount: 2 });
  const ref = interviewDoc(interviewId);
  await stallGeneration(ref, lease, updatedAtMs);
  return ref;
}

describe('sweeping interviews stuck in generating', () => {
  it('retries one whose worker died after claiming, to ready', async () => {
    const ref = await stuckInterview({ id: 'dead-worker', atMs: minutesAgo(6) });
    const report = await sweepStuckWork();
    expect(report.interviews[ref.id]).toBe('retried');
    const snap = await ref.get();
    expect(snap.get('status')).toBe('ready');
    expect(snap.get('engine')).toBe('offline');
    expect(snap.get('questions')).toHaveLength(2);
    expect(snap.get('generationLease')).toBeUndefined();
  });

  it('retries one that no worker ever claimed, and leaves a fresh one to its trigger', async () => {
    const never = await stuckInterview(null);
    const fresh = await stuckInterview(null, Date.now());
    const report = await sweepStuckWork();
    expect(report.interviews[never.id]).toBe('retried');
    expect((await never.get()).get('status')).toBe('ready');
    expect(report.interviews[fresh.id]).toBeUndefined();
    expect((await fresh.get()).get('status')).toBe('generating');
  });

  it('leaves a run with a live lease alone', async () => {
    const ref = await stuckInterview({ id: 'live-worker', atMs: Date.now() });
    const report = await sweepStuckWork();
    expect(report.interviews[ref.id]).toBe('running');
    const snap = await ref.get();
    expect(snap.get('status')).toBe('generating');
    expect(snap.get('generationLease')).toMatchObject({ id: 'live-worker' });
  });

  it('fails one whose retry died too, with a reason, and the owner can try again', async () => {
    const ref = await stuckInterview({ id: 'sweep-dead', atMs: minutesAgo(6), recoveries: 1 });
    const report = await sweepStuckWork();
    expect(report.interviews[ref.id]).toBe('failed');
    const snap = await ref.get();
    expect(snap.get('status')).toBe('failed');
    expect(snap.get('error')).toBe(GENERATION_STOPPED);
    expect(snap.get('generationLease')).toBeUndefined();

    await client.call('retryInterview', { interviewId: ref.id });
    const retried = await untilSettled(ref);
    expect(retried.get('status')).toBe('ready');
    expect(retried.get('error')).toBeUndefined();
  });

  it('two sweeps racing generate once and write the result once', async () => {
    const ref = await stuckInterview({ id: 'dead-worker', atMs: minutesAgo(7) });
    const readyWrites = new Set<number>();
    const stop = ref.onSnapshot((snap) => {
      if (snap.get('status') === 'ready') {
        readyWrites.add((snap.get('updatedAt') as Timestamp).toMillis());
      }
    });
    const reports = await Promise.all([sweepStuckWork(), sweepStuckWork(), sweepStuckWork()]);
    const outcomes = reports.map((r) => r.interviews[ref.id]).filter((o) => o !== undefined);
    expect(outcomes.filter((o) => o === 'retried')).toHaveLength(1);
    // The others found the live claim (or, once it had settled, found nothing to do).
    expect(outcomes.every((o) => o === 'retried' || o === 'running' || o === 'settled')).toBe(true);
    await waitFor(async () => Promise.resolve(readyWrites.size > 0), 'the ready snapshot');
    await new Promise((resolve) => setTimeout(resolve, 500));
    stop();
    expect(readyWrites.size).toBe(1);
  });
});

describe('retryInterview and checkInterview on a stuck interview', () => {
  it('retryInterview accepts one stuck past its lease, and refuses a live run', async () => {
    const stuck = await stuckInterview({ id: 'dead-worker', atMs: minutesAgo(6) });
    await client.call('retryInterview', { interviewId: stuck.id });
    expect((await untilSettled(stuck)).get('status')).toBe('ready');

    const live = await stuckInterview({ id: 'live-worker', atMs: Date.now() });
    await expect(client.call('retryInterview', { interviewId: live.id })).rejects.toMatchObject({
      code: 'functions/failed-precondition',
      message: expect.stringMatching(/still being written/) as unknown,
    });
    expect((await live.get()).get('status')).toBe('generating');
  });

  it('check now reports a live run, retries a stuck one, and is rate-limited', async () => {
    const checker = await signedInClient('Checker');
    try {
      const { interviewId } = await readyInterview(checker, { questionCount: 1 });
      const ref = interviewDoc(interviewId);
      const leaseAt = Date.now() - 60_000;
      await ref.update({
        status: 'generating',
        questions: [],
        updatedAt: Timestamp.fromMillis(minutesAgo(2)),
        generationLease: { id: 'live-worker', atMs: leaseAt },
      });
      await expect(
        checker.call<CheckInterviewOutput>('checkInterview', { interviewId }),
      ).resolves.toEqual({ outcome: 'running', stalledAfterMs: leaseAt + WORK_LEASE_MS });

      // A second check at once is refused with the wait, and changes nothing.
      await expect(checker.call('checkInterview', { interviewId })).rejects.toMatchObject({
        code: 'functions/resource-exhausted',
        message: expect.stringMatching(/Check again in \d+ seconds/) as unknown,
      });

      // The run dies; after the cooldown a check retries it.
      await ref.update({ generationLease: { id: 'live-worker', atMs: minutesAgo(6) } });
      await adminDb()
        .collection(COLLECTIONS.rateLimits)
        .doc(checker.uid)
        .update({ 'cooldowns.checks': Timestamp.fromMillis(minutesAgo(1)) });
      await expect(
        checker.call<CheckInterviewOutput>('checkInterview', { interviewId }),
      ).resolves.toEqual({ outcome: 'retried' });
      expect((await ref.get()).get('status')).toBe('ready');

      const stranger = await signedInClient('Stranger');
      await expect(stranger.call('checkInterview', { interviewId })).rejects.toMatchObject({
        code: 'functions/not-found',
      });
      await stranger.close();
    } finally {
      await checker.close();
    }
  });
});

describe('sweeping attempts stuck in scoring', () => {
  let interviewId: string;
  let questions: Question[];

  beforeAll(async () => {
    ({ interviewId, questions } = await readyInterview(client, { questionCount: 2 }));
  });

  function transcript(): TranscriptTurn[] {
    const turns: TranscriptTurn[] = [];
    questions.forEach((q, i) => {
      const at = i * 60_000;
      turns.push({ role: 'agent', text: q.text, startMs: at, endMs: at + 5_000 });
      turns.push({
        role: 'user',
        text: 'In my last role I owned the billing service. I measured the slow queries first, added an index and a cache, and cut the p95 latency from 900 to 120 milliseconds, which I checked on the dashboards for a week.',
        startMs: at + 6_000,
        endMs: at + 50_000,
      });
    });
    return turns;
  }

  async function stuckAttempt(lease: TestLease) {
    return writeAttempt(client.uid, interviewId, {
      status: 'scoring',
      scoringLease: lease,
      transcript: transcript(),
      startedAt: Timestamp.fromMillis(minutesAgo(12)),
      endedAt: Timestamp.fromMillis(minutesAgo(10)),
      durationMs: 120_000,
    });
  }

  const feedbackOf = (attemptId: string) => feedbackRef(attemptId).get();

  it('scores one whose worker died, once, even with sweeps racing', async () => {
    const ref = await stuckAttempt({ id: 'dead-worker', atMs: minutesAgo(6) });
    const key = `${interviewId}/${ref.id}`;
    const reports = await Promise.all([sweepStuckWork(), sweepStuckWork()]);
    const outcomes = reports.map((r) => r.attempts[key]).filter((o) => o !== undefined);
    expect(outcomes.filter((o) => o === 'scored')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'scored').every((o) => o.startsWith('skipped'))).toBe(true);
    const snap = await ref.get();
    expect(snap.get('status')).toBe('scored');
    expect(snap.get('scoringLease')).toBeUndefined();
    expect((await feedbackOf(ref.id)).get('engine')).toBe('offline');
  });

  it('fails one whose retry died too, and "score again" then works', async () => {
    const ref = await stuckAttempt({ id: 'sweep-dead', atMs: minutesAgo(6), recoveries: 1 });
    await sweepStuckWork();
    const snap = await ref.get();
    expect(snap.get('status')).toBe('failed');
    expect(snap.get('error')).toBe(SCORING_STOPPED);
    expect(snap.get('scoringLease')).toBeUndefined();
    expect((await feedbackOf(ref.id)).exists).toBe(false);

    await client.call('rescoreAttempt', { interviewId, attemptId: ref.id });
    const scored = await waitFor(async () => {
      const s = await ref.get();
      return s.get('status') === 'scored' ? s : null;
    }, 'the rescored attempt');
    expect(scored.get('error')).toBeUndefined();
  });

  it('leaves a live scoring run alone', async () => {
    const ref = await stuckAttempt({ id: 'live-worker', atMs: Date.now() });
    const report = await sweepStuckWork();
    expect(report.attempts[`${interviewId}/${ref.id}`]).toBeUndefined();
    expect((await ref.get()).get('status')).toBe('scoring');
  });
});
