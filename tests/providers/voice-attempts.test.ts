import { buildInterviewerPrompt, COLLECTIONS, type StartAttemptOutput } from '@candor/core';
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
} from '../support/fake-retell';
import { attemptDoc, readyInterview } from '../support/interviews';

const RETELL_KEY = 'test-retell-key';
const gemini = new FakeGemini();
let retell: FakeRetell;
let client: TestClient;
let interviewId: string;
let questionTexts: string[];

beforeAll(async () => {
  retell = await startEmulatorFakeRetell(RETELL_KEY);
  await gemini.listen(requireEnv('FAKE_GEMINI_URL'));
  gemini.when('mk-voice', {
    kind: 'json',
    value: {
      questions: [
        {
          text: 'Tell me about a time you debugged a difficult production issue.',
          kind: 'behavioral',
        },
        { text: 'How would you design an idempotent webhook receiver?', kind: 'technical' },
      ],
    },
  });
  client = await signedInClient('Grace Hopper');
  const interview = await readyInterview(client, {
    role: 'Backend Engineer mk-voice',
    questionCount: 2,
  });
  interviewId = interview.interviewId;
  questionTexts = interview.questions.map((q) => q.text);
});

afterAll(async () => {
  await client.close();
  await gemini.close();
  await retell.close();
});

async function startVoice(): Promise<Extract<StartAttemptOutput, { mode: 'voice' }>> {
  const started = await client.call<StartAttemptOutput>('startAttempt', {
    interviewId,
    mode: 'voice',
  });
  if (started.mode !== 'voice') throw new Error('expected a voice attempt');
  return started;
}

async function deliver(body: string, signature?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== undefined) headers['x-retell-signature'] = signature;
  const response = await fetch(functionUrl('retellWebhook'), { method: 'POST', headers, body });
  return { status: response.status, json: (await response.json().catch(() => null)) as unknown };
}

function endedBody(attemptId: string, callId: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify(
    retellCallEndedPayload({
      callId,
      metadata: { interviewId, attemptId, uid: client.uid },
      turns: [
        { role: 'agent', text: `Hi Grace. ${questionTexts[0] ?? ''}` },
        {
          role: 'user',
          text: 'Last year our payment API started timing out; I found a missing index and latency fell from two seconds to eighty milliseconds.',
        },
        { role: 'agent', text: questionTexts[1] ?? '' },
        {
          role: 'user',
          text: 'I would store an event key per delivery and write it in the same transaction as the change.',
        },
      ],
      ...extra,
    }),
  );
}

async function webhookEventCount(attemptId: string) {
  return (
    await adminDb().collection(COLLECTIONS.webhookEvents).where('attemptId', '==', attemptId).get()
  ).size;
}

describe('startAttempt in voice mode (real retell-sdk, loopback fake Retell)', () => {
  it('creates a Retell web call with the agent, metadata and dynamic variables', async () => {
    const started = await startVoice();
    expect(started.accessToken).toBeTruthy();
    const [request] = retell.requestsTo(/create-web-call/).slice(-1);
    const body = request?.body as {
      agent_id: string;
      metadata: Record<string, string>;
      retell_llm_dynamic_variables: Record<string, string>;
    };
    expect(request?.headers.authorization).toBe(`Bearer ${RETELL_KEY}`);
    expect(body.agent_id).toBe('agent_test_interviewer');
    expect(body.metadata).toEqual({ interviewId, attemptId: started.attemptId, uid: client.uid });
    expect(body.retell_llm_dynamic_variables.candidate_first_name).toBe('Grace');
    expect(body.retell_llm_dynamic_variables.questions).toContain(questionTexts[0]);
    for (const value of Object.values(body.retell_llm_dynamic_variables)) {
      expect(typeof value).toBe('string');
    }
    const snap = await attemptDoc(interviewId, started.attemptId).get();
    expect(snap.get('status')).toBe('in_progress');
    expect(snap.get('callId')).toBe(started.callId);
  });

  it("tells the agent the candidate's answer target as a dynamic variable the prompt uses", async () => {
    const started = await client.call<StartAttemptOutput>('startAttempt', {
      interviewId,
      mode: 'voice',
      answerTargetMs: 180_000,
    });
    if (started.mode !== 'voice') throw new Error('expected a voice attempt');
    const [request] = retell.requestsTo(/create-web-call/).slice(-1);
    const variables = (request?.body as { retell_llm_dynamic_variables: Record<string, string> })
      .retell_llm_dynamic_variables;
    expect(variables.answer_target).toBe('three minutes');
    // Every variable the stored prompt uses comes with the call, so none is left blank.
    const used = new Set(
      [...buildInterviewerPrompt().matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? ''),
    );
    expect(used.has('answer_target')).toBe(true);
    expect(Object.keys(variables).sort()).toEqual([...used].sort());
    // The fake stored the call as Retell does; the report can set times against the target.
    expect(retell.calls.get(started.callId)?.retell_llm_dynamic_variables).toMatchObject({
      answer_target: 'three minutes',
    });
    const snap = await attemptDoc(interviewId, started.attemptId).get();
    expect(snap.get('timing')).toEqual({ targetMs: 180_000, answers: [] });
  });

  it('uses the default target for the questions when none is chosen, and refuses an odd one', async () => {
    await startVoice();
    const [request] = retell.requestsTo(/create-web-call/).slice(-1);
    // One behavioural and one technical question: two minutes (defaultAnswerTargetMs).
    expect(
      (request?.body as { retell_llm_dynamic_variables: Record<string, string> })
        .retell_llm_dynamic_variables.answer_target,
    ).toBe('two minutes');
    const before = retell.requestsTo(/create-web-call/).length;
    const error = await client
      .call('startAttempt', { interviewId, mode: 'voice', answerTargetMs: 90_000 })
      .then(
        () => null,
        (e: unknown) => e as FirebaseError,
      );
    expect(error?.code).toBe('functions/invalid-argument');
    expect(error?.message).toMatch(/answerTargetMs/);
    expect(retell.requestsTo(/create-web-call/)).toHaveLength(before);
  });

  it.each([
    [401, /did not accept our credentials/],
    [429, /busy/],
    [500, /unavailable/],
  ])('turns a Retell %i into a clear error and a failed attempt', async (status, message) => {
    retell.failNext({ kind: 'status', status }, 3);
    const error = await client.call('startAttempt', { interviewId, mode: 'voice' }).then(
      () => null,
      (e: unknown) => e as FirebaseError,
    );
    retell.reset();
    expect(error?.code).toBe('functions/unavailable');
    expect(error?.message).toMatch(message);
    const failed = await adminDb()
      .collectionGroup(COLLECTIONS.attempts)
      .where('userId', '==', client.uid)
      .where('status', '==', 'failed')
      .get();
    expect(failed.docs.some((d) => message.test(String(d.get('error'))))).toBe(true);
  });
});

describe('retellWebhook (signed with Retell’s real scheme)', () => {
  it('stores the transcript, timing and disconnection reason of a valid call_ended', async () => {
    const { attemptId, callId } = await startVoice();
    const body = endedBody(attemptId, callId);
    const reply = await deliver(body, signRetellWebhook(body, RETELL_KEY));
    expect(reply.status).toBe(200);
    const snap = await attemptDoc(interviewId, attemptId).get();
    expect(['transcribed', 'scoring', 'scored']).toContain(snap.get('status'));
    const transcript = snap.get('transcript') as { role: string; text: string; startMs?: number }[];
    expect(transcript).toHaveLength(4);
    expect(transcript[1]?.text).toMatch(/missing index/);
    expect(typeof transcript[1]?.startMs).toBe('number');
    expect(snap.get('disconnectionReason')).toBe('agent_hangup');
    expect(snap.get('durationMs')).toBeGreaterThan(0);
  });

  it('rejects bad signatures with 401 and writes nothing', async () => {
    const { attemptId, callId } = await startVoice();
    const body = endedBody(attemptId, callId);
    const cases = [
      signRetellWebhook(body, 'wrong-key'),
      signRetellWebhook(body.replace('missing index', 'missing indey'), RETELL_KEY),
      signRetellWebhook(body, RETELL_KEY, Date.now() - 10 * 60_000),
      undefined,
      'garbage',
    ];
    for (const signature of cases) {
      expect((await deliver(body, signature)).status).toBe(401);
    }
    const snap = await attemptDoc(interviewId, attemptId).get();
    expect(snap.get('status')).toBe('in_progress');
    expect(snap.get('transcript')).toEqual([]);
    expect(await webhookEventCount(attemptId)).toBe(0);
  });

  it('answers 400 to a signed but malformed body and writes nothing', async () => {
    const { attemptId } = await startVoice();
    const notJson = '{"event": "call_ended", "call": ';
    expect((await deliver(notJson, signRetellWebhook(notJson, RETELL_KEY))).status).toBe(400);
    const noCall = JSON.stringify({ event: 'call_ended' });
    expect((await deliver(noCall, signRetellWebhook(noCall, RETELL_KEY))).status).toBe(400);
    expect((await attemptDoc(interviewId, attemptId).get()).get('status')).toBe('in_progress');
  });

  it('is idempotent under duplicate and out-of-order deliveries', async () => {
    const { attemptId, callId } = await startVoice();
    const analyzed = endedBody(attemptId, callId, { event: 'call_analyzed' });
    const ended = endedBody(attemptId, callId);
    // call_analyzed first, then call_ended, then both again.
    for (const body of [analyzed, ended, analyzed, ended]) {
      expect((await deliver(body, signRetellWebhook(body, RETELL_KEY))).status).toBe(200);
    }
    const snap = await attemptDoc(interviewId, attemptId).get();
    expect((snap.get('transcript') as unknown[]).length).toBe(4);
    expect(await webhookEventCount(attemptId)).toBe(2);
  });

  it('acknowledges an unknown call without writing anything', async () => {
    const body = JSON.stringify(
      retellCallEndedPayload({
        metadata: { interviewId, attemptId: 'no-such-attempt', uid: client.uid },
      }),
    );
    const reply = await deliver(body, signRetellWebhook(body, RETELL_KEY));
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ result: 'unknown_call' });
    expect(await webhookEventCount('no-such-attempt')).toBe(0);
  });

  it('marks a call that never connected as failed with a reason', async () => {
    const { attemptId, callId } = await startVoice();
    const body = JSON.stringify(
      retellCallEndedPayload({
        callId,
        metadata: { interviewId, attemptId, uid: client.uid },
        turns: [{ role: 'agent', text: 'Hi Grace, thanks for joining.' }],
        disconnectionReason: 'error_user_not_joined',
        callStatus: 'not_connected',
      }),
    );
    expect((await deliver(body, signRetellWebhook(body, RETELL_KEY))).status).toBe(200);
    const snap = await attemptDoc(interviewId, attemptId).get();
    expect(snap.get('status')).toBe('failed');
    expect(snap.get('error')).toMatch(/never connected/);
  });

  it('stores a 1 MB transcript within Firestore’s document limit, marked as truncated', async () => {
    const { attemptId, callId } = await startVoice();
    const long = 'I would measure first and then change one thing at a time. '.repeat(330);
    const turns = Array.from({ length: 100 }, (_, i) => ({
      role: i % 2 === 0 ? ('agent' as const) : ('user' as const),
      text: i % 2 === 0 ? (questionTexts[0] ?? 'Question?') : long,
    }));
    const body = endedBody(attemptId, callId, { turns });
    expect(Buffer.byteLength(body)).toBeGreaterThan(1_000_000);
    expect((await deliver(body, signRetellWebhook(body, RETELL_KEY))).status).toBe(200);
    const snap = await attemptDoc(interviewId, attemptId).get();
    expect(['transcribed', 'scoring', 'scored', 'failed']).toContain(snap.get('status'));
    expect(snap.get('transcriptTruncated')).toBe(true);
    expect((snap.get('transcript') as unknown[]).length).toBeGreaterThan(10);
  });
});
