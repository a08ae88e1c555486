import {
  feedbackContentSchema,
  type CategoryScore,
  type Evidence,
  type FeedbackContent,
  type Question,
  type QuestionFeedback,
  type TranscriptTurn,
} from '../schemas';
import { rubricForQuestion } from '../questions/rubrics';
import { clampScore, computeTotalScore, findEvidence, normaliseForEvidence } from './evidence';
import { computeDeliveryMetrics, substantiveWordCount } from './metrics';
import { LEVEL_SCORES, modelFeedbackSchema, type ModelFeedback } from './model-output';
import {
  quoteMakesClaimFor,
  quoteSetAside,
  quoteSupportsPoint,
  readAnswers,
  type AnswerReading,
  type RubricLookup,
} from './rubric-match';
import { alignAnswers, type AlignedAnswer } from './segment';
import { CATEGORY_NAMES } from '../constants';

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
  /** Where each question's rubric comes from; the bank's rubrics unless a test says otherwise. */
  rubricFor?: RubricLookup;
}

/** How far a model's category score may sit above the mean of the checked question scores. */
export const CATEGORY_MARGIN = 15;

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

const LEVEL_FOR_COVERAGE = (coverage: number) => 1 + Math.ceil(4 * coverage);

interface CheckedQuestion {
  feedback: QuestionFeedback;
  rubric: boolean;
  /** The model's level was above what the checked quotes support. */
  lowered: boolean;
}

/**
 * One question of the model's output, checked in code as the offline scorer would check it:
 * quotes must be the candidate's words from a sentence that counts, every key point the model
 * claims must be shown by its quote, and the level is held to what the supported points allow
 * (less one per misconception stated). The model's level is never raised.
 */
function checkModelQuestion(
  a: AlignedAnswer,
  reading: AnswerReading | undefined,
  m: ModelFeedback['questions'][number] | undefined,
  unanswered: boolean,
  transcript: readonly TranscriptTurn[],
): CheckedQuestion {
  const base = { questionId: a.questionId, question: a.question };
  const rubric = reading?.status === 'answered' ? reading.rubric : undefined;
  const flags = reading && reading.flags.size > 0 ? { flags: [...reading.flags] } : {};
  const notes: string[] = [];
  if (reading?.graderText[0] !== undefined) {
    notes.push(
      `Text addressed to the grader was ignored and earned nothing: "${clip(reading.graderText[0], 160)}".`,
    );
  }
  if (reading?.reusedFrom !== null && reading?.reusedFrom !== undefined) {
    notes.push(
      `Part of this answer repeats your answer to question ${String(reading.reusedFrom)}; it counts once, for the question it answers.`,
    );
  }
  if (unanswered) {
    return {
      feedback: {
        ...base,
        answerSummary: NOT_ANSWERED_SUMMARY,
        score: null,
        feedback: [a.asked ? NOT_ANSWERED_FEEDBACK : NOT_ASKED_FEEDBACK, ...notes].join(' '),
        evidence: [],
        ...flags,
      },
      rubric: false,
      lowered: false,
    };
  }
  if (!m) {
    return {
      feedback: {
        ...base,
        answerSummary: '',
        score: null,
        feedback: NO_EVIDENCE_FEEDBACK,
        evidence: [],
        ...flags,
      },
      rubric: rubric !== undefined,
      lowered: false,
    };
  }
  const counts = (quote: string) => reading === undefined || !quoteSetAside(reading, quote);
  const evidence = acceptEvidence(m.evidence.filter(counts), transcript);
  const modelFeedback = clip(m.feedback);
  let level = m.level;
  let lowered = false;
  const extra: Partial<QuestionFeedback> = {};
  if (rubric && reading) {
    const turns = a.turns.filter((t) => t.role === 'user');
    // The code's own reading of the answer counts too, so a model that ignores the rubric is
    // held to what the answer shows rather than to what it chose to claim.
    const covered = new Map<string, { id: string; concept: string; quote: string }>(
      reading.covered.map((c) => [
        c.point.id,
        { id: c.point.id, concept: c.point.concept, quote: c.quote },
      ]),
    );
    for (const claim of m.keyPointsCovered.slice(0, 10)) {
      const point = rubric.keyPoints.find((p) => p.id === claim.id);
      const found = point && counts(claim.quote) ? findEvidence(claim.quote, turns) : null;
      if (
        !point ||
        !found ||
        covered.has(point.id) ||
        !quoteSupportsPoint(point, found.quote, a.question) ||
        !quoteMakesClaimFor(reading, point.id, found.quote)
      )
        continue;
      covered.set(point.id, { id: point.id, concept: point.concept, quote: found.quote });
    }
    const wrong = new Map<
      string,
      { id: string; claim: string; correction: string; quote: string }
    >();
    for (const s of reading.misconceptions) {
      wrong.set(s.misconception.id, {
        id: s.misconception.id,
        claim: s.misconception.claim,
        correction: s.misconception.correction,
        quote: s.quote,
      });
    }
    // A key point the answer denies is a wrong statement too, whether the model saw it or not.
    for (const c of reading.contradicted) {
      wrong.set(`denies-${c.point.id}`, {
        id: `denies-${c.point.id}`,
        claim: `denies ${c.point.concept}`,
        correction: c.point.concept,
        quote: c.quote,
      });
    }
    for (const claim of m.misconceptionsStated.slice(0, 10)) {
      const mis = rubric.misconceptions.find((x) => x.id === claim.id);
      const found = mis && counts(claim.quote) ? findEvidence(claim.quote, turns) : null;
      if (mis && found && !wrong.has(mis.id)) {
        wrong.set(mis.id, {
          id: mis.id,
          claim: mis.claim,
          correction: mis.correction,
          quote: found.quote,
        });
      }
    }
    const supported = LEVEL_FOR_COVERAGE(covered.size / Math.max(1, rubric.keyPoints.length));
    const allowed = Math.max(1, supported - wrong.size);
    if (level !== null && level > allowed) {
      notes.push(
        `The score was lowered: the quotes show ${String(covered.size)} of ${String(rubric.keyPoints.length)} key points${wrong.size > 0 ? ` and ${String(wrong.size)} wrong statement${wrong.size === 1 ? '' : 's'}` : ''}.`,
      );
      level = allowed;
      lowered = true;
    }
    for (const w of wrong.values())
      notes.push(`You said "${clip(w.quote, 160)}", which is not right: ${w.correction}`);
    extra.keyPointsCovered = [...covered.values()];
    extra.keyPointsMissed = rubric.keyPoints
      .filter((p) => !covered.has(p.id))
      .map((p) => ({ id: p.id, concept: p.concept }));
    extra.misconceptions = [...wrong.values()];
    if (rubric.storyParts) extra.storyPartsMissing = [...reading.storyMissing];
  }
  const score = level === null ? null : (LEVEL_SCORES[level] ?? null);
  const scored = score !== null && evidence.length > 0;
  const text = [
    score !== null && !scored ? withPrefix(NO_EVIDENCE_FEEDBACK, modelFeedback) : modelFeedback,
    ...notes,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    feedback: {
      ...base,
      answerSummary: clip(m.answerSummary),
      score: scored ? score : null,
      feedback: text,
      evidence,
      ...extra,
      ...flags,
    },
    rubric: rubric !== undefined,
    lowered,
  };
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
  const readings = readAnswers(ctx.questions, ctx.transcript, ctx.rubricFor ?? rubricForQuestion);
  // If no question could be located in the transcript at all, alignment has failed (an unusual
  // agent script), not the candidate; then evidence alone decides what is scored.
  const alignmentFound = aligned.some((a) => a.asked);

  const perQuestion = aligned.map((a, i) => {
    const reading = readings[i];
    const m = model.questions.find((q) => q.questionId === a.questionId);
    const unanswered = alignmentFound && (!isAnswered(a) || reading?.status === 'unanswered');
    return checkModelQuestion(a, reading, m, unanswered, ctx.transcript);
  });
  const questions = perQuestion.map((c) => c.feedback);

  // With rubrics, what the checked quotes support bounds the categories: a model that flatters
  // cannot lift a category far above the answers it rests on.
  const rubricChecked = perQuestion.filter((c) => c.rubric);
  let lowered = false;
  if (rubricChecked.length > 0) {
    const ceiling = Math.min(
      100,
      Math.round(
        rubricChecked.reduce((n, c) => n + (c.feedback.score ?? 0), 0) / rubricChecked.length,
      ) + CATEGORY_MARGIN,
    );
    for (const [i, c] of categoryScores.entries()) {
      if (c.score !== null && c.score > ceiling) {
        categoryScores[i] = {
          ...c,
          score: ceiling,
          comment: `${c.comment} (Held to ${String(ceiling)}: the quoted answers do not support more.)`,
        };
        lowered = true;
      }
    }
  }

  let content: FeedbackContent = {
    totalScore: computeTotalScore(categoryScores),
    categoryScores,
    questions,
    // Praise from a model whose scores had to be lowered is not backed by the evidence.
    strengths: lowered || perQuestion.some((c) => c.lowered) ? [] : cleanList(model.strengths),
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
