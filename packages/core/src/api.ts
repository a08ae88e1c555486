import { z } from 'zod';
import { ANSWER_TARGETS_MS } from './interview/timing';
import {
  createInterviewInputSchema,
  displayNameSchema,
  documentIdSchema,
  multiLineText,
  sessionOffsetMsSchema,
  singleLineText,
  timeMsSchema,
  type Attempt,
  type Feedback,
  type Interview,
  type SharedReport,
} from './schemas';
import { normalizeSingleLine } from './text';
import {
  ATTEMPT_MODES,
  ENGINES,
  LIMITS,
  MAX_SESSION_MS,
  DELETE_ACCOUNT_CONFIRMATION,
  SHARE_LIMITS,
} from './constants';

/**
 * Callable function contracts: inputs and outputs shared by the web app and the functions (their
 * names are CALLABLES, in constants.ts). Inputs are validated on the server with these schemas;
 * the web app uses the same schemas for inline form errors.
 */

const id = documentIdSchema;

/** One of the answer lengths the room offers (interview/timing.ts). */
const answerTargetMsSchema = z
  .number()
  .refine((ms) => ANSWER_TARGETS_MS.includes(ms), 'Must be one, two or three minutes');

export { createInterviewInputSchema };
export type CreateInterviewOutput = { interviewId: string };

export const retryInterviewInputSchema = z.object({ interviewId: id });
export type RetryInterviewInput = z.input<typeof retryInterviewInputSchema>;

/** "Check now" on an interview that is still generating: the sweep's reconciliation, for one. */
export const checkInterviewInputSchema = z.object({ interviewId: id });
export type CheckInterviewInput = z.input<typeof checkInterviewInputSchema>;
export interface CheckInterviewOutput {
  /**
   * `running`: a run holds a live lease (or has not had time to start), nothing to do yet;
   * `retried`: the run had stopped and a new one ran (the interview shows its result);
   * `failed`: the run had stopped after its one retry, so the interview is now failed;
   * `settled`: the interview was no longer generating.
   */
  outcome: 'running' | 'retried' | 'failed' | 'settled';
  /** For `running`: when the current run counts as stopped (ms since epoch). */
  stalledAfterMs?: number;
}

export const startAttemptInputSchema = z.object({
  interviewId: id,
  mode: z.enum(ATTEMPT_MODES),
  /** Practise only these questions (e.g. the weakest ones); all questions when absent. */
  questionIds: z.array(id).min(1).max(LIMITS.maxQuestions).optional(),
  /** The answer length the candidate aims for; the voice agent is told it (practice: the room). */
  answerTargetMs: answerTargetMsSchema.optional(),
});
export type StartAttemptInput = z.input<typeof startAttemptInputSchema>;
export type StartAttemptOutput =
  | { attemptId: string; mode: 'practice' }
  | {
      attemptId: string;
      mode: 'voice';
      callId: string;
      accessToken: string;
      /**
       * When the server received the token from Retell (server clock, ms since epoch). The token
       * is void if the call has not started RETELL_TOKEN_TTL_MS after this.
       */
      tokenIssuedAtMs: number;
    };

export const attemptRefInputSchema = z.object({ interviewId: id, attemptId: id });
export type AttemptRefInput = z.input<typeof attemptRefInputSchema>;

export const abandonAttemptInputSchema = attemptRefInputSchema.extend({
  reason: singleLineText(300, 'Reason'),
});
export type AbandonAttemptInput = z.input<typeof abandonAttemptInputSchema>;

/**
 * One question of a practice session as the browser saw it: which question (by id), when it
 * appeared, and the candidate's answer (empty when skipped) with when it began and ended. Times
 * are milliseconds since the session started. The browser never sends the interviewer's words:
 * the server writes the agent turns from the interview's own questions.
 */
export const practiceAnswerSchema = z
  .object({
    questionId: id,
    text: multiLineText(LIMITS.turnText, 'Answer'),
    askedAtMs: sessionOffsetMsSchema,
    /** When the candidate began to answer; absent for a skipped question. */
    startMs: sessionOffsetMsSchema.optional(),
    endMs: sessionOffsetMsSchema,
    /**
     * The candidate's reply to the interviewer's follow-up, when one was asked. The server
     * works out the follow-up's words itself, from the question and the first answer.
     */
    followUp: z
      .object({
        askedAtMs: sessionOffsetMsSchema,
        text: multiLineText(LIMITS.turnText, 'Answer'),
        startMs: sessionOffsetMsSchema.optional(),
        endMs: sessionOffsetMsSchema,
        /**
         * The follow-up shown was the one proposeFollowUp returned (its wording is on the
         * attempt); absent when the room asked the rule's own follow-up.
         */
        fromServer: z.literal(true).optional(),
      })
      .optional(),
  })
  .refine(
    (a) => a.askedAtMs <= (a.startMs ?? a.endMs) && (a.startMs ?? a.endMs) <= a.endMs,
    'Times must run forward: asked, then answered, then ended',
  )
  .refine((a) => {
    const f = a.followUp;
    if (!f) return true;
    return (
      a.endMs <= f.askedAtMs &&
      f.askedAtMs <= (f.startMs ?? f.endMs) &&
      (f.startMs ?? f.endMs) <= f.endMs
    );
  }, 'Times must run forward: the follow-up comes after the answer');
export type PracticeAnswer = z.input<typeof practiceAnswerSchema>;

export const submitPracticeTranscriptInputSchema = attemptRefInputSchema
  .extend({
    /** In the order asked; each question at most once (checked against the attempt's). */
    answers: z.array(practiceAnswerSchema).max(LIMITS.maxQuestions),
    startedAtMs: timeMsSchema,
    endedAtMs: timeMsSchema,
    /** The answer length the candidate aimed for. */
    answerTargetMs: answerTargetMsSchema.optional(),
  })
  .superRefine((input, ctx) => {
    const duration = input.endedAtMs - input.startedAtMs;
    if (duration < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['endedAtMs'],
        message: 'Must not be before startedAtMs',
      });
    } else if (duration > MAX_SESSION_MS) {
      ctx.addIssue({ code: 'custom', path: ['endedAtMs'], message: 'The session is too long' });
    }
    const seen = new Set<string>();
    for (const [index, answer] of input.answers.entries()) {
      if (seen.has(answer.questionId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers', index, 'questionId'],
          message: 'Each question may be answered once',
        });
      }
      seen.add(answer.questionId);
      // One second of slack for the rounding of times taken from two clocks' readings.
      if (duration >= 0 && (answer.followUp?.endMs ?? answer.endMs) > duration + 1000) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers', index, 'endMs'],
          message: 'Must be within the session',
        });
      }
    }
  });
export type SubmitPracticeTranscriptInput = z.input<typeof submitPracticeTranscriptInputSchema>;
export type SubmitPracticeTranscriptData = z.output<typeof submitPracticeTranscriptInputSchema>;

/**
 * proposeFollowUp: the practice room's request for the interviewer's follow-up after an answer
 * (sent only when the site has Gemini). The server decides with the offline rule whether one is
 * due, words it with Gemini (falling back to the rule's own words), and records it on the
 * attempt so submitPracticeTranscript accepts a reply to it.
 */
export const proposeFollowUpInputSchema = attemptRefInputSchema.extend({
  questionId: id,
  answer: multiLineText(LIMITS.turnText, 'Answer'),
});
export type ProposeFollowUpInput = z.input<typeof proposeFollowUpInputSchema>;
export interface ProposeFollowUpOutput {
  /** The follow-up to ask, or null when the answer needs none. */
  followUp: {
    text: string;
    /** Who wrote the words: Gemini, or the offline rule (no key, or Gemini failed). */
    engine: (typeof ENGINES)[number];
    /**
     * The words are recorded on the attempt: the reply goes back with `fromServer`. False for
     * the rule's own words when nothing was recorded (no Gemini, or a changed answer).
     */
    fromServer: boolean;
  } | null;
}

/**
 * checkAttempt: "check now" on an attempt that waits for its call's result, and the room's
 * report that the browser saw the call end (`callEnded`). Runs the sweep's reconciliation.
 */
export const checkAttemptInputSchema = attemptRefInputSchema.extend({
  callEnded: z.boolean().optional(),
});
export type CheckAttemptInput = z.input<typeof checkAttemptInputSchema>;
export type CheckAttemptOutput =
  /** The attempt has its result (now, or already): the page follows the document. */
  | { state: 'settled' }
  | {
      state: 'waiting';
      /** What the server is waiting for, in words for the candidate. */
      waitingFor: string;
      /** The earliest time another check can do something (ms since epoch, server clock). */
      nextCheckAtMs: number;
    };

export const rescoreAttemptInputSchema = attemptRefInputSchema;
export type RescoreAttemptInput = z.input<typeof rescoreAttemptInputSchema>;

/** getCapabilities takes no arguments (the SDK sends null). */
export const getCapabilitiesInputSchema = z.null().or(z.object({}).strict()).optional();

export type RateLimitKind = 'interviews' | 'attempts' | 'rescores' | 'shares' | 'followUps';
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

export const createShareLinkInputSchema = attemptRefInputSchema.extend({
  // Text like any other (controls, zero-width and bidirectional characters removed), but
  // optional: a label nobody can see is no label.
  label: z
    .string()
    .transform(normalizeSingleLine)
    .pipe(
      z
        .string()
        .max(SHARE_LIMITS.label, `Label must be at most ${String(SHARE_LIMITS.label)} characters`),
    )
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
