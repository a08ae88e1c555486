/**
 * Retell failing in the ways a network service fails: every attempt ends in a clear state
 * (failed, with a reason the candidate can act on), the callable says so, and duplicated or
 * concurrent webhook deliveries write exactly once. Covered elsewhere and not repeated here:
 * 401/429/500 on create-web-call and sequential duplicate deliveries (voice-attempts.test.ts),
 * the provider's error mapping in-process (tests/functions/retell-provider.test.ts).
 */
import { COLLECTIONS, type StartAttemptOutput } from '@candor/core';
import { FirebaseError } from 'firebase/app';
import { adminDb } from '../support/admin';
import { signedInClient, type TestClient } from '../support/client';
import { functionUrl, requireEnv } from '../support/env';
import { FakeGemini } from '../support/fake-gemini';
import {
  retellCallEndedPayload,
  signRetellWebhook,
  startEmulatorFakeRetell,
  type FakeRetell,
  type FakeRetellFailure,
} from '../support/fake-retell';
import { attemptDoc, readyInterview } from '../support/interviews';

const RETELL_KEY = 'test-retell-key';
const gemini = new FakeGemini();
let retell: FakeRetell;
let client: TestClient;
let interviewId: string;

beforeAll(async () => {
  retell = await startEmulatorFakeRetell(RETELL_KEY);
  await gemini.listen(requireEnv('FAKE_GEMINI_URL'));
  gemini.when('flt-retell', {
    kind: 'json',
    value: {
      questions: [
        { text: 'Tell me about a time you recovered from an outage.', kind: 'behavioral' },
        { text: 'How would you make a webhook receiver idempotent?', kind: 'technical' },
      ],
    },
  });
  client = await signedInClient('Ada Fault');
  ({ interviewId } = await readyInterview(client, {
    role: 'Backend Engineer flt-retell',
    questionCount: 2,
  }));
});

afterAll(async () => {
  await client.close();
  await gemini.close();
  await retell.close();
});

afterEach(() => {
  retell.reset();
});

async function failedStart(): Promise<{ error: FirebaseError; attemptId: string }> {
  const before = new Set(
    (
      await adminDb()
        .collection(COLLECTIONS.interviews)
        .doc(interviewId)
        .collection('attempts')
        .get()
    ).docs.map((d) => d.id),
  );
  const error = await client.call('startAttempt', { interviewId, mode: 'voice' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FirebaseError);
  const after = await adminDb()
    .collection(COLLECTIONS.interviews)
    .doc(interviewId)
    .collection('attempts')
    .get();
  const created = after.docs.filter((d) => !before.has(d.id));
  // The attempt was created before the call to Retell; exactly one, and it was settled.
  expect(created).toHaveLength(1);
  return { error: error as FirebaseError, attemptId: created[0]?.id ?? '' };
}

describe('create-web-call faults', () => {
  it.each<[string, FakeRetellFailure, number, RegExp]>([
    [
      'a timeout (no answer within 10 s, retried once)',
      { kind: 'delay', ms: 15_000 },
      2,
      /took too long/,
    ],
    ['malformed JSON with a 200', { kind: 'malformed-json' }, 1, /unavailable right now/],
    [
      'a 200 without call_id or access_token',
      { kind: 'status', status: 200, body: { status: 'ok', note: 'not a web call' } },
      1,
      /unavailable right now/,
    ],
    [
      "a proxy's 502 error page",
      { kind: 'status', status: 502, body: '<html><body>Bad gateway</body></html>' },
      2,
      /unavailable right now/,
    ],
  ])(
    'turns %s into a failed attempt with a reason and a clear error',
    async (_name, failure, requests, message) => {
      retell.failNext(failure, requests);
      const { error, attemptId } = await failedStart();
      expect(error.code).toBe('functions/unavailable');
      expect(error.message).toMatch(message);
      // Nothing of Retell's own wording, configuration or the stack reaches the candidate.
      expect(error.message).not.toMatch(/agent_|Bad gateway|SyntaxError|JSON|call_id|\bat \S+ \(/);

      const snap = await attemptDoc(interviewId, attemptId).get();
      expect(snap.get('status')).toBe('failed');
      // The same sentence (the client SDK appends the HTTP status to its message).
      expect(error.message).toBe(`${String(snap.get('error'))} [503]`);
      // Never half-written: no call id without a call, no transcript.
      expect(snap.get('callId')).toBeUndefined();
      expect(snap.get('transcript')).toEqual([]);
      expect(retell.requestsTo(/create-web-call/)).toHaveLength(requests);
    },
    60_000,
  );

  it('works again once Retell recovers: a new attempt, with its own call', async () => {
    retell.failNext({ kind: 'malformed-json' });
    await failedStart();
    const started = await client.call<StartAttemptOutput>('startAttempt', {
      interviewId,
      mode: 'voice',
    });
    expect(started.mode).toBe('voice');
    const snap = await attemptDoc(interviewId, started.attemptId).get();
    expect(snap.get('status')).toBe('in_progress');
  });
});

describe('webhook deliveries that race or repeat', () => {
  async function startVoice() {
    const started = await client.call<StartAttemptOutput>('startAttempt', {
      interviewId,
      mode: 'voice',
    });
    if (started.mode !== 'voice') throw new Error('expected a voice attempt');
    return started;
  }

  function endedBody(attemptId: string, callId: string, event?: 'call_analyzed') {
    return JSON.stringify(
      retellCallEndedPayload({
        ...(event ? { event } : {}),
        callId,
        metadata: { interviewId, attemptId, uid: client.uid },
        turns: [
          { role: 'agent', text: 'Tell me about a time you recovered from an outage.' },
          { role: 'user', text: 'Our queue filled up; I drained it and added back-pressure.' },
        ],
      }),
    );
  }

  async function deliver(body: string) {
    const response = await fetch(functionUrl('retellWebhook'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-retell-signature': signRetellWebhook(body, RETELL_KEY),
      },
      body,
    });
    return { status: response.status, json: (await response.json()) as { result?: string } };
  }

  const eventsFor = async (attemptId: string) =>
    (
      await adminDb()
        .collection(COLLECTIONS.webhookEvents)
        .where('attemptId', '==', attemptId)
        .get()
    ).size;

  it('stores the same signed event delivered twice at once exactly once', async () => {
    const { attemptId, callId } = await startVoice();
    const body = endedBody(attemptId, callId);
    const replies = await Promise.all([deliver(body), deliver(body)]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    expect(replies.map((r) => r.json.result).sort()).toEqual(['duplicate', 'stored']);
    expect(await eventsFor(attemptId)).toBe(1);
    const snap = await attemptDoc(interviewId, attemptId).get();
    expect(snap.get('transcript')).toHaveLength(2);
  });

  it('stores a burst of retries and both events of one call once each', async () => {
    const { attemptId, callId } = await startVoice();
    const ended = endedBody(attemptId, callId);
    const analyzed = endedBody(attemptId, callId, 'call_analyzed');
    const replies = await Promise.all(
      [ended, analyzed, ended, analyzed, ended].map((body) => deliver(body)),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    const results = replies.map((r) => r.json.result);
    // The first event to land stores the transcript; the other event finds the attempt closed.
    expect(results.filter((r) => r === 'stored')).toHaveLength(1);
    expect(results.filter((r) => r === 'closed')).toHaveLength(1);
    expect(results.filter((r) => r === 'duplicate')).toHaveLength(3);
    expect(await eventsFor(attemptId)).toBe(2);
    expect((await attemptDoc(interviewId, attemptId).get()).get('transcript')).toHaveLength(2);
  });

  it('retries a delivery that found nothing to write (an unknown attempt) without harm', async () => {
    const body = endedBody('not-an-attempt', 'call_unknown');
    const replies = await Promise.all([deliver(body), deliver(body)]);
    expect(replies.map((r) => r.json.result)).toEqual(['unknown_call', 'unknown_call']);
    expect(await eventsFor('not-an-attempt')).toBe(0);
  });
});
