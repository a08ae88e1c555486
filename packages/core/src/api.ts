import { z } from 'zod';
import {
  ATTEMPT_MODES,
  createInterviewInputSchema,
  displayNameSchema,
  ENGINES,
  LIMITS,
  transcriptTurnSchema,
  type Attempt,
  type Feedback,
  type Interview,
  type SharedReport,
} from './schemas';

/**
 * Callable function contracts: names, inputs and outputs shared by the web app and the
 * functions. Inputs are validated on the server with these schemas; the web app uses the same
 * schemas for inline form errors.
 */
export const CALLABLES = {
  createInterview: 'createInterview',
  retryInterview: 'retryInterview',
  startAttempt: 'startAttempt',
  abandonAttempt: 'abandonAttempt',
  submitPracticeTranscript: 'submitPracticeTranscript',
  rescoreAttempt: 'rescoreAttempt',
  getCapabilities: 'getCapabilities',
  deleteAccount: 'deleteAccount',
  createShareLink: 'createShareLink',
  listShareLinks: 'listShareLinks',
  revokeShareLink: 'revokeShareLink',
  getSharedReport: 'getSharedReport',
  exportAccountData: 'exportAccountData',
} as const;

const id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\w-]+$/, 'Invalid id');

export { createInterviewInputSchema };
export type CreateInterviewOutput = { interviewId: string };

export const retryInterviewInputSchema = z.object({ interviewId: id });
export type RetryInterviewInput = z.input<typeof retryInterviewInputSchema>;

export const startAttemptInputSchema = z.object({
  interviewId: id,
  mode: z.enum(ATTEMPT_MODES),
  /** Practise only these questions (e.g. the weakest ones); all questions when absent. */
  questionIds: z.array(id).min(1).max(LIMITS.maxQuestions).optional(),
});
export type StartAttemptInput = z.input<typeof startAttemptInputSchema>;
export type StartAttemptOutput =
  | { attemptId: string; mode: 'practice' }
  | { attemptId: string; mode: 'voice'; callId: string; accessToken: string };

export const attemptRefInputSchema = z.object({ interviewId: id, attemptId: id });
export type AttemptRefInput = z.input<typeof attemptRefInputSchema>;

export const abandonAttemptInputSchema = attemptRefInputSchema.extend({
  reason: z.string().trim().min(1).max(300),
});
export type AbandonAttemptInput = z.input<typeof abandonAttemptInputSchema>;

/** At most this many turns from a practice session (a 15-question interview needs far fewer). */
export const MAX_PRACTICE_TURNS = 200;

export const submitPracticeTranscriptInputSchema = attemptRefInputSchema.extend({
  transcript: z.array(transcriptTurnSchema).min(1).max(MAX_PRACTICE_TURNS),
  startedAtMs: z.number().int().nonnegative(),
  endedAtMs: z.number().int().nonnegative(),
});
export type SubmitPracticeTranscriptInput = z.input<typeof submitPracticeTranscriptInputSchema>;

export const rescoreAttemptInputSchema = attemptRefInputSchema;
export type RescoreAttemptInput = z.input<typeof rescoreAttemptInputSchema>;

/** getCapabilities takes no arguments (the SDK sends null). */
export const getCapabilitiesInputSchema = z.null().or(z.object({}).strict()).optional();

export type RateLimitKind = 'interviews' | 'attempts' | 'rescores' | 'shares';
export interface RateLimitStatus {
  limit: number;
  used: number;
  /** When the current window ends (ms since epoch). */
  resetsAtMs: number;
}
export interface CapabilitiesOutput {
  /** Retell is configured: voice interviews are available. */
  voice: boolean;
  /** Which engine writes questions and scores answers. */
  engine: (typeof ENGINES)[number];
  limits: Record<RateLimitKind, RateLimitStatus>;
}

/** The word a user types to confirm that their account and all its data go for good. */
export const DELETE_ACCOUNT_CONFIRMATION = 'DELETE';

/**
 * deleteAccount deletes everything the caller owns, then the account itself. The typed
 * confirmation guards against a stray call; the server also requires a recent sign-in.
 */
export const deleteAccountInputSchema = z.object({
  confirm: z.literal(DELETE_ACCOUNT_CONFIRMATION, {
    error: `Type ${DELETE_ACCOUNT_CONFIRMATION} to confirm`,
  }),
});
export type DeleteAccountInput = z.input<typeof deleteAccountInputSchema>;
export interface DeleteAccountOutput {
  /** Documents deleted by this call (zero everywhere when a previous call already did it). */
  deleted: {
    interviews: number;
    attempts: number;
    feedback: number;
    webhookEvents: number;
    shares: number;
    rateLimits: number;
    users: number;
  };
  /** The Firebase Auth account was deleted by this call (false: it was already gone). */
  authUserDeleted: boolean;
}

/**
 * A profile change. Not a callable: the owner writes users/{uid}.displayName directly, which the
 * Firestore rules allow (and nothing else); the settings form validates with this first.
 */
export const updateProfileInputSchema = z.object({ displayName: displayNameSchema });
export type UpdateProfileInput = z.input<typeof updateProfileInputSchema>;

// ---------- private share links

export const SHARE_LIMITS = { label: 80, maxExpiryDays: 365, maxActivePerAttempt: 20 } as const;

export const createShareLinkInputSchema = attemptRefInputSchema.extend({
  label: z
    .string()
    .trim()
    .max(SHARE_LIMITS.label, `Label must be at most ${String(SHARE_LIMITS.label)} characters`)
    .optional(),
  /** Days until the link stops working; absent: until revoked. */
  expiresInDays: z.number().int().min(1).max(SHARE_LIMITS.maxExpiryDays).optional(),
  includeTranscript: z.boolean().default(true),
});
export type CreateShareLinkInput = z.input<typeof createShareLinkInputSchema>;

/** What the owner sees of a link. The token is returned once, by createShareLink, and never stored. */
export interface ShareLinkSummary {
  /** The SHA-256 of the token: names the link for revocation, cannot open it. */
  id: string;
  interviewId: string;
  attemptId: string;
  label: string;
  includeTranscript: boolean;
  createdAtMs: number;
  expiresAtMs: number | null;
}
export interface CreateShareLinkOutput {
  token: string;
  link: ShareLinkSummary;
}

export const listShareLinksInputSchema = attemptRefInputSchema.partial();
export type ListShareLinksInput = z.input<typeof listShareLinksInputSchema>;
export interface ListShareLinksOutput {
  links: ShareLinkSummary[];
}

export const revokeShareLinkInputSchema = z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) });
export type RevokeShareLinkInput = z.input<typeof revokeShareLinkInputSchema>;

/**
 * Anything up to this length is accepted and looked up, so a malformed token gets the same
 * not-found answer as a guessed, revoked or expired one.
 */
/** A share token as createShareLink makes it: 32 random bytes in base64url. */
export const SHARE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const getSharedReportInputSchema = z.object({ token: z.string().max(200) });
export type GetSharedReportInput = z.input<typeof getSharedReportInputSchema>;
/** Dates travel as ISO 8601 strings over the callable protocol. */
export type SharedReportWire = Omit<SharedReport, 'attemptCreatedAt' | 'feedback'> & {
  attemptCreatedAt: string;
  feedback: Omit<Feedback, 'userId' | 'interviewId' | 'attemptId' | 'createdAt'> & {
    createdAt: string;
  };
  expiresAt: string | null;
};

// ---------- data export

export const exportAccountDataInputSchema = getCapabilitiesInputSchema;
/** Dates are ISO 8601 strings; every document carries its id. */
type Exported<T> = { id: string } & {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};
export interface ExportAccountDataOutput {
  format: 'candor-export';
  version: 1;
  exportedAt: string;
  profile: { displayName: string; email: string; createdAt: string } | null;
  interviews: (Exported<Interview> & { attempts: Exported<Attempt>[] })[];
  feedback: Exported<Feedback>[];
}
