/**
 * A loopback stand-in for Retell's REST API, enough of it for the real retell-sdk: web calls
 * (create-web-call for startAttempt, get-call for reconciliation) and Retell LLMs and agents (for
 * scripts/retell-setup.ts). Point the SDK at it with `new Retell({ apiKey, baseURL: fake.url })`.
 * It checks the bearer key, records every request and can be told to fail the next requests the
 * ways Retell can. Bodies follow retell-sdk's type definitions (`WebCallResponse` in
 * resources/call.d.ts) and errors Retell's OpenAPI responses (`{ status: 'error', message }`).
 *
 * create-web-call is served on the one version path the installed retell-sdk posts to (read from
 * node_modules, see retell-packages.ts); the other version answers 404. A v2 call's access token
 * is a LiveKit room token (a JWT naming the call's room), what browser SDK 2.x joins.
 *
 * Also here: `signRetellWebhook`, Retell's webhook signature, and builders of webhook bodies.
 */
import { createHmac, randomBytes } from 'node:crypto';
import {
  startLoopbackServer,
  type LoopbackExchange,
  type LoopbackReply,
  type LoopbackRequest,
} from './loopback-server';
import { requireEnv } from './env';
import { readInstalledRetellPair } from './retell-packages';

export type RecordedRequest = LoopbackRequest;

/** How to answer the next request instead of (or before) serving it. */
export type FakeRetellFailure =
  /** An error status with a Retell-like body ({ status: 'error', message }) unless given. */
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Waits, then serves the request normally (longer than the client timeout: a timeout). */
  | { kind: 'delay'; ms: number }
  /** 200 with content-type application/json and a truncated body. */
  | { kind: 'malformed-json' };

type Json = Record<string, unknown>;

export interface FakeRetell {
  /** http://127.0.0.1:PORT, the SDK's baseURL. */
  readonly url: string;
  readonly port: number;
  readonly apiKey: string;
  readonly requests: RecordedRequest[];
  readonly llms: Map<string, Json>;
  readonly agents: Map<string, Json>;
  readonly calls: Map<string, Json>;
  /** Answers the next `times` requests (any endpoint) with this failure, in order of calls. */
  failNext(failure: FakeRetellFailure, times?: number): void;
  /** The browser joined: the call is `ongoing` from `atMs` (as Retell reports after connect). */
  connectCall(callId: string, atMs?: number): void;
  /** The call ended with this conversation: what get-call (and call_ended) then carry. */
  endCall(callId: string, options?: EndCallOptions): Json;
  /** Nobody joined before the token expired: `error` / `error_user_not_joined`, no transcript. */
  expireCall(callId: string): Json;
  /**
   * Issue the next tokens as if `ms` had already passed since (0: fresh): a token that is
   * already void when the browser uses it, as after a slow network or a suspended tab.
   */
  ageTokens(ms: number): void;
  /** Requests whose path is exactly this (or matches it). */
  requestsTo(path: string | RegExp): RecordedRequest[];
  /** Forgets requests, failures, delayed answers still pending and stored objects. */
  reset(): void;
  close(): Promise<void>;
}

export interface FakeRetellOptions {
  apiKey?: string;
  port?: number;
  /** 422 for create-web-call with an agent id the fake does not know (off: any id works). */
  strictAgents?: boolean;
  /** Default: the path the installed retell-sdk posts to. */
  createWebCallPath?: string;
}

export interface EndCallOptions {
  turns?: FakeTurn[];
  disconnectionReason?: string;
  /** Leave the transcript out (a call Retell could not transcribe). */
  omitTranscript?: boolean;
  /** Wall-clock end; the start is taken from connectCall or computed from the turns. */
  endTimestamp?: number;
}

/** Retell voids a v2 web call's access token 30 s after issue if the call has not started. */
export const ACCESS_TOKEN_TTL_MS = 30_000;

const errorBody = (message: string) => ({ status: 'error', message });

/**
 * Retell documents no request size limit; this bound only makes a runaway client fail loudly,
 * with Retell's error envelope.
 */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Messages from Retell's OpenAPI responses (BadRequest, Unauthorized, ...). */
const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Invalid request format, please check API reference.',
  401: 'API key is missing or invalid.',
  402: 'Trial has ended, please add payment method.',
  404: 'Not Found',
  422: 'Cannot find requested asset under given api key.',
  429: 'Account rate limited, please throttle your requests.',
  500: 'An unexpected server error occurred.',
  503: 'Service unavailable',
};

const FAKE_LIVEKIT_API_KEY = 'APIfakeRetellLiveKit';
const FAKE_LIVEKIT_SECRET = randomBytes(32).toString('hex');

export interface LivekitTokenClaims {
  iss: string;
  sub: string;
  nbf: number;
  exp: number;
  video: { room: string; roomJoin: boolean; canPublish: boolean; canSubscribe: boolean };
}

/**
 * A LiveKit access token as create-web-call v2 issues it: an HS256 JWT (header `{"alg":"HS256"}`,
 * as livekit-server-sdk writes it) whose video grant joins the call's room, valid for 30 s.
 */
function livekitAccessToken(callId: string, issuedAtMs: number): string {
  const nbf = Math.floor(issuedAtMs / 1000);
  const claims: LivekitTokenClaims = {
    iss: FAKE_LIVEKIT_API_KEY,
    sub: `web_client_${callId}`,
    nbf,
    exp: nbf + ACCESS_TOKEN_TTL_MS / 1000,
    video: { room: callId, roomJoin: true, canPublish: true, canSubscribe: true },
  };
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256' })}.${part(claims)}`;
  const signature = createHmac('sha256', FAKE_LIVEKIT_SECRET).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

/** The claims of a token this fake issued, or null when it is not one (bad signature, shape). */
export function decodeLivekitToken(token: string): LivekitTokenClaims | null {
  const [header, payload, signature] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined) return null;
  const expected = createHmac('sha256', FAKE_LIVEKIT_SECRET)
    .update(`${header}.${payload}`)
    .digest('base64url');
  if (expected !== signature) return null;
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as LivekitTokenClaims;
}

const hexId = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

function firstString(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The body fields of create-web-call: retell-sdk's `CallCreateWebCallParams`, all of them. */
const CREATE_WEB_CALL_FIELDS = new Set([
  'agent_id',
  'agent_override',
  'agent_version',
  'current_node_id',
  'current_state',
  'metadata',
  'retell_llm_dynamic_variables',
]);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function startFakeRetell(options: FakeRetellOptions = {}): Promise<FakeRetell> {
  const apiKey = options.apiKey ?? 'key_test_fake_retell';
  const failures: FakeRetellFailure[] = [];
  const llms = new Map<string, Json>();
  const agents = new Map<string, Json>();
  const calls = new Map<string, Json>();
  let tokenAgeMs = 0;
  const createWebCallPath =
    options.createWebCallPath ?? readInstalledRetellPair().server.createWebCallPath;

  const json = (status: number, body?: unknown): LoopbackReply =>
    body === undefined ? { status } : { status, json: body };
  const error = (status: number, message?: string): LoopbackReply =>
    json(status, errorBody(message ?? DEFAULT_MESSAGES[status] ?? `HTTP ${String(status)}`));

  const now = () => Date.now();
  const storedCall = (callId: string): Json => {
    const call = calls.get(callId);
    if (!call) throw new Error(`The fake Retell has no call ${callId}`);
    return call;
  };

  function serve(req: RecordedRequest): LoopbackReply {
    const { method, path } = req;
    const body = isObject(req.body) ? req.body : {};
    let match: RegExpExecArray | null;

    // ---- calls
    if (method === 'POST' && /^\/v\d+\/create-web-call$/.test(path)) {
      if (path !== createWebCallPath) {
        // The pair's other version: an endpoint this fake (standing for that API) does not have.
        return error(404, 'Not Found');
      }
      const agentId = body.agent_id;
      const unknownField = Object.keys(body).find((key) => !CREATE_WEB_CALL_FIELDS.has(key));
      if (unknownField !== undefined || typeof agentId !== 'string' || agentId === '') {
        // Request validation against the endpoint's schema: a field it does not define (an
        // answer target sent beside the dynamic variables, say) is refused, not ignored.
        return error(400, 'Invalid request format, please check API reference.');
      }
      const agent = agents.get(agentId);
      if (!agent && options.strictAgents) {
        return error(422, 'Cannot find requested asset under given api key.');
      }
      const dynamic = body.retell_llm_dynamic_variables;
      if (
        (dynamic !== undefined && dynamic !== null && !isObject(dynamic)) ||
        (isObject(dynamic) && Object.values(dynamic).some((v) => typeof v !== 'string'))
      ) {
        // The OpenAPI schema types the values as strings; request validation answers 400.
        return error(400, 'Invalid request format, please check API reference.');
      }
      const callId = hexId('call_');
      const issuedAt = now();
      const call: Json = {
        call_id: callId,
        call_type: 'web_call',
        agent_id: agentId,
        agent_version: typeof agent?.version === 'number' ? agent.version : 0,
        agent_name: agent?.agent_name ?? 'Fake agent',
        call_status: 'registered',
        access_token: livekitAccessToken(callId, issuedAt - tokenAgeMs),
        metadata: body.metadata,
        retell_llm_dynamic_variables: dynamic ?? {},
        data_storage_setting: 'everything',
        opt_in_signed_url: false,
      };
      calls.set(callId, call);
      return json(
        201,
        createWebCallPath.startsWith('/v2/')
          ? call
          : // v3: a token for Retell's gateway transport instead of a LiveKit room.
            {
              ...call,
              expires_at: issuedAt + ACCESS_TOKEN_TTL_MS,
              ice_servers: [{ urls: ['stun:stun.fake-retell.invalid:3478'] }],
              transport: 'gateway',
            },
      );
    }
    if (method === 'GET' && (match = /^\/v2\/get-call\/([^/]+)$/.exec(path))) {
      const call = calls.get(decodeURIComponent(match[1] ?? ''));
      if (call) return json(200, call);
      return error(422, 'Cannot find requested asset under given api key.');
    }

    // ---- Retell LLMs
    if (method === 'POST' && path === '/create-retell-llm') {
      const llmId = hexId('llm_');
      const llm: Json = {
        ...body,
        llm_id: llmId,
        version: 0,
        is_published: false,
        last_modification_timestamp: now(),
      };
      llms.set(llmId, llm);
      return json(201, llm);
    }
    if (method === 'GET' && (match = /^\/get-retell-llm\/([^/]+)$/.exec(path))) {
      const llm = llms.get(decodeURIComponent(match[1] ?? ''));
      if (llm) return json(200, llm);
      return error(404, 'Retell LLM not found');
    }
    if (method === 'PATCH' && (match = /^\/update-retell-llm\/([^/]+)$/.exec(path))) {
      const llmId = decodeURIComponent(match[1] ?? '');
      const llm = llms.get(llmId);
      if (!llm) {
        return error(404, 'Retell LLM not found');
      }
      const updated: Json = { ...llm, ...body, llm_id: llmId, last_modification_timestamp: now() };
      llms.set(llmId, updated);
      return json(200, updated);
    }
    if (method === 'GET' && path === '/v2/list-retell-llms') {
      return json(200, { items: [...llms.values()], has_more: false });
    }
    if (method === 'DELETE' && (match = /^\/delete-retell-llm\/([^/]+)$/.exec(path))) {
      if (llms.delete(decodeURIComponent(match[1] ?? ''))) return json(204);
      return error(404, 'Retell LLM not found');
    }

    // ---- agents
    if (method === 'POST' && path === '/create-agent') {
      if (!isObject(body.response_engine) || typeof body.voice_id !== 'string') {
        return error(400, 'response_engine and voice_id are required');
      }
      const agentId = hexId('agent_');
      const agent: Json = {
        ...body,
        agent_id: agentId,
        version: 0,
        is_published: false,
        last_modification_timestamp: now(),
      };
      agents.set(agentId, agent);
      return json(201, agent);
    }
    if (method === 'GET' && (match = /^\/get-agent\/([^/]+)$/.exec(path))) {
      const agent = agents.get(decodeURIComponent(match[1] ?? ''));
      if (agent) return json(200, agent);
      return error(404, 'Agent not found');
    }
    if (method === 'PATCH' && (match = /^\/update-agent\/([^/]+)$/.exec(path))) {
      const agentId = decodeURIComponent(match[1] ?? '');
      const agent = agents.get(agentId);
      if (!agent) {
        return error(404, 'Agent not found');
      }
      const updated: Json = {
        ...agent,
        ...body,
        agent_id: agentId,
        last_modification_timestamp: now(),
      };
      agents.set(agentId, updated);
      return json(200, updated);
    }
    if (method === 'POST' && path === '/v2/list-agents') {
      const filter = isObject(body.filter_criteria) ? body.filter_criteria : {};
      const query = typeof filter.query === 'string' ? filter.query.toLowerCase() : '';
      const items = [...agents.values()]
        .filter((agent) => {
          const name = typeof agent.agent_name === 'string' ? agent.agent_name : '';
          const id = typeof agent.agent_id === 'string' ? agent.agent_id : '';
          return query === '' || name.toLowerCase().includes(query) || id.includes(query);
        })
        .map((agent) => ({
          agent_id: agent.agent_id,
          agent_name: agent.agent_name ?? '',
          channel: 'voice',
          tags: {},
          user_modified_timestamp: agent.last_modification_timestamp,
        }));
      return json(200, { items, has_more: false });
    }
    if (method === 'DELETE' && (match = /^\/delete-agent\/([^/]+)$/.exec(path))) {
      if (agents.delete(decodeURIComponent(match[1] ?? ''))) return json(204);
      return error(404, 'Agent not found');
    }

    return error(404, `No route for ${method} ${path}`);
  }

  async function handle(
    recorded: RecordedRequest,
    exchange: LoopbackExchange,
  ): Promise<LoopbackReply | null> {
    const authorization = firstString(recorded.headers.authorization);
    if (authorization !== `Bearer ${apiKey}`) return error(401);
    const failure = failures.shift();
    if (failure?.kind === 'status') {
      const message = DEFAULT_MESSAGES[failure.status] ?? `HTTP ${String(failure.status)}`;
      return {
        status: failure.status,
        json: failure.body ?? errorBody(message),
        ...(failure.headers ? { headers: failure.headers } : {}),
      };
    }
    if (failure?.kind === 'malformed-json') {
      return {
        status: 200,
        text: '{"call_id": "call_truncated", "access_tok',
        headers: { 'content-type': 'application/json' },
      };
    }
    // A delayed answer is served only if the client still waits for it.
    if (failure?.kind === 'delay' && !(await exchange.wait(failure.ms))) return null;
    return recorded.invalidJson ? error(400, 'Invalid JSON body') : serve(recorded);
  }

  const server = await startLoopbackServer({
    port: options.port ?? 0,
    maxBodyBytes: MAX_BODY_BYTES,
    tooLarge: () => json(413, errorBody('Request body too large')),
    internalError: () => error(500),
    handle,
  });
  const { port, requests } = server;

  return {
    url: server.url,
    port,
    apiKey,
    requests,
    llms,
    agents,
    calls,
    connectCall(callId, atMs = Date.now()) {
      const call = storedCall(callId);
      Object.assign(call, { call_status: 'ongoing', start_timestamp: atMs });
    },
    endCall(callId, endOptions = {}) {
      const call = storedCall(callId);
      Object.assign(
        call,
        endedCallFields({
          turns: endOptions.turns ?? SAMPLE_TURNS,
          disconnectionReason: endOptions.disconnectionReason,
          omitTranscript: endOptions.omitTranscript,
          startTimestamp:
            typeof call.start_timestamp === 'number' ? call.start_timestamp : undefined,
          endTimestamp: endOptions.endTimestamp,
        }),
      );
      return call;
    },
    expireCall(callId) {
      const call = storedCall(callId);
      Object.assign(call, {
        call_status: 'error',
        disconnection_reason: 'error_user_not_joined',
        duration_ms: 0,
      });
      return call;
    },
    ageTokens(ms) {
      tokenAgeMs = ms;
    },
    failNext(failure, times = 1) {
      for (let i = 0; i < times; i += 1) failures.push(failure);
    },
    requestsTo(path) {
      return requests.filter((r) =>
        typeof path === 'string' ? r.path === path : path.test(r.path),
      );
    },
    reset() {
      server.cancelWaits();
      requests.length = 0;
      failures.length = 0;
      tokenAgeMs = 0;
      llms.clear();
      agents.clear();
      calls.clear();
    },
    close: () => server.close(),
  };
}

/** The fake on the port the Functions emulator was given for Retell (FAKE_RETELL_URL). */
export function startEmulatorFakeRetell(apiKey: string): Promise<FakeRetell> {
  return startFakeRetell({ apiKey, port: Number(new URL(requireEnv('FAKE_RETELL_URL')).port) });
}

// ---------- webhooks

/**
 * Retell's webhook signature, as retell-sdk 5.x `verify` checks it (src/lib/webhook_auth.ts):
 * `v=<timestamp ms>,d=<lowercase hex HMAC-SHA256 keyed with the API key over body + timestamp>`,
 * the timestamp appended to the raw body as its decimal string. Send it as x-retell-signature.
 */
export function signRetellWebhook(body: string, apiKey: string, timestampMs = Date.now()): string {
  const timestamp = String(Math.trunc(timestampMs));
  const digest = createHmac('sha256', apiKey)
    .update(body + timestamp)
    .digest('hex');
  return `v=${timestamp},d=${digest}`;
}

export interface FakeTurn {
  role: 'agent' | 'user';
  text: string;
}

export interface RetellPayloadOptions {
  event?: 'call_started' | 'call_ended' | 'call_analyzed';
  callId?: string;
  agentId?: string;
  metadata?: { interviewId: string; attemptId: string; uid: string } | Record<string, unknown>;
  /** The conversation; each turn gets word timings, speech at about 2.5 words per second. */
  turns?: FakeTurn[];
  /** Wall-clock start of the call (ms since epoch). */
  startTimestamp?: number;
  disconnectionReason?: string;
  callStatus?: string;
  dynamicVariables?: Record<string, string>;
  /** Leave transcript_object out entirely (as for call_started). */
  omitTranscript?: boolean;
}

export interface RetellWord {
  word: string;
  start: number;
  end: number;
}

export interface RetellUtteranceBody {
  role: 'agent' | 'user';
  content: string;
  words: RetellWord[];
}

/** Word timings in seconds of call audio, the way Retell reports them. */
export function retellTranscriptObject(turns: FakeTurn[], gapSeconds = 0.8): RetellUtteranceBody[] {
  let clock = 0.4;
  return turns.map((turn) => {
    const words = turn.text
      .split(/\s+/)
      .filter((w) => w !== '')
      .map((word) => {
        const start = Math.round(clock * 1000) / 1000;
        clock += 0.4;
        return { word, start, end: Math.round((clock - 0.05) * 1000) / 1000 };
      });
    clock += gapSeconds;
    return { role: turn.role, content: turn.text, words };
  });
}

export const SAMPLE_TURNS: FakeTurn[] = [
  {
    role: 'agent',
    text: "Hi Grace, thanks for joining. I'll be your interviewer today for the Backend Engineer role. Let me know when you're ready to begin.",
  },
  { role: 'user', text: "Hi, yes, I'm ready." },
  {
    role: 'agent',
    text: 'Great, let us start. Tell me about a time you debugged a difficult production issue.',
  },
  {
    role: 'user',
    text: 'Um, last year our payment API started timing out under load. I traced it to a missing database index, added it, and the p99 latency dropped from two seconds to eighty milliseconds.',
  },
  {
    role: 'agent',
    text: 'Thanks. That was the last question. Your feedback will appear on your screen shortly. Goodbye.',
  },
];

/**
 * The fields an ended web call gains (retell-sdk `WebCallResponse`: "available after call ends"):
 * end timestamp and duration, disconnection reason, recording and log URLs, latency, cost and,
 * unless left out, `transcript`, `transcript_object` (word timings in seconds of call audio) and
 * `transcript_with_tool_calls`.
 */
function endedCallFields(options: {
  turns: FakeTurn[];
  startTimestamp?: number | undefined;
  endTimestamp?: number | undefined;
  disconnectionReason?: string | undefined;
  omitTranscript?: boolean | undefined;
}): Json {
  const transcriptObject = retellTranscriptObject(options.turns);
  const lastWord = transcriptObject.at(-1)?.words.at(-1);
  const spokenMs = Math.round(((lastWord?.end ?? 0) + 1) * 1000);
  const end = options.endTimestamp ?? (options.startTimestamp ?? Date.now() - spokenMs) + spokenMs;
  const start = options.startTimestamp ?? end - spokenMs;
  const durationMs = Math.max(0, end - start);
  const fields: Json = {
    call_status: 'ended',
    start_timestamp: start,
    end_timestamp: end,
    duration_ms: durationMs,
    disconnection_reason: options.disconnectionReason ?? 'agent_hangup',
    recording_url: 'https://fake-retell.invalid/recording.wav',
    public_log_url: 'https://fake-retell.invalid/public.log',
    latency: { e2e: { p50: 800, p90: 1200 } },
    call_cost: {
      combined_cost: 12,
      total_duration_seconds: Math.round(durationMs / 1000),
      total_duration_unit_price: 0.1,
      product_costs: [],
    },
  };
  if (!options.omitTranscript) {
    fields.transcript = options.turns
      .map((t) => `${t.role === 'agent' ? 'Agent' : 'User'}: ${t.text}`)
      .join('\n');
    fields.transcript_object = transcriptObject;
    fields.transcript_with_tool_calls = transcriptObject;
  }
  return fields;
}

/**
 * A realistic webhook body (call_ended by default): the web call with metadata, timings,
 * disconnection reason and transcript_object with word timings, plus the `transcript` string
 * Retell also sends. call_analyzed adds call_analysis. Returns the object; JSON.stringify it
 * once and sign and send that exact string.
 */
export function retellCallEndedPayload(options: RetellPayloadOptions = {}): Json {
  const event = options.event ?? 'call_ended';
  const turns = options.turns ?? SAMPLE_TURNS;
  const transcriptObject = retellTranscriptObject(turns);
  const lastWord = transcriptObject.at(-1)?.words.at(-1);
  const durationMs = Math.round(((lastWord?.end ?? 0) + 1) * 1000);
  const start = options.startTimestamp ?? Date.now() - durationMs - 2_000;
  const call: Json = {
    call_type: 'web_call',
    call_id: options.callId ?? hexId('call_'),
    agent_id: options.agentId ?? 'agent_fake_candor_interviewer',
    agent_version: 0,
    agent_name: 'Candor interviewer',
    call_status: options.callStatus ?? (event === 'call_started' ? 'ongoing' : 'ended'),
    metadata: options.metadata ?? {
      interviewId: 'interview_1',
      attemptId: 'attempt_1',
      uid: 'uid_1',
    },
    retell_llm_dynamic_variables: options.dynamicVariables ?? {
      candidate_first_name: 'Grace',
      role: 'Backend Engineer',
    },
    start_timestamp: start,
    data_storage_setting: 'everything',
    opt_in_signed_url: false,
  };
  if (event !== 'call_started') {
    Object.assign(
      call,
      endedCallFields({
        turns,
        startTimestamp: start,
        disconnectionReason: options.disconnectionReason,
        omitTranscript: options.omitTranscript,
      }),
    );
  }
  if (event === 'call_analyzed') {
    call.call_analysis = {
      call_summary: 'The candidate answered one behavioral question.',
      user_sentiment: 'Positive',
      call_successful: true,
      in_voicemail: false,
      custom_analysis_data: {},
    };
  }
  return { event, call };
}
