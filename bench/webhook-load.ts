/**
 * Scenario 3: the Retell webhook under load. 500 deliveries from 50 concurrent senders: every
 * valid call once, a third of all deliveries duplicates (exact replays and re-signed retries,
 * shuffled in so some race their original), and some with bad signatures (wrong key, tampered
 * body, stale timestamp, none), each aimed at an attempt of its own that must stay untouched.
 * Then it waits for the scoring trigger to finish and checks that every valid call has exactly
 * one transcript (one webhook event, its turns stored once) and one feedback, and that nothing
 * was written for the bad ones.
 *
 * `http` sends to the Functions emulator's endpoint; `in-process` calls handleRetellWebhook
 * directly in this process against the Firestore emulator (the trigger still runs in the
 * Functions emulator). Run as a script, it is the in-process child of bench/emulator.ts:
 *   tsx bench/webhook-load.ts <fixtures.json>
 */
import { readFileSync } from 'node:fs';
import { COLLECTIONS, type Question } from '@candor/core';
import { FieldValue } from 'firebase-admin/firestore';
import { adminDb } from '../tests/support/admin';
import { retellCallEndedPayload, signRetellWebhook } from '../tests/support/fake-retell';
import { buildConversation } from './lib/conversation';
import { poll, startMachineSampler, withTriggersOff, type MachineSample } from './lib/emulator';
import { writePart } from './lib/results';
import { sendWithRetries, SENDER_TRIES, type Deliver } from './lib/sender';
import { log, seeded, shuffle, since, summarise, type Summary } from './lib/stats';

export const LOAD = {
  deliveries: 500,
  senders: 50,
  badSignatures: 25,
  transcriptMinutes: 10,
  /** Valid calls delivered one at a time before the load: the handler's latency uncontended. */
  singleSender: 20,
};
const DRAIN_TIMEOUT_MS = 300_000;
const RETELL_KEY = 'test-retell-key';

export interface LoadFixture {
  interviews: { interviewId: string; uid: string; questions: Question[] }[];
}

type Kind = 'original' | 'duplicate' | 'bad';

interface Delivery {
  kind: Kind;
  badKind?: string;
  attemptId: string;
  body: string;
  signature: string | undefined;
}

interface Sent {
  kind: Kind;
  attemptId: string;
  status: number;
  result: string;
  tries: number;
  ms: number;
  sentAtMs: number;
}

export interface LoadFigures {
  mode: 'http' | 'in-process';
  deliveries: number;
  senders: number;
  validCalls: number;
  singleSenderCalls: number;
  duplicates: number;
  badSignatures: number;
  transcriptMinutes: number;
  webhookBytes: number;
  /** The very first delivery, on cold workers. */
  firstDeliveryMs: number;
  /** Send to acknowledgement, one sender, one delivery at a time (before the load). */
  singleSenderAckMs: Summary | null;
  /** Send to acknowledgement, all deliveries of the load. */
  ackMs: Summary | null;
  ackMsByKind: Record<Kind, Summary | null>;
  deliveriesWallMs: number;
  deliveriesPerSecond: number;
  /** From the last delivery until the last feedback document exists. */
  drainMs: number | null;
  /** From a call's first valid delivery to its feedback's createdAt (server clock, same machine). */
  feedbackMs: Summary | null;
  /** Deliveries the sender had to try again (no answer within 30 s, or a 5xx). */
  retried: number;
  /** Deliveries still without an answer after every try. */
  unanswered: number;
  statuses: Record<string, number>;
  checks: {
    /** Every call acknowledged (200), none answered 'stored' twice. */
    storedOnce: boolean;
    everyValidCallOneEvent: boolean;
    everyValidCallOneTranscript: boolean;
    everyValidCallOneFeedback: boolean;
    nothingForBadSignatures: boolean;
    problems: string[];
  };
  /** The machine while delivering, and while the trigger drained the scoring. */
  machine: { deliveries: MachineSample; drain: MachineSample };
}

/** Seeds the attempts (voice calls in progress), as startAttempt would leave them. */
async function seedAttempts(fixture: LoadFixture, count: number, tag: string) {
  const attempts = Array.from({ length: count }, (_, i) => {
    const interview = fixture.interviews[i % fixture.interviews.length];
    if (!interview) throw new Error('no interviews to attach load attempts to');
    const ref = adminDb()
      .collection(COLLECTIONS.interviews)
      .doc(interview.interviewId)
      .collection(COLLECTIONS.attempts)
      .doc();
    return { ref, interview, callId: `call_${tag}_${String(i)}_${ref.id}` };
  });
  await withTriggersOff(async () => {
    for (let i = 0; i < attempts.length; i += 400) {
      const batch = adminDb().batch();
      for (const a of attempts.slice(i, i + 400)) {
        batch.create(a.ref, {
          userId: a.interview.uid,
          interviewId: a.interview.interviewId,
          mode: 'voice',
          callId: a.callId,
          status: 'in_progress',
          questionIds: a.interview.questions.map((q) => q.id),
          transcript: [],
          startedAt: null,
          endedAt: null,
          durationMs: null,
          createdAt: FieldValue.serverTimestamp(),
        });
      }
      await batch.commit();
    }
  });
  return attempts;
}

function plan(fixture: LoadFixture, attempts: Awaited<ReturnType<typeof seedAttempts>>) {
  const random = seeded(20_251_125);
  const duplicates = Math.round(LOAD.deliveries / 3);
  const valid = LOAD.deliveries - duplicates - LOAD.badSignatures;
  const turnsByInterview = new Map(
    fixture.interviews.map((i) => [
      i.interviewId,
      buildConversation(i.questions, LOAD.transcriptMinutes),
    ]),
  );
  const bodyFor = (a: (typeof attempts)[number], extra: Record<string, unknown> = {}) =>
    JSON.stringify(
      retellCallEndedPayload({
        callId: a.callId,
        agentId: 'agent_test_interviewer',
        metadata: {
          interviewId: a.interview.interviewId,
          attemptId: a.ref.id,
          uid: a.interview.uid,
        },
        turns: turnsByInterview.get(a.interview.interviewId) ?? [],
        ...extra,
      }),
    );
  const originals: Delivery[] = attempts.slice(0, valid).map((a) => {
    const body = bodyFor(a);
    return {
      kind: 'original',
      attemptId: a.ref.id,
      body,
      signature: signRetellWebhook(body, RETELL_KEY),
    };
  });
  const dupes: Delivery[] = Array.from({ length: duplicates }, (_, i) => {
    const original = originals[Math.floor(random() * originals.length)];
    if (!original) throw new Error('no valid calls to duplicate');
    // Half are byte-for-byte replays, half a retry signed again a little later.
    const signature =
      i % 2 === 0
        ? original.signature
        : signRetellWebhook(original.body, RETELL_KEY, Date.now() + 1000);
    return { ...original, kind: 'duplicate', signature };
  });
  const badKinds = ['wrong key', 'tampered body', 'stale timestamp', 'no signature'];
  const single: Delivery[] = attempts
    .slice(valid + LOAD.badSignatures, valid + LOAD.badSignatures + LOAD.singleSender)
    .map((a) => {
      const body = bodyFor(a);
      return {
        kind: 'original',
        attemptId: a.ref.id,
        body,
        signature: signRetellWebhook(body, RETELL_KEY),
      };
    });
  const bad: Delivery[] = attempts.slice(valid, valid + LOAD.badSignatures).map((a, i) => {
    const body = bodyFor(a);
    const badKind = badKinds[i % badKinds.length] ?? 'no signature';
    let sent = body;
    let signature: string | undefined;
    if (badKind === 'wrong key') signature = signRetellWebhook(body, 'not-the-retell-key');
    else if (badKind === 'tampered body') {
      signature = signRetellWebhook(body, RETELL_KEY);
      sent = body.replace('"call_status":"ended"', '"call_status":"ended" ');
    } else if (badKind === 'stale timestamp') {
      signature = signRetellWebhook(body, RETELL_KEY, Date.now() - 10 * 60_000);
    }
    return { kind: 'bad', badKind, attemptId: a.ref.id, body: sent, signature };
  });
  return {
    deliveries: shuffle([...originals, ...dupes, ...bad], random),
    single,
    valid: new Set([...originals, ...single].map((d) => d.attemptId)),
    victims: new Set(bad.map((d) => d.attemptId)),
    duplicates,
    webhookBytes: Buffer.byteLength(originals[0]?.body ?? ''),
  };
}

/** All documents of a collection (group) for these interviews, in chunks of Firestore's `in`. */
async function docsFor(
  name: string,
  interviewIds: readonly string[],
  group = false,
): Promise<FirebaseFirestore.QueryDocumentSnapshot[]> {
  const out: FirebaseFirestore.QueryDocumentSnapshot[] = [];
  for (let i = 0; i < interviewIds.length; i += 30) {
    const base = group ? adminDb().collectionGroup(name) : adminDb().collection(name);
    const snap = await base.where('interviewId', 'in', interviewIds.slice(i, i + 30)).get();
    out.push(...snap.docs);
  }
  return out;
}

export async function runWebhookLoad(
  mode: 'http' | 'in-process',
  fixture: LoadFixture,
  deliver: Deliver,
): Promise<LoadFigures> {
  const sampler = startMachineSampler();
  const total = LOAD.deliveries - Math.round(LOAD.deliveries / 3) + LOAD.singleSender;
  log(`webhook load (${mode}): seeding ${String(total)} attempts`);
  const attempts = await seedAttempts(fixture, total, mode === 'http' ? 'h' : 'p');
  const { deliveries, single, valid, victims, duplicates, webhookBytes } = plan(fixture, attempts);
  // One at a time first: the handler uncontended. The first of them meets cold workers (on
  // the emulator) and is reported on its own.
  const singleMs: number[] = [];
  for (const d of single) {
    const reply = await sendWithRetries(deliver, d.body, d.signature, RETELL_KEY);
    singleMs.push(reply.ms);
    if (reply.result !== 'stored') {
      throw new Error(`a single delivery answered ${String(reply.status)} ${reply.result}`);
    }
  }
  sampler.take();

  log(
    `webhook load (${mode}): ${String(deliveries.length)} deliveries from ${String(LOAD.senders)} senders`,
  );
  const sent: Sent[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: LOAD.senders }, async () => {
      while (next < deliveries.length) {
        const d = deliveries[next++];
        if (!d) break;
        const sentAtMs = Date.now();
        const reply = await sendWithRetries(
          deliver,
          d.body,
          d.signature,
          d.kind === 'bad' ? null : RETELL_KEY,
        );
        sent.push({ kind: d.kind, attemptId: d.attemptId, ...reply, sentAtMs });
      }
    }),
  );
  const deliveriesWallMs = since(started);
  const deliveriesMachine = sampler.take();
  const lastDeliveryAtMs = Date.now();
  log(
    `webhook load (${mode}): delivered in ${String(Math.round(deliveriesWallMs))} ms; ` +
      `waiting for ${String(valid.size)} feedback documents`,
  );

  const interviewIds = fixture.interviews.map((i) => i.interviewId);
  const loadAttemptIds = new Set([...valid, ...victims]);
  let drainMs: number | null = null;
  const problems: string[] = [];
  try {
    await poll(
      async () => {
        sampler.check();
        const feedback = await docsFor(COLLECTIONS.feedback, interviewIds);
        const n = feedback.filter((d) => valid.has(String(d.get('attemptId')))).length;
        return n >= valid.size ? n : null;
      },
      DRAIN_TIMEOUT_MS,
      'feedback for every valid call',
      1000,
    );
    drainMs = Date.now() - lastDeliveryAtMs;
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  // Scoring may still settle a moment after the feedback appears; then read everything once.
  const [events, feedback, attemptDocs] = await Promise.all([
    docsFor(COLLECTIONS.webhookEvents, interviewIds),
    docsFor(COLLECTIONS.feedback, interviewIds),
    docsFor(COLLECTIONS.attempts, interviewIds, true),
  ]);
  const countBy = (docs: FirebaseFirestore.QueryDocumentSnapshot[]) => {
    const counts = new Map<string, number>();
    for (const d of docs) {
      const id = String(d.get('attemptId'));
      if (loadAttemptIds.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  };
  const eventCounts = countBy(events);
  const feedbackCounts = countBy(feedback);
  const attemptsById = new Map(attemptDocs.map((d) => [d.id, d]));
  const expectedTurns = new Map(
    fixture.interviews.map((i) => [
      i.interviewId,
      buildConversation(i.questions, LOAD.transcriptMinutes).length,
    ]),
  );

  // A try the sender gave up on may still have been stored, and its retry is then answered
  // 'duplicate': so each call needs one 200 and at most one 'stored', not exactly one.
  const loadCalls = valid.size - single.length;
  const storedReplies = new Map<string, number>();
  const acknowledged = new Set<string>();
  for (const s of sent) {
    if (s.kind === 'bad' || s.status !== 200) continue;
    acknowledged.add(s.attemptId);
    if (s.result === 'stored')
      storedReplies.set(s.attemptId, (storedReplies.get(s.attemptId) ?? 0) + 1);
  }
  const storedOnce =
    acknowledged.size === loadCalls && [...storedReplies.values()].every((n) => n === 1);
  if (!storedOnce) {
    problems.push(
      `${String(acknowledged.size)} of ${String(loadCalls)} calls acknowledged, ` +
        `${String([...storedReplies.values()].filter((n) => n > 1).length)} stored twice`,
    );
  }
  const validIds = [...valid];
  const oneEvent = validIds.every((id) => eventCounts.get(id) === 1);
  if (!oneEvent) problems.push('a valid call does not have exactly one webhook event');
  const oneTranscript = validIds.every((id) => {
    const a = attemptsById.get(id);
    const turns = a?.get('transcript') as unknown[] | undefined;
    return (
      a?.get('status') === 'scored' &&
      turns?.length === expectedTurns.get(String(a.get('interviewId')))
    );
  });
  if (!oneTranscript) {
    const statuses: Record<string, number> = {};
    for (const id of validIds) {
      const s = String(attemptsById.get(id)?.get('status'));
      statuses[s] = (statuses[s] ?? 0) + 1;
    }
    problems.push(`valid attempts by status: ${JSON.stringify(statuses)}`);
  }
  const oneFeedback = validIds.every((id) => feedbackCounts.get(id) === 1);
  if (!oneFeedback) problems.push('a valid call does not have exactly one feedback document');
  const untouched = [...victims].every((id) => {
    const a = attemptsById.get(id);
    return (
      a?.get('status') === 'in_progress' &&
      (a.get('transcript') as unknown[]).length === 0 &&
      !eventCounts.has(id) &&
      !feedbackCounts.has(id)
    );
  });
  if (!untouched) problems.push('something was written for a delivery with a bad signature');
  const badAccepted = sent.filter((s) => s.kind === 'bad' && s.status !== 401).length;
  if (badAccepted > 0) problems.push(`${String(badAccepted)} bad signatures were not answered 401`);
  const unanswered = sent.filter((s) => s.status === 0).length;
  if (unanswered > 0) {
    problems.push(
      `${String(unanswered)} deliveries unanswered after ${String(SENDER_TRIES)} tries`,
    );
  }

  // Per call: first valid delivery -> feedback createdAt.
  const firstSent = new Map<string, number>();
  for (const s of sent) {
    if (s.kind === 'bad') continue;
    firstSent.set(s.attemptId, Math.min(firstSent.get(s.attemptId) ?? Infinity, s.sentAtMs));
  }
  const feedbackMs = feedback
    .filter((d) => valid.has(String(d.get('attemptId'))))
    .map((d) => {
      const created = (d.get('createdAt') as FirebaseFirestore.Timestamp | undefined)?.toMillis();
      const sentAt = firstSent.get(String(d.get('attemptId')));
      return created !== undefined && sentAt !== undefined ? created - sentAt : Number.NaN;
    })
    .filter((ms) => Number.isFinite(ms));

  const statuses: Record<string, number> = {};
  for (const s of sent) {
    const key = `${String(s.status)} ${s.result}`.trim();
    statuses[key] = (statuses[key] ?? 0) + 1;
  }
  const byKind = (kind: Kind) => summarise(sent.filter((s) => s.kind === kind).map((s) => s.ms));
  const figures: LoadFigures = {
    mode,
    deliveries: sent.length,
    senders: LOAD.senders,
    validCalls: loadCalls,
    singleSenderCalls: single.length,
    duplicates,
    badSignatures: victims.size,
    transcriptMinutes: LOAD.transcriptMinutes,
    webhookBytes,
    firstDeliveryMs: Math.round(singleMs[0] ?? Number.NaN),
    singleSenderAckMs: summarise(singleMs.slice(1)),
    ackMs: summarise(sent.map((s) => s.ms)),
    ackMsByKind: {
      original: byKind('original'),
      duplicate: byKind('duplicate'),
      bad: byKind('bad'),
    },
    deliveriesWallMs: Math.round(deliveriesWallMs),
    deliveriesPerSecond: Math.round((sent.length / deliveriesWallMs) * 1000 * 10) / 10,
    drainMs,
    feedbackMs: summarise(feedbackMs),
    retried: sent.filter((x) => x.tries > 1).length,
    unanswered,
    statuses,
    checks: {
      storedOnce,
      everyValidCallOneEvent: oneEvent,
      everyValidCallOneTranscript: oneTranscript,
      everyValidCallOneFeedback: oneFeedback,
      nothingForBadSignatures: untouched && badAccepted === 0,
      problems,
    },
    machine: { deliveries: deliveriesMachine, drain: sampler.take() },
  };
  sampler.stop();
  log(
    `webhook load (${mode}): ack median ${String(figures.ackMs?.median)} ms, p95 ${String(figures.ackMs?.p95)} ms; ` +
      `drain ${String(drainMs)} ms; checks ${problems.length === 0 ? 'passed' : `FAILED: ${problems.join('; ')}`}`,
  );
  return figures;
}

export interface FirestoreBaseline {
  transactions: number;
  inFlight: number;
  perTransactionMs: Summary | null;
  perSecond: number;
}

/**
 * What the Firestore emulator itself allows: transactions shaped like the webhook's (read two
 * documents, create them, one with a transcript-sized field) on documents of their own, so
 * nothing contends, in a collection no trigger watches. Compare with the in-process webhook.
 */
export async function firestoreBaseline(inFlight: number, transactions: number) {
  const collection = adminDb().collection('benchBaseline');
  const transcript = 'word '.repeat(1800);
  const times: number[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < transactions) {
        const a = collection.doc();
        const b = collection.doc();
        const t0 = performance.now();
        await adminDb().runTransaction(async (tx) => {
          const [sa, sb] = await Promise.all([tx.get(a), tx.get(b)]);
          if (sa.exists || sb.exists) return;
          tx.create(a, { transcript, at: FieldValue.serverTimestamp() });
          tx.create(b, { at: FieldValue.serverTimestamp() });
        });
        times.push(since(t0));
      }
    }),
  );
  const figures: FirestoreBaseline = {
    transactions: times.length,
    inFlight,
    perTransactionMs: summarise(times),
    perSecond: Math.round((times.length / since(started)) * 1000 * 10) / 10,
  };
  log(
    `firestore emulator baseline, ${String(inFlight)} in flight: ` +
      `${String(figures.perSecond)} transactions/s, median ${String(figures.perTransactionMs?.median)} ms`,
  );
  return figures;
}

/** The in-process child: the functions' configuration comes in BENCH_FUNCTIONS_ENV. */
async function inProcessMain(fixturePath: string, partName: string) {
  const env = JSON.parse(process.env.BENCH_FUNCTIONS_ENV ?? '{}') as Record<string, string>;
  Object.assign(process.env, env);
  const { handleRetellWebhook } = await import('../functions/src/webhooks/retellWebhook');
  const deliver: Deliver = async (body, signature) => {
    const reply = await handleRetellWebhook(body, signature);
    const result = reply.body.result ?? reply.body.error;
    return { status: reply.status, result: typeof result === 'string' ? result : '' };
  };
  const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as LoadFixture;
  const baseline = [await firestoreBaseline(1, 30), await firestoreBaseline(LOAD.senders, 300)];
  writePart(partName, {
    ...(await runWebhookLoad('in-process', fixture, deliver)),
    firestoreBaseline: baseline,
  });
}

if (require.main === module) {
  const [fixturePath, partName] = process.argv.slice(2);
  if (!fixturePath || !partName) throw new Error('usage: webhook-load.ts <fixture.json> <part>');
  inProcessMain(fixturePath, partName).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
