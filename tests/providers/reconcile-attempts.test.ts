/**
 * Attempts that would otherwise hang: the webhook never arrives, the call never connects, a
 * sweep races a late webhook. startAttempt and checkAttempt run on the Functions emulator; the
 * sweep's handler runs in this process against the same Firestore emulator (a scheduled
 * function cannot be fired on the emulator without Pub/Sub), both with the real retell-sdk
 * against the loopback fake Retell.
 */
import {
  CALL_FAILURE_REASONS,
  COLLECTIONS,
  retellWebhookEventKey,
  type CheckAttemptOutput,
  type StartAttemptOutput,
} from '@candor/core';
import { handleSweepStuckAttempts } from '../../functions/src/attempts/sweepStuckAttempts';
import { adminDb } from '../support/admin';
import { signedInClient, type TestClient } from '../support/client';
import { functionUrl, requireEnv } from '../support/env';
import { FakeGemini } from '../support/fake-gemini';
import {
  retellCallEndedPayload,
  signRetellWebhook,
  startEmulatorFakeRetell,
  type FakeRetell,
  type FakeTurn,
} from '../support/fake-retell';
import { attemptDoc, readyInterview } from '../support/interviews';

const RETELL_KEY = 'test-retell-key';
const MINUTE = 60_000;
const gemini = new FakeGemini();
let retell: FakeRetell;
let client: TestClient;
let interviewId: string;

const turns: FakeTurn[] = [
  { role: 'agent', text: 'Tell me about a time you debugged a difficult production issue.' },
  {
    role: 'user',
    text: 'Our payment API timed out under load; a missing index was the cause, and adding it fixed the latency.',
  },
];

beforeAll(async () => {
  // The in-process sweep reads its params from the environment, as the emulator's functions do.
  process.env.RETELL_API_KEY = RETELL_KEY;
  process.env.RETELL_BASE_URL = requireEnv('FAKE_RETELL_URL');
  retell = await startEmulatorFakeRetell(RETELL_KEY);
  await gemini.listen(requireEnv('FAKE_GEMINI_URL'));
  gemini.when('mk-reconcile', {
    kind: 'json',
    value: {
      questions: [
        {
          text: 'Tell me about a time you debugged a difficult production issue.',
          kind: 'behavioral',
        },
      ],
    },
  });
  client = await signedInClient('Grace Hopper');
  ({ interviewId } = await readyInterview(client, {
    role: 'Backend Engineer mk-reconcile',
    questionCount: 1,
  }));
});

afterAll(async () => {
  await client.close();
  await gemini.close();
  await retell.close();
});

async function startVoice() {
  const started = await client.call<StartAttemptOutput>('startAttempt', {
    interviewId,
    mode: 'voice',
  });
  if (started.mode !== 'voice') throw new Error('expected a voice attempt');
  return started;
}

const check = (attemptId: string, callEnded?: boolean) =>
  client.call<CheckAttemptOutput>('checkAttempt', {
    interviewId,
    attemptId,
    ...(callEnded === undefined ? {} : { callEnded }),
  });

async function eventKeysFor(attemptId: string) {
  const snap = await adminDb()
    .collection(COLLECTIONS.webhookEvents)
    .where('attemptId', '==', attemptId)
    .get();
  return snap.docs.map((d) => d.id);
}

const getCallsFor = (callId: string) => retell.requestsTo(`/v2/get-call/${callId}`).length;

function deliverEnded(attemptId: string, callId: string) {
  const body = JSON.stringify(
    retellCallEndedPayload({
      callId,
      metadata: { interviewId, attemptId, uid: client.uid },
      turns,
    }),
  );
  return fetch(functionUrl('retellWebhook'), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-retell-signature': signRetellWebhook(body, RETELL_KEY),
    },
    body,
  });
}

describe('an attempt whose webhook never arrives', () => {
  it('is transcribed from get-call when the room reports the end; the late webhook is a duplicate', async () => {
    const { attemptId, callId, tokenIssuedAtMs } = await startVoice();
    expect(Math.abs(tokenIssuedAtMs - Date.now())).toBeLessThan(30_000);
    retell.connectCall(callId, Date.now());
    retell.endCall(callId, { turns, disconnectionReason: 'user_hangup' });

    // The room reports the end. The call is over at Retell, so one lookup settles it at once.
    const first = await check(attemptId, true);
    expect(first).toEqual({ state: 'settled' });
    expect(getCallsFor(callId)).toBe(1);
    const snap = await attemptDoc(interviewId, attemptId).get();
    expect(['transcribed', 'scoring', 'scored', 'failed']).toContain(snap.get('status'));
    expect((snap.get('transcript') as { text: string }[]).map((t) => t.text)).toEqual(
      turns.map((t) => t.text),
    );
    expect(snap.get('disconnectionReason')).toBe('user_hangup');
    expect(snap.get('callEndedAt')).toBeDefined();
    // Stored under the webhook's own key: the late webhook is a duplicate and changes nothing.
    expect(await eventKeysFor(attemptId)).toEqual([retellWebhookEventKey('call_ended', callId)]);
    const late = await deliverEnded(attemptId, callId);
    expect(await late.json()).toEqual({ result: 'duplicate' });
  });

  it('is settled by the sweep when nobody is on the page any more', async () => {
    const { attemptId, callId } = await startVoice();
    retell.connectCall(callId, Date.now());
    // Still running: the sweep looks, sees an ongoing call and leaves it.
    const early = await handleSweepStuckAttempts(Date.now() + 5 * MINUTE);
    expect(early.errors).toBe(0);
    expect((await attemptDoc(interviewId, attemptId).get()).get('status')).toBe('in_progress');
    expect(getCallsFor(callId)).toBe(1);

    retell.endCall(callId, { turns });
    // The next sweep (lookups every five minutes per call) records it from get-call.
    await handleSweepStuckAttempts(Date.now() + 11 * MINUTE);
    const snap = await attemptDoc(interviewId, attemptId).get();
    expect(['transcribed', 'scoring', 'scored', 'failed']).toContain(snap.get('status'));
    expect((snap.get('transcript') as unknown[]).length).toBe(2);
    expect(getCallsFor(callId)).toBe(2);
    expect(await eventKeysFor(attemptId)).toEqual([retellWebhookEventKey('call_ended', callId)]);
  });
});

describe('a call that never connected', () => {
  it('fails with a reason the candidate can act on', async () => {
    const { attemptId, callId } = await startVoice();
    retell.expireCall(callId);
    await handleSweepStuckAttempts(Date.now() + 3 * MINUTE);
    const snap = await attemptDoc(interviewId, attemptId).get();
    expect(snap.get('status')).toBe('failed');
    expect(snap.get('error')).toBe(CALL_FAILURE_REASONS.not_connected);
    expect(snap.get('disconnectionReason')).toBe('error_user_not_joined');
  });

  it('"check now" is rate-limited per attempt and says what it waits for', async () => {
    const { attemptId, callId } = await startVoice();
    const first = await check(attemptId);
    // Registered and inside the token's life: it may still connect.
    expect(first).toMatchObject({ state: 'waiting', waitingFor: 'the voice call to finish' });
    const second = await check(attemptId);
    expect(second.state).toBe('waiting');
    expect(getCallsFor(callId)).toBe(1);
    if (second.state === 'waiting') expect(second.nextCheckAtMs).toBeGreaterThan(Date.now());
  });
});

describe('concurrency', () => {
  it('two sweeps at once look each call up once and write once', async () => {
    const { attemptId, callId } = await startVoice();
    retell.connectCall(callId, Date.now());
    retell.endCall(callId, { turns });
    const now = Date.now() + 11 * MINUTE;
    const [a, b] = await Promise.all([
      handleSweepStuckAttempts(now),
      handleSweepStuckAttempts(now),
    ]);
    expect(a.errors + b.errors).toBe(0);
    expect(getCallsFor(callId)).toBe(1);
    expect(await eventKeysFor(attemptId)).toEqual([retellWebhookEventKey('call_ended', callId)]);
  });

  it('a sweep racing a late webhook writes the result once', async () => {
    const { attemptId, callId } = await startVoice();
    retell.connectCall(callId, Date.now());
    retell.endCall(callId, { turns });
    const [, reply] = await Promise.all([
      handleSweepStuckAttempts(Date.now() + 11 * MINUTE),
      deliverEnded(attemptId, callId).then((r) => r.json() as Promise<{ result: string }>),
    ]);
    expect(['stored', 'duplicate']).toContain(reply.result);
    expect(await eventKeysFor(attemptId)).toEqual([retellWebhookEventKey('call_ended', callId)]);
    const snap = await attemptDoc(interviewId, attemptId).get();
    expect((snap.get('transcript') as unknown[]).length).toBe(2);
  });
});
