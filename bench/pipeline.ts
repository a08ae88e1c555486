/**
 * Scenarios 1 and 2, end to end on the emulator suite as a user sees them: a web client calls
 * the function and a Firestore listener in that client sees the result.
 *
 *   1. questions ready: createInterview call -> interviews/{id} status 'ready' seen by onSnapshot
 *   2. feedback ready: a signed call_ended delivery (10-minute transcript of the interview's own
 *      questions) -> feedback/{attemptId} seen by a listener (attempt 'scoring' seen on the way)
 */
import {
  COLLECTIONS,
  type CreateInterviewOutput,
  type Question,
  type StartAttemptOutput,
} from '@candor/core';
import { collection, doc, query, where } from 'firebase/firestore';
import { httpsCallable } from 'firebase/functions';
import { retellCallEndedPayload, signRetellWebhook } from '../tests/support/fake-retell';
import { buildConversation } from './lib/conversation';
import {
  errorMessages,
  watchDoc,
  watchQuery,
  type BenchUser,
  type MachineSample,
  type MachineSampler,
} from './lib/emulator';
import { BENCH_ROLE, type Fakes } from './lib/fakes';
import { httpDeliver, sendWithRetries } from './lib/sender';
import { log, since, summarise, withTimeout, type Summary } from './lib/stats';

/**
 * How long a client waits for a result. The emulator runs Firestore-triggered functions one
 * event at a time, so with a slow model the last of 50 waits about 50 model calls (two each,
 * with the retry): the wait grows with the configured model latency.
 */
export const waitMsFor = (modelLatencyMs: number) => 180_000 + 100 * modelLatencyMs;

const CALL_TIMEOUT_MS = 60_000;

/** A callable from this user's web client, giving up after CALL_TIMEOUT_MS. */
async function call<O>(user: BenchUser, name: string, data: unknown): Promise<O> {
  const fn = httpsCallable<unknown, O>(user.client.functions, name, { timeout: CALL_TIMEOUT_MS });
  return (await fn(data)).data;
}

export interface ReadyInterview {
  user: BenchUser;
  interviewId: string;
  questions: Question[];
  role: string;
}

export interface QuestionsBatch {
  concurrency: number;
  ok: number;
  failed: number;
  errors: string[];
  wallMs: number;
  /** createInterview round trip. */
  callMs: Summary | null;
  /** From the call to the listener seeing status 'ready'. */
  readyMs: Summary | null;
  machine?: MachineSample;
}

/** Creates one interview per user, all at once, and times each to 'ready' in its client. */
export async function questionsBatch(
  users: readonly BenchUser[],
  sampler: MachineSampler,
  waitMs: number,
): Promise<{ figures: QuestionsBatch; interviews: ReadyInterview[] }> {
  const started = performance.now();
  const outcomes = await Promise.allSettled(
    users.map(async (user) => {
      const role = BENCH_ROLE;
      const t0 = performance.now();
      const { interviewId } = await call<CreateInterviewOutput>(user, 'createInterview', {
        role,
        level: 'mid',
        type: 'mixed',
        techStack: ['Go', 'PostgreSQL'],
        questionCount: 5,
      });
      const callMs = since(t0);
      let status = '';
      let questions: Question[] = [];
      let failure = '';
      const ready = watchDoc(
        doc(user.client.db, COLLECTIONS.interviews, interviewId),
        (snap) => {
          status = String(snap.get('status'));
          questions = (snap.get('questions') as Question[] | undefined) ?? [];
          failure = String(snap.get('error') ?? '');
          return status === 'ready' || status === 'failed';
        },
        waitMs,
        `interview ${interviewId} to be ready`,
      );
      const seenAt = await ready.seen;
      if (status !== 'ready') throw new Error(`interview ${status}: ${failure}`);
      return { callMs, readyMs: seenAt - t0, interview: { user, interviewId, questions, role } };
    }),
  );
  sampler.check();
  const done = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
  const figures: QuestionsBatch = {
    concurrency: users.length,
    ok: done.length,
    failed: failures.length,
    errors: errorMessages(failures),
    wallMs: Math.round(since(started)),
    callMs: summarise(done.map((d) => d.callMs)),
    readyMs: summarise(done.map((d) => d.readyMs)),
  };
  log(
    `questions ready x${String(users.length)}: median ${String(figures.readyMs?.median)} ms, ` +
      `p95 ${String(figures.readyMs?.p95)} ms (${String(figures.failed)} failed)`,
  );
  return { figures, interviews: done.map((d) => d.interview) };
}

export interface FeedbackBatch {
  concurrency: number;
  ok: number;
  failed: number;
  errors: string[];
  wallMs: number;
  transcriptMinutes: number;
  webhookBytes: number;
  /** startAttempt (voice) round trip, before the timed part. */
  startAttemptMs: Summary | null;
  /** Webhook delivery acknowledged (HTTP 200). */
  ackMs: Summary | null;
  /** From delivery to the client seeing the attempt in 'scoring' (the trigger has started). */
  scoringSeenMs: Summary | null;
  /** From delivery to the client listener seeing feedback/{attemptId}. */
  feedbackMs: Summary | null;
  machine?: MachineSample;
}

export interface ScoredAttempt {
  interview: ReadyInterview;
  attemptId: string;
}

/** Starts a voice attempt per interview, then ends every call at once with signed webhooks. */
export async function feedbackBatch(
  interviews: readonly ReadyInterview[],
  fakes: Fakes,
  sampler: MachineSampler,
  waitMs: number,
  minutes = 10,
): Promise<{ figures: FeedbackBatch; scored: ScoredAttempt[] }> {
  // Untimed set-up: the attempts, their bodies and live listeners.
  const preparing = await Promise.allSettled(
    interviews.map(async (interview) => {
      const { client } = interview.user;
      const t0 = performance.now();
      const started = await call<StartAttemptOutput>(interview.user, 'startAttempt', {
        interviewId: interview.interviewId,
        mode: 'voice',
      });
      const startAttemptMs = since(t0);
      if (started.mode !== 'voice') throw new Error('startAttempt did not start a voice call');
      const turns = buildConversation(interview.questions, minutes, {
        candidate: interview.user.displayName.split(' ')[0] ?? 'Grace',
        role: interview.role,
      });
      const body = JSON.stringify(
        retellCallEndedPayload({
          callId: started.callId,
          agentId: 'agent_test_interviewer',
          metadata: {
            interviewId: interview.interviewId,
            attemptId: started.attemptId,
            uid: client.uid,
          },
          turns,
        }),
      );
      const attemptRef = doc(
        client.db,
        COLLECTIONS.interviews,
        interview.interviewId,
        COLLECTIONS.attempts,
        started.attemptId,
      );
      const scoring = watchDoc(
        attemptRef,
        (snap) => ['scoring', 'scored', 'failed'].includes(String(snap.get('status'))),
        waitMs,
        `attempt ${started.attemptId} to be scoring`,
      );
      const feedback = watchQuery(
        query(
          collection(client.db, COLLECTIONS.feedback),
          where('userId', '==', client.uid),
          where('attemptId', '==', started.attemptId),
        ),
        (snap) => !snap.empty,
        waitMs,
        `feedback for ${started.attemptId}`,
      );
      return { interview, started, startAttemptMs, body, scoring, feedback };
    }),
  );
  const prepared = preparing.flatMap((p) => (p.status === 'fulfilled' ? [p.value] : []));
  const prepFailures = preparing.flatMap((p) =>
    p.status === 'rejected' ? [p.reason as unknown] : [],
  );
  await withTimeout(
    Promise.all(prepared.flatMap((p) => [p.scoring.live, p.feedback.live])),
    waitMs,
    'the listeners to go live',
  );
  sampler.check();

  const started = performance.now();
  const outcomes = await Promise.allSettled(
    prepared.map(async (p) => {
      const t0 = performance.now();
      const reply = await sendWithRetries(
        httpDeliver,
        p.body,
        signRetellWebhook(p.body, fakes.retellKey),
        fakes.retellKey,
      );
      const ackMs = since(t0);
      if (reply.status !== 200 || reply.result !== 'stored') {
        p.scoring.stop();
        p.feedback.stop();
        throw new Error(`webhook answered ${String(reply.status)} ${reply.result}`);
      }
      const [scoringAt, feedbackAt] = await Promise.all([p.scoring.seen, p.feedback.seen]);
      return {
        ackMs,
        scoringSeenMs: scoringAt - t0,
        feedbackMs: feedbackAt - t0,
        scored: { interview: p.interview, attemptId: p.started.attemptId },
      };
    }),
  );
  sampler.check();
  const done = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const failures = [
    ...prepFailures,
    ...outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : [])),
  ];
  const sample = prepared[0];
  const figures: FeedbackBatch = {
    concurrency: interviews.length,
    ok: done.length,
    failed: failures.length,
    errors: errorMessages(failures),
    wallMs: Math.round(since(started)),
    transcriptMinutes: minutes,
    webhookBytes: sample ? Buffer.byteLength(sample.body) : 0,
    startAttemptMs: summarise(prepared.map((p) => p.startAttemptMs)),
    ackMs: summarise(done.map((d) => d.ackMs)),
    scoringSeenMs: summarise(done.map((d) => d.scoringSeenMs)),
    feedbackMs: summarise(done.map((d) => d.feedbackMs)),
  };
  log(
    `feedback ready x${String(interviews.length)}: ack median ${String(figures.ackMs?.median)} ms, ` +
      `feedback median ${String(figures.feedbackMs?.median)} ms, p95 ${String(figures.feedbackMs?.p95)} ms ` +
      `(${String(figures.failed)} failed)`,
  );
  return { figures, scored: done.map((d) => d.scored) };
}
