import {
  startLoopbackServer,
  type LoopbackReply,
  type LoopbackRequest,
  type LoopbackServer,
} from './loopback-server';

/**
 * Failures the Gemini API sends as HTTP errors, each in the google.rpc.Status envelope the real
 * API uses (`{ error: { code, message, status, details: [{ '@type': ... }] } }`).
 */
export type GeminiApiError =
  | 'invalidKey' // 400 INVALID_ARGUMENT, ErrorInfo API_KEY_INVALID (what a wrong key gets)
  | 'missingKey' // 403 PERMISSION_DENIED, "unregistered callers" (what no key gets)
  | 'permissionDenied' // 403 PERMISSION_DENIED, ErrorInfo API_KEY_SERVICE_BLOCKED
  | 'badRequest' // 400 INVALID_ARGUMENT without ErrorInfo
  | 'modelNotFound' // 404 NOT_FOUND
  | 'rateLimited' // 429 RESOURCE_EXHAUSTED with QuotaFailure, Help and RetryInfo
  | 'internal' // 500 INTERNAL
  | 'unavailable' // 503 UNAVAILABLE
  | 'deadline'; // 504 DEADLINE_EXCEEDED

/** One scripted answer of the fake Gemini API. */
export type GeminiReply =
  | { kind: 'json'; value: unknown } // a complete answer whose text is this value as JSON
  | { kind: 'text'; text: string } // a complete answer with this raw text (e.g. malformed JSON)
  // A candidate that stopped for this reason; with text only if given (MAX_TOKENS may cut
  // text short; a SAFETY stop carries none).
  | { kind: 'finish'; finishReason: string; text?: string }
  | { kind: 'blocked'; blockReason: string } // promptFeedback.blockReason, no candidates
  | { kind: 'noCandidates' } // 200 with usage metadata but no candidates and no block reason
  | {
      kind: 'apiError';
      error: GeminiApiError;
      /** rateLimited: RetryInfo.retryDelay ("47s"), or none at all with null. */
      retryDelay?: string | null;
      /** rateLimited: the QuotaFailure names only the per-day quota. */
      daily?: boolean;
    }
  | { kind: 'error'; status: number; message?: string } // the canonical envelope for a status
  | { kind: 'raw'; status: number; body: string; contentType?: string } // a gateway's answer
  | { kind: 'hang'; ms: number }; // answers only after `ms` (longer than the client's timeout)

export interface RecordedRequest {
  model: string;
  apiKey: string | undefined;
  body: GeminiRequestBody;
  /** When it arrived (ms since epoch), to check the wait a 429 asked for. */
  atMs: number;
}

export interface GeminiRequestBody {
  contents?: { parts?: { text?: string }[] }[];
  systemInstruction?: { parts?: { text?: string }[] };
  generationConfig?: {
    responseMimeType?: string;
    responseJsonSchema?: unknown;
    temperature?: number;
    maxOutputTokens?: number;
    thinkingConfig?: { thinkingLevel?: string; thinkingBudget?: number };
  };
}

interface Reply {
  status: number;
  body: string;
  contentType?: string;
  delayMs?: number;
}

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

const THINKING_LEVELS = new Set(['MINIMAL', 'LOW', 'MEDIUM', 'HIGH']);

const usage = (candidates: number, thoughts = 0) => ({
  promptTokenCount: 812,
  candidatesTokenCount: candidates,
  ...(thoughts > 0 ? { thoughtsTokenCount: thoughts } : {}),
  totalTokenCount: 812 + candidates + thoughts,
  promptTokensDetails: [{ modality: 'TEXT', tokenCount: 812 }],
});

const SAFETY_RATINGS = [
  { category: 'HARM_CATEGORY_HATE_SPEECH', probability: 'NEGLIGIBLE' },
  { category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true },
  { category: 'HARM_CATEGORY_HARASSMENT', probability: 'NEGLIGIBLE' },
  { category: 'HARM_CATEGORY_SEXUALLY_EXPLICIT', probability: 'NEGLIGIBLE' },
];

/** The API's limit on a whole generateContent request (inline data included): 20 MB. */
const MAX_REQUEST_BYTES = 20 * 1024 * 1024;

const toLoopback = (reply: Reply): LoopbackReply => ({
  status: reply.status,
  text: reply.body,
  headers: { 'content-type': reply.contentType ?? 'application/json' },
});

function envelope(code: number, message: string, details: unknown[] = []): Reply {
  const error = {
    code,
    message,
    status: STATUS_NAMES[code] ?? 'UNKNOWN',
    ...(details.length > 0 ? { details } : {}),
  };
  return { status: code, body: JSON.stringify({ error }) };
}

const errorInfo = (reason: string) => ({
  '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
  reason,
  domain: 'googleapis.com',
  metadata: { service: 'generativelanguage.googleapis.com' },
});

const localized = (message: string) => ({
  '@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
  locale: 'en-US',
  message,
});

/** The error bodies as the real API sends them (messages and details copied from real answers). */
function apiError(
  error: GeminiApiError,
  model: string,
  options: { retryDelay?: string | null; daily?: boolean } = {},
): Reply {
  switch (error) {
    case 'invalidKey': {
      const message = 'API key not valid. Please pass a valid API key.';
      return envelope(400, message, [errorInfo('API_KEY_INVALID'), localized(message)]);
    }
    case 'missingKey':
      return envelope(
        403,
        "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
      );
    case 'permissionDenied': {
      const message =
        'Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.GenerateContent are blocked.';
      return envelope(403, message, [errorInfo('API_KEY_SERVICE_BLOCKED'), localized(message)]);
    }
    case 'badRequest':
      return envelope(400, 'Request contains an invalid argument.');
    case 'modelNotFound':
      return envelope(
        404,
        `models/${model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
      );
    case 'rateLimited': {
      const perMinute = {
        quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
        quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
        quotaDimensions: { location: 'global', model },
        quotaValue: '10',
      };
      const perDay = {
        ...perMinute,
        quotaId: 'GenerateRequestsPerDayPerProjectPerModel-FreeTier',
        quotaValue: '250',
      };
      const retryDelay = options.retryDelay === undefined ? '47s' : options.retryDelay;
      return envelope(
        429,
        `You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.${retryDelay ? ` Please retry in ${retryDelay}.` : ''}`,
        [
          {
            '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
            violations: [options.daily === true ? perDay : perMinute],
          },
          {
            '@type': 'type.googleapis.com/google.rpc.Help',
            links: [
              {
                description: 'Learn more about Gemini API quotas',
                url: 'https://ai.google.dev/gemini-api/docs/rate-limits',
              },
            ],
          },
          ...(retryDelay
            ? [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay }]
            : []),
        ],
      );
    }
    case 'internal':
      return envelope(
        500,
        'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
      );
    case 'unavailable':
      return envelope(503, 'The model is overloaded. Please try again later.');
    case 'deadline':
      return envelope(504, 'Deadline expired before operation could complete.');
  }
}

/** The canonical body for a bare status, so old-style scripts still get the real shapes. */
function statusError(status: number, model: string, message?: string): Reply {
  const named: Partial<Record<number, GeminiApiError>> = {
    403: 'permissionDenied',
    404: 'modelNotFound',
    429: 'rateLimited',
    500: 'internal',
    503: 'unavailable',
    504: 'deadline',
  };
  const error = named[status];
  if (message === undefined && error) return apiError(error, model);
  return envelope(status, message ?? 'Request contains an invalid argument.');
}

/**
 * A loopback server speaking Gemini's generateContent REST API, for the real @google/genai SDK.
 * It refuses what the real API refuses (no key, a wrong key, a bad generation config) with the
 * real error bodies. Replies are scripted per marker: a request whose prompt contains the marker
 * takes the next reply of that script (the last one repeats), so concurrent tests never take
 * each other's; the most recently scripted matching marker wins.
 */
export class FakeGemini {
  readonly requests: RecordedRequest[] = [];
  private readonly scripts = new Map<string, GeminiReply[]>();
  private server: LoopbackServer | undefined;

  constructor(private key = 'test-gemini-key') {}

  /** The key the fake accepts from now on (any other gets the real API's invalid-key answer). */
  acceptKey(key: string): this {
    this.key = key;
    return this;
  }

  when(marker: string, ...replies: GeminiReply[]): this {
    this.scripts.delete(marker);
    this.scripts.set(marker, [...replies]);
    return this;
  }

  requestsFor(marker: string): RecordedRequest[] {
    return this.requests.filter((r) => JSON.stringify(r.body).includes(marker));
  }

  /** Serves at `url` (a pinned port the Functions emulator was given), or any free loopback port. */
  async listen(url?: string): Promise<string> {
    const at = url === undefined ? undefined : new URL(url);
    this.server = await startLoopbackServer({
      ...(at ? { host: at.hostname, port: Number(at.port) } : {}),
      maxBodyBytes: MAX_REQUEST_BYTES,
      tooLarge: (limit) =>
        toLoopback(
          envelope(400, `Request payload size exceeds the limit: ${String(limit)} bytes.`),
        ),
      internalError: () => toLoopback(apiError('internal', '')),
      handle: async (request, exchange) => {
        const reply = this.reply(request);
        if (reply.delayMs !== undefined && !(await exchange.wait(reply.delayMs))) return null;
        return toLoopback(reply);
      },
    });
    return this.server.url;
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  private nextReply(raw: string): GeminiReply {
    for (const [marker, replies] of [...this.scripts].reverse()) {
      if (!raw.includes(marker)) continue;
      const reply = replies.length > 1 ? replies.shift() : replies[0];
      if (reply) return reply;
    }
    return { kind: 'error', status: 500, message: 'no scripted reply for this prompt' };
  }

  /** What the real API answers 400 to in a generationConfig, before looking at the prompt. */
  private invalidConfig(body: GeminiRequestBody): string | null {
    const config = body.generationConfig ?? {};
    const thinking = config.thinkingConfig;
    if (thinking?.thinkingLevel !== undefined && thinking.thinkingBudget !== undefined) {
      return 'You can only set either thinking budget or thinking level.';
    }
    if (thinking?.thinkingLevel !== undefined && !THINKING_LEVELS.has(thinking.thinkingLevel)) {
      return `Invalid value at 'generation_config.thinking_config.thinking_level' (type.googleapis.com/google.ai.generativelanguage.v1beta.ThinkingConfig.ThinkingLevel), "${thinking.thinkingLevel}"`;
    }
    if (config.temperature !== undefined && (config.temperature < 0 || config.temperature > 2)) {
      return 'Unable to submit request because it has a temperature value outside the supported range (0.0, 2.0).';
    }
    if (config.maxOutputTokens !== undefined && config.maxOutputTokens < 1) {
      return 'max_output_tokens must be positive.';
    }
    if (config.responseJsonSchema !== undefined && config.responseMimeType !== 'application/json') {
      return 'responseJsonSchema requires responseMimeType application/json.';
    }
    return null;
  }

  private reply(req: LoopbackRequest): Reply {
    const match = /^\/v1beta\/models\/([^:]+):generateContent$/.exec(req.path);
    if (req.method !== 'POST' || !match?.[1]) {
      return envelope(404, `The requested URL ${req.path} was not found on this server.`);
    }
    const model = decodeURIComponent(match[1]);
    const apiKey = req.headers['x-goog-api-key'];
    if (req.invalidJson || typeof req.body !== 'object' || req.body === null) {
      return envelope(400, 'Invalid JSON payload received. Unexpected token.');
    }
    const body = req.body as GeminiRequestBody;
    const raw = req.rawBody;
    this.requests.push({
      model,
      apiKey: typeof apiKey === 'string' ? apiKey : undefined,
      body,
      atMs: Date.now(),
    });
    if (typeof apiKey !== 'string' || apiKey === '') return apiError('missingKey', model);
    if (apiKey !== this.key) return apiError('invalidKey', model);
    const invalid = this.invalidConfig(body);
    if (invalid) return envelope(400, invalid);

    const reply = this.nextReply(raw);
    switch (reply.kind) {
      case 'json':
        return this.answer(JSON.stringify(reply.value), 'STOP');
      case 'text':
        return this.answer(reply.text, 'STOP');
      case 'finish':
        return this.answer(reply.text, reply.finishReason);
      case 'blocked':
        return this.ok({
          promptFeedback: {
            blockReason: reply.blockReason,
            ...(reply.blockReason === 'SAFETY' ? { safetyRatings: SAFETY_RATINGS } : {}),
          },
          usageMetadata: usage(0),
          modelVersion: model,
        });
      case 'noCandidates':
        return this.ok({ usageMetadata: usage(0), modelVersion: model });
      case 'apiError':
        return apiError(reply.error, model, reply);
      case 'error':
        return statusError(reply.status, model, reply.message);
      case 'raw':
        return {
          status: reply.status,
          body: reply.body,
          ...(reply.contentType ? { contentType: reply.contentType } : {}),
        };
      case 'hang':
        return { ...this.answer('{}', 'STOP'), delayMs: reply.ms };
    }
  }

  private ok(body: unknown): Reply {
    return { status: 200, body: JSON.stringify(body) };
  }

  /** A candidate as the API writes it: content only when there is text, usage with thoughts. */
  private answer(text: string | undefined, finishReason: string): Reply {
    const tokens = text === undefined ? 0 : Math.max(1, Math.ceil(text.length / 4));
    const candidate = {
      ...(text !== undefined ? { content: { role: 'model', parts: [{ text }] } } : {}),
      finishReason,
      ...(finishReason === 'SAFETY' ? { safetyRatings: SAFETY_RATINGS } : {}),
      index: 0,
    };
    return this.ok({
      candidates: [candidate],
      // A MAX_TOKENS stop on a thinking model typically spent the budget on thoughts.
      usageMetadata: usage(tokens, finishReason === 'MAX_TOKENS' ? 8_000 : 120),
      modelVersion: 'gemini-fake',
      responseId: `fake-${String(this.requests.length)}`,
    });
  }
}
