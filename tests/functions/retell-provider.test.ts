/**
 * The Retell provider with the real retell-sdk against a loopback fake of Retell's API.
 * No emulators needed.
 */
import { buildRetellDynamicVariables, parseRetellWebhook } from '@candor/core';
import { symmetric } from 'retell-sdk/lib/webhook_auth';
import {
  VoiceProviderError,
  createRetellProvider,
  type VoiceProvider,
} from '../../functions/src/providers/retell';
import {
  ACCESS_TOKEN_TTL_MS,
  decodeLivekitToken,
  retellCallEndedPayload,
  SAMPLE_TURNS,
  signRetellWebhook,
  startFakeRetell,
  type FakeRetell,
} from '../support/fake-retell';

const API_KEY = 'key_candor_test_0123456789abcdef';
const metadata = { interviewId: 'interview_A1', attemptId: 'attempt_B2', uid: 'uid_C3' };
const dynamicVariables = buildRetellDynamicVariables({
  questions: [{ text: 'Tell me about a hard bug.' }, { text: 'How does a hash map work?' }],
  role: 'Backend Engineer',
  level: 'mid',
  displayName: 'Grace Hopper',
});
const input = { agentId: 'agent_candor_test', metadata, dynamicVariables };

let fake: FakeRetell;

beforeAll(async () => {
  fake = await startFakeRetell({ apiKey: API_KEY });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.reset();
});

const provider = (overrides: { apiKey?: string; timeoutMs?: number; maxRetries?: number } = {}) =>
  createRetellProvider({
    apiKey: API_KEY,
    baseURL: fake.url,
    timeoutMs: 2_000,
    maxRetries: 0,
    ...overrides,
  });

async function expectVoiceError(
  promise: Promise<unknown>,
  kind: VoiceProviderError['kind'],
): Promise<VoiceProviderError> {
  const error: unknown = await promise.then(
    () => new Error('expected a VoiceProviderError'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VoiceProviderError);
  const voiceError = error as VoiceProviderError;
  expect(voiceError.kind).toBe(kind);
  return voiceError;
}

describe('createWebCall', () => {
  it('creates a web call with the agent, metadata and dynamic variables', async () => {
    const call = await provider().createWebCall(input);

    expect(call.callId).toMatch(/^call_[0-9a-f]{32}$/);
    expect(call.accessToken).toBeTruthy();
    const [request, ...others] = fake.requestsTo('/v2/create-web-call');
    expect(others).toHaveLength(0);
    expect(request?.method).toBe('POST');
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.body).toEqual({
      agent_id: 'agent_candor_test',
      metadata,
      retell_llm_dynamic_variables: dynamicVariables,
    });
    expect(fake.calls.get(call.callId)).toMatchObject({
      call_status: 'registered',
      access_token: call.accessToken,
    });
    // A LiveKit room token for this call, valid for 30 s: what browser SDK 2.x joins.
    const claims = decodeLivekitToken(call.accessToken);
    expect(claims?.video).toMatchObject({ room: call.callId, roomJoin: true, canPublish: true });
    expect(((claims?.exp ?? 0) - (claims?.nbf ?? 0)) * 1000).toBe(ACCESS_TOKEN_TTL_MS);
  });

  it('is refused what Retell refuses: the other version path, no agent, non-string variables, unknown fields', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${fake.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as unknown }));
    const v3 = await post('/v3/create-web-call', { agent_id: 'agent_candor_test' });
    expect(v3).toEqual({ status: 404, body: { status: 'error', message: 'Not Found' } });
    const noAgent = await post('/v2/create-web-call', { metadata });
    expect(noAgent).toEqual({
      status: 400,
      body: { status: 'error', message: 'Invalid request format, please check API reference.' },
    });
    const numbers = await post('/v2/create-web-call', {
      agent_id: 'agent_candor_test',
      retell_llm_dynamic_variables: { question_count: 3 },
    });
    expect(numbers.status).toBe(400);
    // A field create-web-call does not define (the answer target belongs in the variables).
    const unknown = await post('/v2/create-web-call', {
      agent_id: 'agent_candor_test',
      answer_target: 'two minutes',
    });
    expect(unknown).toEqual(noAgent);
    // Through the SDK, the same refusals read as bad_request (not worth retrying).
    await expectVoiceError(provider().createWebCall({ ...input, agentId: '' }), 'bad_request');
  });

  it('maps a wrong API key (401) to auth', async () => {
    const error = await expectVoiceError(
      provider({ apiKey: 'key_wrong' }).createWebCall(input),
      'auth',
    );
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/practice mode/);
    expect(error.retryable).toBe(false);
  });

  it('maps 429 to rate_limited', async () => {
    fake.failNext({ kind: 'status', status: 429 });
    const error = await expectVoiceError(provider().createWebCall(input), 'rate_limited');
    expect(error.message).toBe(
      'The voice service is busy right now. Please try again in a minute.',
    );
    expect(error.detail).toMatch(/rate limit/i);
    expect(error.retryable).toBe(true);
  });

  it('maps 500 to unavailable', async () => {
    fake.failNext({ kind: 'status', status: 500 });
    const error = await expectVoiceError(provider().createWebCall(input), 'unavailable');
    expect(error.status).toBe(500);
  });

  it('maps 400 and 422 to bad_request, keeping Retell’s message out of the user message', async () => {
    fake.failNext({
      kind: 'status',
      status: 422,
      body: { status: 'error', message: 'agent_id agent_x is invalid' },
    });
    const error = await expectVoiceError(provider().createWebCall(input), 'bad_request');
    expect(error.detail).toContain('agent_id agent_x is invalid');
    expect(error.message).not.toContain('agent_x');

    fake.failNext({ kind: 'status', status: 400 });
    await expectVoiceError(provider().createWebCall(input), 'bad_request');
  });

  it('maps an unknown agent (422) to bad_request', async () => {
    const strict = await startFakeRetell({ apiKey: API_KEY, strictAgents: true });
    try {
      const error = await expectVoiceError(
        createRetellProvider({ apiKey: API_KEY, baseURL: strict.url, maxRetries: 0 }).createWebCall(
          input,
        ),
        'bad_request',
      );
      expect(error.status).toBe(422);
    } finally {
      await strict.close();
    }
  });

  it('times out when Retell is slower than timeoutMs', async () => {
    fake.failNext({ kind: 'delay', ms: 3_000 });
    const started = Date.now();
    const error = await expectVoiceError(
      provider({ timeoutMs: 300 }).createWebCall(input),
      'timeout',
    );
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(error.message).toMatch(/too long/);
  });

  it('maps a malformed JSON response to unavailable', async () => {
    fake.failNext({ kind: 'malformed-json' });
    await expectVoiceError(provider().createWebCall(input), 'unavailable');
  });

  it('maps a refused connection to unavailable', async () => {
    const gone = await startFakeRetell({ apiKey: API_KEY });
    const url = gone.url;
    await gone.close();
    await expectVoiceError(
      createRetellProvider({ apiKey: API_KEY, baseURL: url, maxRetries: 0 }).createWebCall(input),
      'unavailable',
    );
  });

  it('retries a transient failure once by default', async () => {
    fake.failNext({ kind: 'status', status: 503, headers: { 'retry-after-ms': '10' } });
    const call = await createRetellProvider({ apiKey: API_KEY, baseURL: fake.url }).createWebCall(
      input,
    );
    expect(call.callId).toBeTruthy();
    expect(fake.requestsTo('/v2/create-web-call')).toHaveLength(2);
  });

  it('refuses an empty API key up front', () => {
    expect(() => createRetellProvider({ apiKey: ' ', baseURL: fake.url })).toThrow(
      VoiceProviderError,
    );
  });
});

describe('getCall', () => {
  it('reads a registered call, then the ended call with its transcript, as a webhook would', async () => {
    const voice = provider();
    const { callId } = await voice.createWebCall(input);
    expect(await voice.getCall(callId)).toMatchObject({
      call_id: callId,
      call_status: 'registered',
      metadata,
    });
    expect(fake.requestsTo(`/v2/get-call/${callId}`)).toHaveLength(1);

    const startedAt = Date.now() - 60_000;
    fake.connectCall(callId, startedAt);
    expect((await voice.getCall(callId)).call_status).toBe('ongoing');
    fake.endCall(callId, { turns: SAMPLE_TURNS, disconnectionReason: 'agent_hangup' });
    const ended = await voice.getCall(callId);
    expect(ended).toMatchObject({
      call_status: 'ended',
      start_timestamp: startedAt,
      disconnection_reason: 'agent_hangup',
    });
    expect(ended.end_timestamp).toBeGreaterThan(startedAt);
    expect(ended.transcript_object?.map((u) => u.content)).toEqual(SAMPLE_TURNS.map((t) => t.text));
    // The same object a call_ended webhook carries parses the same way.
    expect(parseRetellWebhook({ event: 'call_ended', call: ended })).toMatchObject({
      ok: true,
      metadata,
    });
  });

  it('reports a call nobody joined as error / error_user_not_joined', async () => {
    const voice = provider();
    const { callId } = await voice.createWebCall(input);
    fake.expireCall(callId);
    expect(await voice.getCall(callId)).toMatchObject({
      call_status: 'error',
      disconnection_reason: 'error_user_not_joined',
    });
  });

  it('maps an unknown call (422, Retell’s "cannot find requested asset") to bad_request', async () => {
    const error = await expectVoiceError(provider().getCall('call_nope'), 'bad_request');
    expect(error.status).toBe(422);
    expect(error.detail).toContain('Cannot find requested asset');
  });

  it('maps an outage to unavailable', async () => {
    fake.failNext({ kind: 'status', status: 500 });
    await expectVoiceError(provider().getCall('call_any'), 'unavailable');
  });
});

describe('verifyWebhook', () => {
  let voice: VoiceProvider;
  const body = JSON.stringify(retellCallEndedPayload({ metadata }));

  beforeAll(() => {
    voice = provider();
  });

  it('accepts a body signed with the API key, and the body parses', async () => {
    await expect(voice.verifyWebhook(body, signRetellWebhook(body, API_KEY))).resolves.toBe(true);
    expect(parseRetellWebhook(JSON.parse(body))).toMatchObject({ ok: true, metadata });
  });

  it('accepts a signature made a little while ago (clock skew within 5 minutes)', async () => {
    const signature = signRetellWebhook(body, API_KEY, Date.now() - 4 * 60_000);
    await expect(voice.verifyWebhook(body, signature)).resolves.toBe(true);
  });

  it('rejects a signature made with another key', async () => {
    await expect(voice.verifyWebhook(body, signRetellWebhook(body, 'key_other'))).resolves.toBe(
      false,
    );
  });

  it('rejects a tampered body', async () => {
    const signature = signRetellWebhook(body, API_KEY);
    const tampered = body.replace('attempt_B2', 'attempt_XX');
    expect(tampered).not.toBe(body);
    await expect(voice.verifyWebhook(tampered, signature)).resolves.toBe(false);
    // Re-serialising the parsed body is a different string too: verify the raw body.
    await expect(voice.verifyWebhook(`${body} `, signature)).resolves.toBe(false);
  });

  it('rejects a stale or future timestamp (replay), even with a valid digest', async () => {
    const stale = signRetellWebhook(body, API_KEY, Date.now() - 6 * 60_000);
    const future = signRetellWebhook(body, API_KEY, Date.now() + 6 * 60_000);
    await expect(voice.verifyWebhook(body, stale)).resolves.toBe(false);
    await expect(voice.verifyWebhook(body, future)).resolves.toBe(false);
  });

  it('rejects a missing, empty or malformed header', async () => {
    const good = signRetellWebhook(body, API_KEY);
    const digest = good.split(',d=')[1] ?? '';
    for (const header of [
      undefined,
      '',
      '   ',
      'garbage',
      `d=${digest}`,
      `v=${String(Date.now())}`,
      `v=${String(Date.now())},d=${digest.slice(0, 10)}`,
      `v=abc,d=${digest}`,
    ]) {
      await expect(voice.verifyWebhook(body, header)).resolves.toBe(false);
    }
  });

  it('signs exactly as retell-sdk does (same string for the same timestamp)', async () => {
    const timestamp = 1_760_000_000_123;
    await expect(symmetric.sign(body, API_KEY, timestamp)).resolves.toBe(
      signRetellWebhook(body, API_KEY, timestamp),
    );
    expect(signRetellWebhook(body, API_KEY, timestamp)).toMatch(/^v=1760000000123,d=[0-9a-f]{64}$/);
  });
});
