import {
  ApiError,
  FinishReason,
  GoogleGenAI,
  ThinkingLevel,
  type GenerateContentConfig,
  type GenerateContentResponse,
} from '@google/genai';
import { ModelError, type JsonModel, type ModelErrorKind, type ModelTask } from './model';

export interface GeminiOptions {
  apiKey: string;
  model: string;
  /** Another endpoint speaking the same API (a gateway; a loopback fake in tests). */
  baseUrl?: string | undefined;
  timeoutMs?: number;
}

/**
 * Generation settings per task, following Google's guidance for Gemini 3 (ARCHITECTURE.md,
 * "Generation settings"): temperature stays at the model's default (1.0), the thinking level is
 * set rather than left to the model's default (high), and the output limit is set on purpose.
 * Thinking tokens count against maxOutputTokens, so each limit leaves room for them.
 */
const TASK_CONFIG: Record<ModelTask, { thinkingLevel: ThinkingLevel; maxOutputTokens: number }> = {
  // A short list of questions: little reasoning, and the candidate is waiting on the page.
  questions: { thinkingLevel: ThinkingLevel.LOW, maxOutputTokens: 8_192 },
  // Judging answers against quotes needs more thought; the answer can be several thousand tokens.
  feedback: { thinkingLevel: ThinkingLevel.MEDIUM, maxOutputTokens: 16_384 },
  // One short sentence while the candidate waits: the least thinking, a small limit.
  followUp: { thinkingLevel: ThinkingLevel.LOW, maxOutputTokens: 2_048 },
};

/** thinkingLevel is a Gemini 3 setting; older families refuse it with a 400. */
const takesThinkingLevel = (model: string) => /^(models\/)?gemini-([3-9]|\d\d)/.test(model);

export function generationConfig(model: string, task: ModelTask): GenerateContentConfig {
  const { thinkingLevel, maxOutputTokens } = TASK_CONFIG[task];
  return {
    maxOutputTokens,
    ...(takesThinkingLevel(model) ? { thinkingConfig: { thinkingLevel } } : {}),
  };
}

// ---------- HTTP errors

/** The error envelope of Google APIs: google.rpc.Status as JSON. */
interface RpcStatus {
  code?: number;
  message?: string;
  status?: string;
  details?: ({ '@type'?: string } & Record<string, unknown>)[];
}

/** ApiError's message is the JSON of the response body (see throwErrorIfNotOK in the SDK). */
function rpcStatus(error: ApiError): RpcStatus {
  try {
    const body = JSON.parse(error.message) as { error?: RpcStatus } | RpcStatus[];
    // Some gateways answer with a one-element array of envelopes.
    const envelope = Array.isArray(body) ? (body[0] as { error?: RpcStatus }) : body;
    return envelope.error ?? {};
  } catch {
    return { message: error.message };
  }
}

const detail = (status: RpcStatus, type: string) =>
  status.details?.find((d) => d['@type'] === `type.googleapis.com/google.rpc.${type}`);

/** A protobuf Duration in JSON: "47s", "53.016342224s". */
function durationMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match?.[1] === undefined ? undefined : Math.ceil(Number(match[1]) * 1000);
}

function classifyHttp(error: ApiError): ModelError {
  const status = rpcStatus(error);
  const code = error.status;
  const reason = detail(status, 'ErrorInfo')?.reason;
  const reasonText = typeof reason === 'string' ? reason : undefined;
  const said = `HTTP ${String(code)} ${status.status ?? ''}${reasonText ? ` (${reasonText})` : ''}: ${status.message ?? ''}`;
  const make = (kind: ModelErrorKind, extra: { retryAfterMs?: number; daily?: boolean } = {}) =>
    new ModelError(kind, said, {
      status: code,
      ...(reasonText ? { reason: reasonText } : {}),
      ...extra,
    });

  if (reasonText === 'API_KEY_INVALID' || reasonText === 'API_KEY_EXPIRED') {
    return make('invalid_key');
  }
  if (code === 401) return make('invalid_key'); // a gateway's answer; Gemini itself says 400
  if (code === 403) {
    // What Gemini answers a request without a key (no ErrorInfo is sent with it).
    if (/unregistered callers|without established identity/i.test(status.message ?? '')) {
      return make('missing_key');
    }
    return make('permission_denied');
  }
  if (code === 429) {
    const quotaFailure = detail(status, 'QuotaFailure');
    const violations = Array.isArray(quotaFailure?.violations)
      ? (quotaFailure.violations as { quotaId?: unknown }[])
      : [];
    const daily =
      violations.length > 0 &&
      violations.every((v) => typeof v.quotaId === 'string' && /PerDay/i.test(v.quotaId));
    const retryAfterMs = durationMs(detail(status, 'RetryInfo')?.retryDelay);
    return make('rate_limited', {
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      ...(daily ? { daily } : {}),
    });
  }
  if (code === 503) return make('unavailable');
  if (code === 504 || code === 408) return make('deadline_exceeded');
  if (code >= 500) return make('server_error');
  return make('bad_request');
}

// ---------- 200 answers without a usable text

/** Finish reasons that mean the output itself was stopped for its content. */
const SAFETY_FINISHES = new Set<string>([
  FinishReason.SAFETY,
  FinishReason.BLOCKLIST,
  FinishReason.PROHIBITED_CONTENT,
  FinishReason.SPII,
]);

/** The text of a complete answer, or the ModelError that says why there is none. */
export function readAnswer(response: GenerateContentResponse): string {
  const candidate = response.candidates?.[0];
  if (!candidate) {
    const blockReason = response.promptFeedback?.blockReason;
    if (blockReason) {
      return fail('blocked_prompt', `prompt blocked: blockReason ${blockReason}`, blockReason);
    }
    return fail('empty', 'no candidates and no promptFeedback.blockReason');
  }
  const finish = candidate.finishReason;
  // A missing finish reason on a non-streamed answer reads as STOP: some gateways drop it.
  if (finish !== undefined && finish !== FinishReason.STOP) {
    const usage = response.usageMetadata;
    const tokens = usage
      ? ` (candidates ${String(usage.candidatesTokenCount ?? 0)}, thoughts ${String(usage.thoughtsTokenCount ?? 0)} tokens)`
      : '';
    const said = `finishReason ${finish}${tokens}`;
    if (SAFETY_FINISHES.has(finish)) return fail('safety', said, finish);
    if (finish === FinishReason.RECITATION) return fail('recitation', said, finish);
    if (finish === FinishReason.MAX_TOKENS) return fail('max_tokens', said, finish);
    return fail('other_finish', said, finish);
  }
  const text = (candidate.content?.parts ?? [])
    .filter((part) => part.thought !== true && typeof part.text === 'string')
    .map((part) => part.text)
    .join('');
  if (!text.trim()) return fail('empty', 'the candidate has no text');
  return text;
}

function fail(kind: ModelErrorKind, message: string, reason?: string): never {
  throw new ModelError(kind, message, reason ? { reason } : {});
}

function classify(error: unknown): ModelError {
  if (error instanceof ModelError) return error;
  if (error instanceof ApiError) return classifyHttp(error);
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/abort|timeout|timed out/i.test(text)) return new ModelError('timeout', text);
  // fetch rejects with a TypeError ("fetch failed") when nothing answered at all.
  if (error instanceof TypeError || /ECONN|ENOTFOUND|EAI_AGAIN|socket|network/i.test(text)) {
    return new ModelError('network', text);
  }
  // A body that was not JSON at all (a gateway's HTML page) or was cut off.
  if (error instanceof SyntaxError) return new ModelError('empty', `unreadable answer: ${text}`);
  return new ModelError('network', text);
}

/** The only module that talks to Gemini. */
export function createGeminiModel(options: GeminiOptions): JsonModel {
  const ai = new GoogleGenAI({
    apiKey: options.apiKey,
    ...(options.baseUrl ? { httpOptions: { baseUrl: options.baseUrl } } : {}),
  });
  const timeoutMs = options.timeoutMs ?? 45_000;
  return {
    name: options.model,
    async generateJson({ task, systemInstruction, contents, responseJsonSchema }) {
      const abort = new AbortController();
      const timer = setTimeout(() => {
        abort.abort();
      }, timeoutMs);
      try {
        // No retryOptions: the SDK then makes one request, and the pipeline decides on retries.
        const response = await ai.models.generateContent({
          model: options.model,
          contents,
          config: {
            systemInstruction,
            responseMimeType: 'application/json',
            responseJsonSchema,
            ...generationConfig(options.model, task),
            abortSignal: abort.signal,
          },
        });
        return readAnswer(response);
      } catch (error) {
        throw abort.signal.aborted
          ? new ModelError('timeout', `no answer within ${String(timeoutMs)} ms`)
          : classify(error);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
