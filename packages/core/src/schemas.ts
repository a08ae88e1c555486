import { z } from 'zod';
import { normalizeMultiLine, normalizeSingleLine } from './text';
import { STORY_PARTS } from './questions/rubric';
import { resumeInputSchema } from './resume';
import {
  ANSWER_FLAGS,
  ATTEMPT_MODES,
  ATTEMPT_STATUSES,
  CATEGORY_NAMES,
  DOCUMENT_ID_PATTERN,
  ENGINES,
  INTERVIEW_STATUSES,
  INTERVIEW_TYPES,
  LEVELS,
  LIMITS,
  MAX_SESSION_MS,
  QUESTION_KINDS,
  isPlausibleTimeMs,
  RESUME_LIMITS,
} from './constants';

/**
 * The data model contract (see ARCHITECTURE.md). Collection names, fields and status values
 * here are shared by the rules, the functions, the web app and the tests.
 */

/**
 * A worker's claim on a piece of leased work: question generation (`interviews.generationLease`),
 * scoring (`attempts.scoringLease`) or a call lookup (`attempts.reconcileLease`). `recoveries`
 * counts the runs started for a stuck item (by the sweep or a "check now") since it last
 * settled: one is allowed, then it is settled `failed`.
 */
export const workLeaseSchema = z.object({
  id: z.string(),
  atMs: z.number(),
  recoveries: z.number().int().nonnegative().optional(),
});
export type WorkLease = z.infer<typeof workLeaseSchema>;

/** A stored lease; a malformed one reads as absent (free to take) rather than an unreadable doc. */
const storedLease = workLeaseSchema.optional().catch(() => undefined);

/**
 * A one-line field (normalizeSingleLine: controls and invisible formatting removed, whitespace
 * folded, trimmed). Text nobody can see counts as missing.
 */
export const singleLineText = (max: number, label: string) =>
  z
    .string({ error: `${label} is required` })
    .transform(normalizeSingleLine)
    .pipe(
      z
        .string()
        .min(1, `${label} is required`)
        .max(max, `${label} must be at most ${String(max)} characters`),
    );

/**
 * A field of several lines (normalizeMultiLine: line breaks kept, the same controls removed).
 * May come out empty; the length limit applies to the text as received.
 */
export const multiLineText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .max(max, `${label} must be at most ${String(max)} characters`)
    .transform(normalizeMultiLine);

/** A Firestore document id that a client may name (DOCUMENT_ID_PATTERN, not `__name__`). */
export const documentIdSchema = z
  .string({ error: 'Invalid id' })
  .min(1, 'Invalid id')
  .max(128, 'Invalid id')
  .regex(DOCUMENT_ID_PATTERN, 'Invalid id')
  .refine((value) => !/^__.*__$/.test(value), 'Invalid id');

/** Milliseconds since the epoch, within TIME_WINDOW of now (checked when parsed). */
export const timeMsSchema = z
  .number({ error: 'Must be a time in milliseconds' })
  .int('Must be a whole number of milliseconds')
  .refine((ms) => isPlausibleTimeMs(ms), 'Must be a time close to now');

/** Milliseconds since the start of a session. */
export const sessionOffsetMsSchema = z
  .number({ error: 'Must be a number of milliseconds' })
  .nonnegative('Must not be negative')
  .max(MAX_SESSION_MS, 'Must be within the session');

// ---------- users/{uid}

export const displayNameSchema = singleLineText(LIMITS.displayName, 'Display name');

export const userSchema = z.object({
  displayName: z.string(),
  email: z.string(),
  createdAt: z.date(),
});
export type User = z.infer<typeof userSchema>;

// ---------- interviews/{interviewId}

export const questionSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1).max(LIMITS.questionText),
  kind: z.enum(QUESTION_KINDS),
  /**
   * The offline bank template the question was rendered from (`BankTemplate.id`), so scoring
   * finds its rubric. Absent on model-written questions and on questions stored before it was
   * recorded (those resolve by text).
   */
  bankId: z.string().min(1).optional(),
});
export type Question = z.infer<typeof questionSchema>;

/** What a candidate submits to create an interview (createInterview callable and the form). */
export const createInterviewInputSchema = z.object({
  role: singleLineText(LIMITS.role, 'Role'),
  level: z.enum(LEVELS, { error: 'Choose a level' }),
  type: z.enum(INTERVIEW_TYPES, { error: 'Choose an interview type' }),
  techStack: z
    .array(singleLineText(LIMITS.techItem, 'Each technology'), {
      error: 'Tech stack must be a list',
    })
    .max(LIMITS.techStack, `At most ${String(LIMITS.techStack)} technologies`)
    .transform((items) => {
      const seen = new Set<string>();
      return items.filter((item) => {
        const key = item.toLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }),
  questionCount: z
    .number({ error: 'Number of questions must be a number' })
    .int('Number of questions must be a whole number')
    .min(LIMITS.minQuestions, `At least ${String(LIMITS.minQuestions)} question`)
    .max(LIMITS.maxQuestions, `At most ${String(LIMITS.maxQuestions)} questions`),
  jobDescription: multiLineText(LIMITS.jobDescription, 'Job description')
    .optional()
    .transform((s) => (s !== undefined && s.length > 0 ? s : undefined)),
  /** Optional: text the candidate pasted or extracted from a file, and whether to keep it. */
  resume: resumeInputSchema,
});
export type CreateInterviewInput = z.input<typeof createInterviewInputSchema>;
export type InterviewSpec = z.output<typeof createInterviewInputSchema>;

export const interviewSchema = z.object({
  userId: z.string(),
  role: z.string(),
  level: z.enum(LEVELS),
  type: z.enum(INTERVIEW_TYPES),
  techStack: z.array(z.string()),
  questionCount: z.number().int().min(LIMITS.minQuestions).max(LIMITS.maxQuestions),
  jobDescription: z.string().max(LIMITS.jobDescription).optional(),
  /** The résumé's text, only when the candidate chose to keep it (personal data, owner-only). */
  resume: z.string().max(RESUME_LIMITS.text).optional(),
  status: z.enum(INTERVIEW_STATUSES),
  questions: z.array(questionSchema),
  engine: z.enum(ENGINES).optional(),
  model: z.string().optional(),
  error: z.string().optional(),
  /** Present while a worker holds the generation claim; a malformed one reads as absent. */
  generationLease: storedLease,
  /** When the owner last pressed "Try again": the write that asks the trigger for a new run. */
  retriedAt: z.date().optional(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Interview = z.infer<typeof interviewSchema>;

// ---------- interviews/{interviewId}/attempts/{attemptId}

export const transcriptTurnSchema = z.object({
  role: z.enum(['agent', 'user']),
  text: z.string().max(LIMITS.turnText),
  /**
   * Practice mode: the question this turn asks (agent) or answers (user). Voice turns have none:
   * the voice agent's words come from Retell, not from a question list.
   */
  questionId: z.string().optional(),
  /** Practice mode: the interviewer's follow-up to its question (agent) or the reply (user). */
  followUp: z.literal(true).optional(),
  startMs: z.number().nonnegative().optional(),
  endMs: z.number().nonnegative().optional(),
});
export type TranscriptTurn = z.infer<typeof transcriptTurnSchema>;

export const attemptSchema = z.object({
  userId: z.string(),
  interviewId: z.string(),
  mode: z.enum(ATTEMPT_MODES),
  callId: z.string().optional(),
  status: z.enum(ATTEMPT_STATUSES),
  /** Ids of the interview's questions asked in this attempt (a subset for targeted practice). */
  questionIds: z.array(z.string()).optional(),
  transcript: z.array(transcriptTurnSchema),
  startedAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  durationMs: z.number().nonnegative().nullable(),
  disconnectionReason: z.string().optional(),
  error: z.string().optional(),
  /** Voice: when the browser reported that the call ended (the transcript is due soon after). */
  callEndedAt: z.date().optional(),
  /** Voice: the last time the server looked the call up at Retell (sweep or "check now"). */
  lastCheckedAt: z.date().optional(),
  /**
   * Practice: the answer length the candidate aimed for (absent when they chose none) and the
   * time each answered question took, its follow-up's reply included (interview/timing.ts).
   */
  timing: z
    .object({
      targetMs: z.number().positive().optional(),
      answers: z.array(
        z.object({
          questionId: z.string(),
          thinkingMs: z.number().nonnegative(),
          answerMs: z.number().nonnegative(),
        }),
      ),
    })
    .optional(),
  /**
   * Practice with Gemini: the follow-ups the server worded (proposeFollowUp), one per question
   * at most. `answerDigest` is the SHA-256 (hex) of the normalised first answer it followed, so
   * submitPracticeTranscript takes this wording only for that same answer; `engine` says who
   * wrote it (`offline` when Gemini failed and the rule's own words were used).
   */
  followUps: z
    .array(
      z.object({
        questionId: z.string(),
        text: z.string().max(LIMITS.turnText),
        engine: z.enum(ENGINES),
        answerDigest: z.string(),
        promptVersion: z.string().optional(),
      }),
    )
    .optional(),
  /**
   * When the attempt last became `transcribed` (its result arrived, or "score again"): one that
   * no scoring has claimed a lease after this is stuck, and the sweep scores it.
   */
  transcribedAt: z.date().optional(),
  /** The transcript was cut at a turn boundary to fit a Firestore document. */
  transcriptTruncated: z.boolean().optional(),
  /** Present while a worker holds the scoring claim (status `scoring`). */
  scoringLease: storedLease,
  /** Present while a sweep or "check now" looks the call up (status `created`/`in_progress`). */
  reconcileLease: storedLease,
  createdAt: z.date(),
});
export type Attempt = z.infer<typeof attemptSchema>;

// ---------- feedback/{attemptId}

export const scoreSchema = z.number().int().min(0).max(100);

export const categoryScoreSchema = z.object({
  name: z.enum(CATEGORY_NAMES),
  /** Null when the transcript cannot support a score for this category; `comment` says why. */
  score: scoreSchema.nullable(),
  comment: z.string(),
});
export type CategoryScore = z.infer<typeof categoryScoreSchema>;

export const evidenceSchema = z.object({
  quote: z.string().min(1),
  startMs: z.number().nonnegative().optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const questionFeedbackSchema = z.object({
  questionId: z.string(),
  question: z.string(),
  answerSummary: z.string(),
  score: scoreSchema.nullable(),
  feedback: z.string(),
  evidence: z.array(evidenceSchema),
  // Rubric results, present on feedback scored against a rubric (older feedback has none).
  /** Key points the answer covered, each with the candidate's words that show it. */
  keyPointsCovered: z
    .array(z.object({ id: z.string(), concept: z.string(), quote: z.string().min(1) }))
    .optional(),
  /** Key points the answer did not cover, named as concepts. */
  keyPointsMissed: z.array(z.object({ id: z.string(), concept: z.string() })).optional(),
  /** Wrong statements, with what the candidate said and what is true instead. */
  misconceptions: z
    .array(
      z.object({
        id: z.string(),
        claim: z.string(),
        correction: z.string(),
        quote: z.string().min(1),
      }),
    )
    .optional(),
  /** Behavioural answers: the parts of a complete story the answer did not have. */
  storyPartsMissing: z.array(z.enum(STORY_PARTS)).optional(),
  /** What was set aside before scoring (text addressed to the grader, padding, ...). */
  flags: z.array(z.enum(ANSWER_FLAGS)).optional(),
});
export type QuestionFeedback = z.infer<typeof questionFeedbackSchema>;

export const deliveryMetricsSchema = z.object({
  wordsPerMinute: z.number().nonnegative(),
  fillerWordsPerMinute: z.number().nonnegative(),
  fillerWords: z.record(z.string(), z.number().int().nonnegative()),
  talkRatio: z.number().min(0).max(1),
  answerCount: z.number().int().nonnegative(),
  longestAnswerWords: z.number().int().nonnegative(),
});
export type DeliveryMetrics = z.infer<typeof deliveryMetricsSchema>;

export const feedbackSchema = z.object({
  userId: z.string(),
  interviewId: z.string(),
  attemptId: z.string(),
  totalScore: scoreSchema,
  categoryScores: z.array(categoryScoreSchema),
  questions: z.array(questionFeedbackSchema),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
  finalAssessment: z.string(),
  delivery: deliveryMetricsSchema,
  insufficientEvidence: z.boolean(),
  engine: z.enum(ENGINES),
  model: z.string(),
  promptVersion: z.string(),
  createdAt: z.date(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

/** The assessment part of a feedback document: what a scorer (Gemini or offline) produces. */
export const feedbackContentSchema = feedbackSchema.pick({
  totalScore: true,
  categoryScores: true,
  questions: true,
  strengths: true,
  improvements: true,
  finalAssessment: true,
  delivery: true,
  insufficientEvidence: true,
});
export type FeedbackContent = z.infer<typeof feedbackContentSchema>;

// ---------- rateLimits/{uid} (server-only)

/** One daily counter: uses in the window that started at `windowStart`. */
export const rateBucketSchema = z.object({
  count: z.number().int().nonnegative(),
  windowStart: z.date(),
});

export const rateLimitsSchema = z.object({
  interviews: rateBucketSchema.optional(),
  attempts: rateBucketSchema.optional(),
  rescores: rateBucketSchema.optional(),
  shares: rateBucketSchema.optional(),
  followUps: rateBucketSchema.optional(),
  /** Actions allowed again only after a short wait: when each was last used. */
  cooldowns: z.object({ checks: z.date().optional() }).optional(),
});
export type RateLimits = z.infer<typeof rateLimitsSchema>;

// ---------- webhookEvents/{eventKey} (server-only)

/** A call result already recorded under this key (webhook, practice or reconciliation). */
export const webhookEventSchema = z.object({
  interviewId: z.string(),
  attemptId: z.string(),
  receivedAt: z.date(),
});
export type WebhookEvent = z.infer<typeof webhookEventSchema>;

// ---------- shares/{tokenHash} (server-only)

/**
 * The report as a share link shows it: a copy taken when the link was made, with nothing that
 * identifies the account (no user id, email or other attempts). Extra fields of the feedback
 * (added later) pass through.
 */
export const sharedReportSchema = z.object({
  role: z.string(),
  level: z.enum(LEVELS),
  type: z.enum(INTERVIEW_TYPES),
  mode: z.enum(ATTEMPT_MODES),
  attemptCreatedAt: z.date(),
  durationMs: z.number().nonnegative().nullable(),
  feedback: feedbackSchema.omit({ userId: true, interviewId: true, attemptId: true }).loose(),
  /** Absent when the owner chose to leave the transcript out. */
  transcript: z.array(transcriptTurnSchema).optional(),
});
export type SharedReport = z.infer<typeof sharedReportSchema>;

/**
 * A private share link. The document id is the SHA-256 (hex) of the link's random token, so the
 * database never holds the token itself; only Cloud Functions read or write this collection.
 */
export const shareSchema = z.object({
  userId: z.string(),
  interviewId: z.string(),
  attemptId: z.string(),
  label: z.string(),
  includeTranscript: z.boolean(),
  createdAt: z.date(),
  /** null: the link does not expire (it still ends when revoked or the attempt is deleted). */
  expiresAt: z.date().nullable(),
  report: sharedReportSchema,
});
export type Share = z.infer<typeof shareSchema>;
