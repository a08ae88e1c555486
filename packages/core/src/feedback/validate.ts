import {
  CATEGORY_NAMES,
  feedbackContentSchema,
  type CategoryScore,
  type Evidence,
  type FeedbackContent,
  type Question,
  type QuestionFeedback,
  type TranscriptTurn,
} from '../schemas';
import { clampScore, computeTotalScore, findEvidence, normaliseForEvidence } from './evidence';
import { computeDeliveryMetrics, substantiveWordCount } from './metrics';
import { modelFeedbackSchema } from './model-output';
import { alignAnswers, type AlignedAnswer } from './segment';

/** Fewer candidate words than this (fillers excluded) is too little to assess an interview. */
export const MIN_CANDIDATE_WORDS = 25;
/** Ceiling on category scores when there is too little evidence: nothing shown, nothing earned. */
export const INSUFFICIENT_CATEGORY_CAP = 20;
export const MAX_EVIDENCE_PER_QUESTION = 3;
// Bounds the work a response padded with thousands of quotes can cause.
const MAX_QUOTES_CHECKED = 10;
const MAX_LIST_ITEMS = 6;
const MAX_TEXT = 2000;

export const NO_EVIDENCE_FEEDBACK = 'Not enough evidence in the transcript to score this answer.';
export const NOT_ANSWERED_FEEDBACK = 'This question was not answered in the interview.';
export const NOT_ASKED_FEEDBACK = 'This question was not asked in the interview.';
export const NOT_ANSWERED_SUMMARY = 'Not answered.';
export const INSUFFICIENT_CATEGORY_COMMENT =
  'Not enough of your own words in the transcript to assess this.';
export const INSUFFICIENT_IMPROVEMENT =
  'Answer each question in full, in your own words, so there is enough to assess: aim for at least a few sentences per answer.';
export const INSUFFICIENT_ASSESSMENT =
  'There was not enough of your own speech in this interview to give an honest assessment, so the scores are held low and no answer is scored. Try again and answer each question in full; the next attempt will be assessed on what you say.';

export interface FinaliseContext {
  questions: readonly Question[];
  transcript: readonly TranscriptTurn[];
  /** Call length, passed through to the delivery metrics when turns carry no timings. */
  durationMs?: number | null;
}

export type FinaliseResult = { ok: true; content: FeedbackContent } | { ok: false; reason: string };

/** True when the candidate said almost nothing (fillers excluded), whatever the questions were. */
export function isInsufficientEvidence(transcript: readonly TranscriptTurn[]): boolean {
  let words = 0;
  for (const turn of transcript) {
    if (turn.role === 'user') words += substantiveWordCount(turn.text);
  }
  return words < MIN_CANDIDATE_WORDS;
}

/** Whether the aligned answer holds anything but silence and filler. */
export function isAnswered(aligned: AlignedAnswer): boolean {
  return substantiveWordCount(aligned.answer) > 0;
}

const clip = (s: string, max = MAX_TEXT) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
};

const cleanList = (items: readonly string[]) =>
  items
    .map((s) => clip(s, 500))
    .filter(Boolean)
    .slice(0, MAX_LIST_ITEMS);

/** Keeps only quotes found verbatim in a candidate turn, without duplicates, in model order. */
export function acceptEvidence(
  quotes: readonly string[],
  transcript: readonly TranscriptTurn[],
): Evidence[] {
  const candidateTurns = transcript.filter((t) => t.role === 'user');
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const quote of quotes.slice(0, MAX_QUOTES_CHECKED)) {
    const found = findEvidence(quote, candidateTurns);
    if (!found) continue;
    const key = normaliseForEvidence(found.quote);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(found);
    if (out.length >= MAX_EVIDENCE_PER_QUESTION) break;
  }
  return out;
}

const withPrefix = (prefix: string, text: string) =>
  text && !text.startsWith(prefix) ? `${prefix} ${text}` : prefix;

/**
 * The honesty floor shared by both scorers: with too little evidence no answer is scored, no
 * strength is claimed and every category is held at or below INSUFFICIENT_CATEGORY_CAP.
 */
export function applyInsufficientEvidence(content: FeedbackContent): FeedbackContent {
  const categoryScores = content.categoryScores.map((c) => ({
    name: c.name,
    score: c.score === null ? null : Math.min(c.score, INSUFFICIENT_CATEGORY_CAP),
    comment: INSUFFICIENT_CATEGORY_COMMENT,
  }));
  return {
    ...content,
    categoryScores,
    totalScore: computeTotalScore(categoryScores),
    questions: content.questions.map((q) =>
      q.score === null
        ? q
        : { ...q, score: null, feedback: withPrefix(NO_EVIDENCE_FEEDBACK, q.feedback) },
    ),
    strengths: [],
    improvements: [
      INSUFFICIENT_IMPROVEMENT,
      ...content.improvements.filter((s) => s !== INSUFFICIENT_IMPROVEMENT),
    ].slice(0, MAX_LIST_ITEMS),
    finalAssessment: INSUFFICIENT_ASSESSMENT,
    insufficientEvidence: true,
  };
}

function parseJsonText(raw: string): { ok: true; value: unknown } | { ok: false } {
  const text = raw.trim();
  const fenced = /^```[a-zA-Z]*\s*\n?([\s\S]*?)\n?\s*```$/.exec(text);
  const candidates = [fenced?.[1] ?? text];
  // Models sometimes wrap the object in a sentence; the outermost braces are the fallback.
  const first = text.indexOf('{');
  const last = text.lastIndexOf('}');
  if (first >= 0 && last > first) candidates.push(text.slice(first, last + 1));
  for (const candidate of candidates) {
    try {
      return { ok: true, value: JSON.parse(candidate) as unknown };
    } catch {
      // try the next candidate
    }
  }
  return { ok: false };
}

/**
 * Turns the model's raw text into feedback the product can stand behind. The model's output is
 * treated as a proposal: shape is validated, categories must be complete, scores are clamped,
 * evidence quotes must be the candidate's verbatim words, a score without evidence or for an
 * unanswered question becomes null, and the total and delivery metrics are computed here.
 */
export function finaliseModelFeedback(raw: string, ctx: FinaliseContext): FinaliseResult {
  if (typeof raw !== 'string' || raw.trim() === '') {
    return { ok: false, reason: 'The model returned an empty response.' };
  }
  const parsedJson = parseJsonText(raw);
  if (!parsedJson.ok) return { ok: false, reason: 'The model response is not valid JSON.' };

  const parsed = modelFeedbackSchema.safeParse(parsedJson.value);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    return { ok: false, reason: `The model response does not match the schema: ${issues}` };
  }
  const model = parsed.data;

  const categoryScores: CategoryScore[] = [];
  for (const name of CATEGORY_NAMES) {
    const entries = model.categoryScores.filter((c) => c.name === name);
    const entry = entries[0];
    if (!entry)
      return { ok: false, reason: `The model response is missing the category "${name}".` };
    if (entries.length > 1) {
      return {
        ok: false,
        reason: `The model response scores the category "${name}" more than once.`,
      };
    }
    categoryScores.push({
      name,
      score: clampScore(entry.score) ?? 0,
      comment: clip(entry.comment),
    });
  }

  const aligned = alignAnswers(ctx.questions, ctx.transcript);
  // If no question could be located in the transcript at all, alignment has failed (an unusual
  // agent script), not the candidate; then evidence alone decides what is scored.
  const alignmentFound = aligned.some((a) => a.asked);

  const questions: QuestionFeedback[] = aligned.map((a) => {
    const m = model.questions.find((q) => q.questionId === a.questionId);
    if (alignmentFound && !isAnswered(a)) {
      return {
        questionId: a.questionId,
        question: a.question,
        answerSummary: NOT_ANSWERED_SUMMARY,
        score: null,
        feedback: a.asked ? NOT_ANSWERED_FEEDBACK : NOT_ASKED_FEEDBACK,
        evidence: [],
      };
    }
    if (!m) {
      return {
        questionId: a.questionId,
        question: a.question,
        answerSummary: '',
        score: null,
        feedback: NO_EVIDENCE_FEEDBACK,
        evidence: [],
      };
    }
    const evidence = acceptEvidence(m.evidence, ctx.transcript);
    const modelFeedback = clip(m.feedback);
    const score = m.score === null ? null : clampScore(m.score);
    const scored = score !== null && evidence.length > 0;
    return {
      questionId: a.questionId,
      question: a.question,
      answerSummary: clip(m.answerSummary),
      score: scored ? score : null,
      feedback:
        score !== null && !scored ? withPrefix(NO_EVIDENCE_FEEDBACK, modelFeedback) : modelFeedback,
      evidence,
    };
  });

  let content: FeedbackContent = {
    totalScore: computeTotalScore(categoryScores),
    categoryScores,
    questions,
    strengths: cleanList(model.strengths),
    improvements: cleanList(model.improvements),
    finalAssessment: clip(model.finalAssessment),
    delivery: computeDeliveryMetrics(ctx.transcript, { durationMs: ctx.durationMs ?? null }),
    insufficientEvidence: false,
  };

  const insufficient =
    isInsufficientEvidence(ctx.transcript) ||
    (alignmentFound && !aligned.some(isAnswered)) ||
    !questions.some((q) => q.score !== null);
  if (insufficient) content = applyInsufficientEvidence(content);

  const checked = feedbackContentSchema.safeParse(content);
  if (!checked.success) {
    return { ok: false, reason: `Finalised feedback failed validation: ${checked.error.message}` };
  }
  return { ok: true, content: checked.data };
}
