/**
 * The data model's names, limits and plain helpers, with no zod: the collection names, status
 * values and limits that the schemas (schemas.ts, api.ts) are built from, and everything the web
 * app's pages use for reasons other than validation. A page that imports only from here ships no
 * schema library (module-level `z.object(...)` calls cannot be dropped by the bundler).
 */

export const COLLECTIONS = {
  users: 'users',
  interviews: 'interviews',
  attempts: 'attempts',
  feedback: 'feedback',
  rateLimits: 'rateLimits',
  webhookEvents: 'webhookEvents',
  shares: 'shares',
} as const;

export const LEVELS = ['intern', 'junior', 'mid', 'senior', 'staff'] as const;
export const INTERVIEW_TYPES = ['technical', 'behavioral', 'mixed'] as const;
export const INTERVIEW_STATUSES = ['generating', 'ready', 'failed'] as const;
export const ATTEMPT_MODES = ['voice', 'practice'] as const;
export const ATTEMPT_STATUSES = [
  'created',
  'in_progress',
  'transcribed',
  'scoring',
  'scored',
  'failed',
] as const;
export const QUESTION_KINDS = ['technical', 'behavioral'] as const;
export const ENGINES = ['gemini', 'offline'] as const;
export const CATEGORY_NAMES = [
  'Communication',
  'Technical Knowledge',
  'Problem Solving',
  'Role Fit',
  'Confidence and Clarity',
] as const;

/**
 * How long a worker may hold a question-generation or scoring claim before another may take it
 * over (longer than the functions' 180 s timeout). The web app uses it to spot a stalled run.
 */
export const WORK_LEASE_MS = 5 * 60 * 1000;

/** Runs a stuck item gets from the sweep or a "check now" before it is settled as failed. */
export const MAX_RECOVERIES = 1;

export const LIMITS = {
  displayName: 80,
  role: 100,
  techItem: 40,
  techStack: 15,
  minQuestions: 1,
  maxQuestions: 15,
  jobDescription: 8000,
  questionText: 300,
  turnText: 20000,
} as const;

export type Level = (typeof LEVELS)[number];
export type InterviewType = (typeof INTERVIEW_TYPES)[number];
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export type AttemptMode = (typeof ATTEMPT_MODES)[number];
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export type Engine = (typeof ENGINES)[number];
export type CategoryName = (typeof CATEGORY_NAMES)[number];

/**
 * A Firestore document id that a client may name: letters, digits, `_` and `-` (so no `/`, `.`
 * or `..`), at most 128 characters, and never Firestore's reserved `__name__` form.
 */
export const DOCUMENT_ID_PATTERN = /^[\w-]+$/;

/**
 * How far from the server's clock a wall-clock time sent to it may be: a month back (an unsent
 * practice session resent later, a call reconciled late) and a day ahead (a badly set clock).
 * Firestore Timestamps end in the year 9999; this keeps every stored time far inside.
 */
export const TIME_WINDOW = { pastMs: 30 * 24 * 60 * 60 * 1000, futureMs: 24 * 60 * 60 * 1000 };

/** The last millisecond a Firestore Timestamp can hold (the end of the year 9999). */
const MAX_TIMESTAMP_MS = 253_402_300_799_999;

/** Whether a time from a trusted source (Retell's signed webhook) can be stored at all. */
export function isStorableTimeMs(ms: number): boolean {
  return Number.isFinite(ms) && ms >= 0 && ms <= MAX_TIMESTAMP_MS;
}

export function isPlausibleTimeMs(ms: number, nowMs = Date.now()): boolean {
  return (
    Number.isSafeInteger(ms) &&
    ms >= nowMs - TIME_WINDOW.pastMs &&
    ms <= nowMs + TIME_WINDOW.futureMs
  );
}

/** The longest session (and so the largest offset into one) that is taken as real. */
export const MAX_SESSION_MS = 12 * 60 * 60 * 1000;

/** A Firestore Timestamp of either SDK (Admin or web): core imports neither. */
interface TimestampLike {
  toDate(): Date;
  toMillis(): number;
}

function isTimestampLike(value: unknown): value is TimestampLike {
  if (typeof value !== 'object' || value === null) return false;
  const { toDate, toMillis } = value as Partial<Record<keyof TimestampLike, unknown>>;
  return typeof toDate === 'function' && typeof toMillis === 'function';
}

/**
 * Timestamps become Dates, once, before the schemas below parse a document read by either
 * side's converter (the schemas speak `Date`, the database speaks Timestamp).
 */
export function toDates(value: unknown): unknown {
  if (value instanceof Date) return value;
  if (isTimestampLike(value)) return value.toDate();
  if (Array.isArray(value)) return value.map(toDates);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDates(v)]));
  }
  return value;
}

/** Why part of an answer earned nothing (see ARCHITECTURE.md, Scoring). */
export const ANSWER_FLAGS = [
  'grader-instruction',
  'repeats-question',
  'padding',
  'reused-answer',
  'not-english',
  'no-rubric',
] as const;
export type AnswerFlag = (typeof ANSWER_FLAGS)[number];

// ---------- callable functions (api.ts holds their input schemas)

/** Callable function names, shared by the web app and the functions. */
export const CALLABLES = {
  createInterview: 'createInterview',
  retryInterview: 'retryInterview',
  checkInterview: 'checkInterview',
  startAttempt: 'startAttempt',
  abandonAttempt: 'abandonAttempt',
  submitPracticeTranscript: 'submitPracticeTranscript',
  rescoreAttempt: 'rescoreAttempt',
  getCapabilities: 'getCapabilities',
  deleteAccount: 'deleteAccount',
  checkAttempt: 'checkAttempt',
  createShareLink: 'createShareLink',
  listShareLinks: 'listShareLinks',
  revokeShareLink: 'revokeShareLink',
  getSharedReport: 'getSharedReport',
  exportAccountData: 'exportAccountData',
  proposeFollowUp: 'proposeFollowUp',
} as const;

/** The word a user types to confirm that their account and all its data go for good. */
export const DELETE_ACCOUNT_CONFIRMATION = 'DELETE';

export const SHARE_LIMITS = { label: 80, maxExpiryDays: 365, maxActivePerAttempt: 20 } as const;

/** A share token as createShareLink makes it: 32 random bytes in base64url. */
export const SHARE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

// ---------- calls (interview/retell-webhook.ts reads Retell's payloads)

/** A create-web-call v2 access token is void if the call has not started 30 s after issue. */
export const RETELL_TOKEN_TTL_MS = 30_000;

/**
 * When a call's access token expires, in the browser's clock. The server says when it received
 * the token (startAttempt's `tokenIssuedAtMs`, its clock); the token cannot have been issued
 * before the browser's request left or after the answer came back, so the server's time is kept
 * inside that window, which also bounds any clock difference between the two machines.
 */
export function retellTokenDeadline(input: {
  tokenIssuedAtMs: number;
  sentAtMs: number;
  receivedAtMs: number;
  ttlMs?: number;
}): number {
  const issuedAt = Math.min(Math.max(input.tokenIssuedAtMs, input.sentAtMs), input.receivedAtMs);
  return issuedAt + (input.ttlMs ?? RETELL_TOKEN_TTL_MS);
}

/** "Check now" does work at most this often per attempt. */
export const CHECK_NOW_INTERVAL_MS = 15 * 1000;

// ---------- résumé (resume.ts checks and cleans it)

export const RESUME_LIMITS = {
  /** Characters of résumé text: a long two-page résumé is about 7,000. */
  text: 12_000,
  /** Bytes of an uploaded file. A résumé with a photo stays well under this. */
  fileBytes: 5 * 1024 * 1024,
} as const;

/**
 * `keep`: stored on the interview (owner-only, in the account export, deleted with the account);
 * `discard`: used to write the questions and never stored.
 */
export const RESUME_STORAGE = ['keep', 'discard'] as const;
export type ResumeStorage = (typeof RESUME_STORAGE)[number];
