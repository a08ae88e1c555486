/** What the model is asked to do; each task has its own generation settings and wording. */
export type ModelTask = 'questions' | 'feedback' | 'followUp';

/** What the pipeline needs from a language model: JSON text for a prompt and a schema. */
export interface JsonModel {
  readonly name: string;
  generateJson(request: {
    task: ModelTask;
    systemInstruction: string;
    contents: string;
    responseJsonSchema: unknown;
  }): Promise<string>;
}

/**
 * Every way a model call can fail that the pipeline treats differently. Each has its own log
 * line for the operator and its own sentence for the candidate (describeModelError).
 */
export type ModelErrorKind =
  | 'invalid_key' // 400 INVALID_ARGUMENT, ErrorInfo reason API_KEY_INVALID (or _EXPIRED)
  | 'missing_key' // 403 PERMISSION_DENIED for a request that carried no key
  | 'permission_denied' // 403 PERMISSION_DENIED: the key may not use this API or model
  | 'bad_request' // any other 400, a 404 (unknown model), FAILED_PRECONDITION
  | 'rate_limited' // 429 RESOURCE_EXHAUSTED, with the RetryInfo delay when sent
  | 'server_error' // 500 INTERNAL, 502
  | 'unavailable' // 503 UNAVAILABLE (overloaded)
  | 'deadline_exceeded' // 504 DEADLINE_EXCEEDED: the service gave up on its side
  | 'timeout' // our own deadline passed before any answer
  | 'network' // no HTTP answer at all (connection refused or reset, DNS)
  | 'blocked_prompt' // promptFeedback.blockReason and no candidates
  | 'safety' // finishReason SAFETY (or BLOCKLIST, PROHIBITED_CONTENT, SPII)
  | 'recitation' // finishReason RECITATION
  | 'max_tokens' // finishReason MAX_TOKENS: the answer was cut at the output limit
  | 'other_finish' // finishReason OTHER (or LANGUAGE, or a reason this code does not know)
  | 'empty'; // 200 with no candidates and no block reason, or a candidate without text

/** The longest RetryInfo delay worth waiting for inside one run (the function has 180 s). */
export const MAX_RETRY_WAIT_MS = 15_000;

export class ModelError extends Error {
  constructor(
    readonly kind: ModelErrorKind,
    /** For the operator: what the service said, with its codes. Never shown to candidates. */
    message: string,
    readonly details: {
      status?: number;
      /** ErrorInfo reason, block reason or finish reason, as the API spelled it. */
      reason?: string;
      /** From google.rpc.RetryInfo.retryDelay on a 429. */
      retryAfterMs?: number;
      /** A 429 whose QuotaFailure names a per-day quota: waiting minutes will not help. */
      daily?: boolean;
    } = {},
  ) {
    super(message);
    this.name = 'ModelError';
  }

  /**
   * Worth one more try within this run. Not for a bad key, a refused permission, a bad request,
   * a blocked prompt or a safety stop (the same request fails the same way), a cut-off answer
   * (the same limit cuts it again), or a 429 whose retry delay is longer than a run can wait.
   */
  get retryable(): boolean {
    switch (this.kind) {
      case 'server_error':
      case 'unavailable':
      case 'deadline_exceeded':
      case 'timeout':
      case 'network':
      case 'empty':
      case 'recitation': // sampling at temperature 1.0 gives a different answer
      case 'other_finish':
        return true;
      case 'rate_limited':
        return (
          this.details.daily !== true &&
          this.details.retryAfterMs !== undefined &&
          this.details.retryAfterMs <= MAX_RETRY_WAIT_MS
        );
      case 'invalid_key':
      case 'missing_key':
      case 'permission_denied':
      case 'bad_request':
      case 'blocked_prompt':
      case 'safety':
      case 'max_tokens':
        return false;
    }
  }

  /** How long to wait before the retry: what the service asked for, or not at all. */
  get retryDelayMs(): number {
    return this.kind === 'rate_limited' ? (this.details.retryAfterMs ?? 0) : 0;
  }

  /** The cause in a few words, for the operator log line. */
  get operatorCause(): string {
    return OPERATOR_CAUSES[this.kind];
  }
}

const OPERATOR_CAUSES: Record<ModelErrorKind, string> = {
  invalid_key: 'Gemini rejected the API key: set GEMINI_API_KEY to a valid key',
  missing_key: 'Gemini received no API key: check GEMINI_API_KEY and any gateway in between',
  permission_denied:
    'Gemini refused the key permission for this API or model: check the key restrictions and the project',
  bad_request: 'Gemini refused the request as invalid: check GEMINI_MODEL and the request shape',
  rate_limited: 'Gemini rate limit or quota reached',
  server_error: 'Gemini had an internal error',
  unavailable: 'Gemini is overloaded or unavailable',
  deadline_exceeded: 'Gemini gave up on the request on its side (504)',
  timeout: 'Gemini did not answer within GEMINI_TIMEOUT_MS',
  network: 'Gemini could not be reached',
  blocked_prompt: 'Gemini blocked the prompt',
  safety: 'Gemini stopped its answer for safety',
  recitation: 'Gemini stopped its answer for recitation',
  max_tokens: 'Gemini hit the output token limit before finishing',
  other_finish: 'Gemini stopped its answer for an unspecified reason',
  empty: 'Gemini answered with no text',
};

function waitPhrase(ms: number | undefined): string {
  if (ms === undefined) return 'in a minute';
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 90) return `in about ${String(seconds)} seconds`;
  return `in about ${String(Math.ceil(seconds / 60))} minutes`;
}

/**
 * A sentence for the candidate: what happened, in words they can use, and what to do next.
 * Nothing here names a key, a status code or a schema path.
 */
export function describeModelError(error: ModelError, task: ModelTask): string {
  // A follow-up falls back to the offline rule's words, so its sentence is only ever logged.
  const what = {
    questions: 'write your questions',
    feedback: 'score your interview',
    followUp: 'word a follow-up question',
  }[task];
  const again = task === 'feedback' ? 'Press Score again' : 'Press Try again';
  const owner = 'This is a problem with the site, not with anything you did;';
  switch (error.kind) {
    case 'invalid_key':
      return `The AI service rejected this site's access key, so it could not ${what}. ${owner} the site owner needs to replace the Gemini API key. ${task === 'feedback' ? 'Your answers are saved; score' : 'Try'} again later.`;
    case 'missing_key':
      return `This site reached the AI service without an access key, so it could not ${what}. ${owner} the site owner needs to configure the Gemini API key. Try again later.`;
    case 'permission_denied':
      return `The AI service refused this site permission to ${what}. ${owner} the site owner needs to check the Gemini API key's access. Try again later.`;
    case 'bad_request':
      return `The AI service could not process this request, so it could not ${what}. ${owner} the site owner has been told in the logs. Try again later.`;
    case 'rate_limited':
      return error.details.daily === true
        ? `The AI service has reached this site's daily limit, so it could not ${what}. Try again tomorrow.`
        : `The AI service is busy right now (rate limited), so it could not ${what}. ${again} ${waitPhrase(error.details.retryAfterMs)}.`;
    case 'server_error':
    case 'unavailable':
    case 'deadline_exceeded':
    case 'network':
      return `The AI service had a temporary problem and could not ${what}. ${again} in a few minutes.`;
    case 'timeout':
      return `The AI service took too long to answer, so it could not ${what}. ${again} in a few minutes.`;
    case 'blocked_prompt':
    case 'safety':
      return task === 'questions'
        ? "The AI service's safety filter refused to write questions for this interview. Check the role, tech stack and job description for anything that could read as harmful, and create the interview again with them reworded."
        : "The AI service's safety filter refused to assess this transcript, so it could not be scored. Retake the interview; if this keeps happening, the site owner can look up the reason in the logs.";
    case 'recitation':
      return `The AI service stopped because its answer repeated existing text too closely, so it could not ${what}. ${again}: a new attempt usually words it differently.`;
    case 'max_tokens':
      return task === 'questions'
        ? 'The AI service ran out of room before it finished your questions. Create the interview again with fewer questions or a shorter job description.'
        : 'The AI service ran out of room before it finished your feedback. Press Score again; if it happens again, the site owner needs to raise the output limit.';
    case 'other_finish':
    case 'empty':
      return `The AI service returned no usable answer, so it could not ${what}. ${again}.`;
  }
}
