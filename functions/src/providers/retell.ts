/**
 * All Retell access. The rest of the code sees `VoiceProvider`; this is the only module that
 * imports retell-sdk (scripts/retell-setup.ts reaches the SDK through `createRetellClient`).
 */
import { retellCallSchema, type RetellCall } from '@candor/core';
import Retell, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from 'retell-sdk';

export interface VoiceCallMetadata {
  interviewId: string;
  attemptId: string;
  uid: string;
}

export interface CreateWebCallInput {
  agentId: string;
  /** Echoed back by Retell in every webhook for the call; identifies the attempt. */
  metadata: VoiceCallMetadata;
  /** Values for the agent prompt's {{variables}}; Retell accepts strings only. */
  dynamicVariables: Record<string, string>;
}

export interface WebCall {
  callId: string;
  /** Lets the browser join this one call (retell-client-js-sdk `startCall`). */
  accessToken: string;
}

export interface VoiceProvider {
  createWebCall(input: CreateWebCallInput): Promise<WebCall>;
  /**
   * The call as Retell has it now (get-call): status, timings and, once ended, the transcript.
   * The same call object a webhook carries, so one parser and one classifier serve both.
   */
  getCall(callId: string): Promise<RetellCall>;
  /**
   * Whether `signature` (the x-retell-signature header) signs `rawBody` with the API key and a
   * timestamp no more than five minutes from now. Never throws; false for a missing header.
   */
  verifyWebhook(rawBody: string, signature: string | undefined): Promise<boolean>;
}

export type VoiceProviderErrorKind =
  'auth' | 'rate_limited' | 'unavailable' | 'bad_request' | 'timeout';

const MESSAGES: Record<VoiceProviderErrorKind, string> = {
  auth: 'Voice interviews are unavailable: the voice service did not accept our credentials. Please use practice mode for now.',
  rate_limited: 'The voice service is busy right now. Please try again in a minute.',
  unavailable:
    'The voice service is unavailable right now. Please try again in a few minutes, or use practice mode.',
  bad_request:
    'The voice service could not start this interview. Please try again later, or use practice mode.',
  timeout: 'The voice service took too long to answer. Please try again.',
};

/** A Retell failure with a message fit to show a candidate; `detail` is for logs only. */
export class VoiceProviderError extends Error {
  override readonly name = 'VoiceProviderError';
  readonly kind: VoiceProviderErrorKind;
  /** HTTP status from Retell, when there was a response. */
  readonly status: number | undefined;
  /** Retell's own message (may name configuration such as agent ids): log it, never show it. */
  readonly detail: string;

  constructor(
    kind: VoiceProviderErrorKind,
    options: { detail?: string; status?: number; cause?: unknown; message?: string } = {},
  ) {
    super(options.message ?? MESSAGES[kind], { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.detail = options.detail ?? '';
  }

  /** Worth trying again later (the SDK has already retried what it could). */
  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'unavailable' || this.kind === 'timeout';
  }
}

function kindForStatus(status: number): VoiceProviderErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'rate_limited';
  if (status === 408) return 'timeout';
  if (status === 400 || status === 404 || status === 409 || status === 422) return 'bad_request';
  return 'unavailable';
}

/** Maps anything the SDK throws (or a malformed response) to a VoiceProviderError. */
export function toVoiceProviderError(error: unknown): VoiceProviderError {
  if (error instanceof VoiceProviderError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  // Subclasses first: a timeout is a connection error, and both are APIErrors without status.
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) {
    return new VoiceProviderError('timeout', { detail, cause: error });
  }
  if (error instanceof APIConnectionError) {
    return new VoiceProviderError('unavailable', { detail, cause: error });
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    return new VoiceProviderError(kindForStatus(error.status), {
      detail,
      status: error.status,
      cause: error,
    });
  }
  // A body that is not the JSON promised (SyntaxError from the SDK's parser), or anything else.
  return new VoiceProviderError('unavailable', { detail, cause: error });
}

export interface RetellProviderOptions {
  apiKey: string;
  /** Retell's API by default; tests point it at a loopback fake. */
  baseURL?: string | undefined;
  /** Per attempt. startAttempt waits on this, so it is far below the SDK's one-minute default. */
  timeoutMs?: number | undefined;
  /** Retries of connection errors, 408, 409, 429 and 5xx, with the SDK's backoff. */
  maxRetries?: number | undefined;
}

/** The SDK client type, for scripts that manage the agent (they must not import the SDK). */
export type RetellClient = Retell;

type Fetch = NonNullable<NonNullable<ConstructorParameters<typeof Retell>[0]>['fetch']>;

/**
 * The SDK tells a timeout from other connection errors by `error instanceof Error` with the name
 * AbortError. fetch rejects with a DOMException, which fails that check when it comes from another
 * JavaScript realm (Jest's vm sandbox; some polyfills) and a timeout would then read as "cannot
 * connect". The SDK's own AbortController is the only abort source here, so an aborted request
 * is rethrown as a plain AbortError of this realm.
 */
const fetchWithPortableAbort: Fetch = async (input, init) => {
  try {
    return await fetch(input, init);
  } catch (error) {
    if (init?.signal?.aborted) {
      const abort = new Error('The request was aborted after the timeout.', { cause: error });
      abort.name = 'AbortError';
      throw abort;
    }
    throw error;
  }
};

export const DEFAULT_RETELL_TIMEOUT_MS = 10_000;
export const DEFAULT_RETELL_MAX_RETRIES = 1;

/**
 * The SDK client, for the provider below and for the setup script. Throws a VoiceProviderError
 * ('auth') for an empty key rather than letting the SDK fall back to process.env.
 */
export function createRetellClient(options: RetellProviderOptions): RetellClient {
  if (options.apiKey.trim() === '') {
    throw new VoiceProviderError('auth', { detail: 'The Retell API key is empty.' });
  }
  return new Retell({
    apiKey: options.apiKey,
    // undefined means api.retellai.com (or RETELL_BASE_URL from the environment).
    baseURL: options.baseURL,
    timeout: options.timeoutMs ?? DEFAULT_RETELL_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_RETELL_MAX_RETRIES,
    fetch: fetchWithPortableAbort,
  });
}

const nonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0;

export function createRetellProvider(options: RetellProviderOptions): VoiceProvider {
  const client = createRetellClient(options);
  const { apiKey } = options;

  return {
    async createWebCall({ agentId, metadata, dynamicVariables }) {
      let response: unknown;
      try {
        response = await client.call.createWebCall({
          agent_id: agentId,
          metadata: {
            interviewId: metadata.interviewId,
            attemptId: metadata.attemptId,
            uid: metadata.uid,
          },
          retell_llm_dynamic_variables: dynamicVariables,
        });
      } catch (error) {
        throw toVoiceProviderError(error);
      }
      // The SDK does not validate responses; a proxy's HTML page would arrive as a string.
      const body = typeof response === 'object' && response !== null ? response : {};
      const callId = 'call_id' in body ? body.call_id : undefined;
      const accessToken = 'access_token' in body ? body.access_token : undefined;
      if (!nonEmptyString(callId) || !nonEmptyString(accessToken)) {
        throw new VoiceProviderError('unavailable', {
          detail: 'create-web-call answered without call_id or access_token.',
        });
      }
      return { callId, accessToken };
    },

    async getCall(callId) {
      let response: unknown;
      try {
        response = await client.call.retrieve(callId);
      } catch (error) {
        throw toVoiceProviderError(error);
      }
      const parsed = retellCallSchema.safeParse(response);
      if (!parsed.success || parsed.data.call_id !== callId) {
        throw new VoiceProviderError('unavailable', {
          detail: 'get-call answered without a call object for this call_id.',
        });
      }
      return parsed.data;
    },

    async verifyWebhook(rawBody, signature) {
      if (signature === undefined || signature.trim() === '') return false;
      try {
        // retell-sdk 5.x: verify is async (a bare `if (!verify(...))` would check a Promise).
        // It parses `v=<ms timestamp>,d=<hex HMAC-SHA256(apiKey, rawBody + timestamp)>`, rejects
        // a timestamp more than 5 minutes from now in either direction (so a captured request
        // cannot be replayed later) and compares the digest in constant time (WebCrypto verify).
        return await Retell.verify(rawBody, apiKey, signature.trim());
      } catch {
        return false;
      }
    },
  };
}
