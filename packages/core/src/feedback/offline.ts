import { rubricForQuestion } from '../questions/rubrics';
import type { StoryPart } from '../questions/rubric';
import {
  type CategoryScore,
  type Evidence,
  type FeedbackContent,
  type Question,
  type QuestionFeedback,
  type TranscriptTurn,
} from '../schemas';
import { computeTotalScore, normaliseForEvidence } from './evidence';
import { computeDeliveryMetrics } from './metrics';
import { contentScore, readAnswers, type AnswerReading, type RubricLookup } from './rubric-match';
import {
  applyInsufficientEvidence,
  isInsufficientEvidence,
  MAX_EVIDENCE_PER_QUESTION,
  NOT_ANSWERED_FEEDBACK,
  NOT_ANSWERED_SUMMARY,
  NOT_ASKED_FEEDBACK,
} from './validate';
import { CATEGORY_NAMES, type CategoryName, type InterviewType } from '../constants';

/** Recorded as the feedback's `model` when the offline rubric produced it. */
export const OFFLINE_SCORER_VERSION = 'offline-rubric-v4';

export interface OfflineScoringInput {
  questions: readonly Question[];
  transcript: readonly TranscriptTurn[];
  techStack: readonly string[];
  type: InterviewType;
  /** Call length, for the delivery metrics when turns carry no timings. */
  durationMs?: number | null;
  /** Where each question's rubric comes from; the bank's rubrics unless a test says otherwise. */
  rubricFor?: RubricLookup;
}

/** Over this many words an answer has stopped being focused, whatever it covers. */
const RAMBLING_WORDS = 300;
const MAX_ITEMS = 6;

export const NOT_ENGLISH_FEEDBACK =
  'This answer is not in English. The offline scorer reads English only, so it cannot assess it and gives no score rather than a guess.';
export const NO_RUBRIC_FEEDBACK =
  'The offline scorer has no rubric for this question (it was not written from the question bank), so it cannot judge what the answer says and gives no score rather than a guess.';

const STORY_PART_HINT: Record<StoryPart, string> = {
  situation: 'the situation (where and when it happened)',
  task: 'your task (what you were responsible for)',
  action: 'your own action (what you yourself did)',
  result: 'the result (what changed, ideally measured)',
};

const list = (items: readonly string[], joiner = 'and') => {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1] ?? ''}`;
};
const listOf = (items: readonly string[], joiner = 'and') =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join('; ')}; ${joiner} ${items[items.length - 1] ?? ''}`;
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const to100 = (x: number) => Math.max(0, Math.min(100, Math.round(x * 100)));
const clipQuote = (text: string, max = 160) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
const sentence = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);

function evidenceOf(r: AnswerReading): Evidence[] {
  const quotes = [
    ...r.covered.map((c) => ({ quote: c.quote, startMs: c.startMs })),
    ...r.misconceptions.map((m) => ({ quote: m.quote, startMs: m.startMs })),
  ];
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const q of quotes) {
    const key = normaliseForEvidence(q.quote);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(q.startMs === undefined ? { quote: q.quote } : { quote: q.quote, startMs: q.startMs });
    if (out.length >= MAX_EVIDENCE_PER_QUESTION) break;
  }
  if (out.length === 0) {
    // Nothing credited: the low score still rests on what was said, so quote it.
    const first = r.sentences.find((s) => s.words.length >= 3);
    if (first) out.push({ quote: clipQuote(first.quote, 240) });
  }
  return out.filter((e) => e.quote.length > 0);
}

/** What was set aside and why, in the candidate's terms. */
function defenceNotes(r: AnswerReading): string[] {
  const notes: string[] = [];
  const first = r.graderText[0];
  if (first !== undefined) {
    notes.push(
      `Text addressed to the grader was ignored and earned nothing: "${clipQuote(first)}".`,
    );
  }
  if (r.reusedFrom !== null) {
    notes.push(
      `Part of this answer repeats your answer to question ${String(r.reusedFrom)}; it counts once, for the question it answers.`,
    );
  }
  const foreign = r.foreignText[0];
  if (foreign !== undefined) {
    notes.push(
      `A passage not in English was left out, as the offline scorer reads English only: "${clipQuote(foreign)}".`,
    );
  }
  if (r.flags.has('repeats-question')) notes.push('Reading the question back earns nothing.');
  if (r.flags.has('padding') && r.status === 'unanswered') {
    notes.push('Pleasantries such as "great question" are not an answer.');
  }
  return notes;
}

function feedbackText(r: AnswerReading, score: number): string {
  const out: string[] = [];
  if (r.covered.length === 0 || (r.question.kind === 'technical' && !r.onTopic)) {
    out.push('This answer did not address what the question asks.');
  }
  if (r.covered.length > 0) {
    out.push(`You covered ${listOf(r.covered.map((c) => c.point.concept))}.`);
  }
  const unmentioned = r.missed.filter((p) => !r.contradicted.some((c) => c.point.id === p.id));
  if (unmentioned.length > 0) {
    out.push(
      `You did not mention ${listOf(
        unmentioned.map((p) => p.concept),
        'or',
      )}.`,
    );
  }
  for (const m of r.misconceptions) {
    out.push(
      `You said "${clipQuote(m.quote)}", which is not right: ${sentence(m.misconception.correction)}`,
    );
  }
  for (const c of r.contradicted) {
    out.push(
      `You said "${clipQuote(c.quote)}", which denies a point a good answer makes: ${sentence(c.point.concept)}`,
    );
  }
  if (r.storyMissing.length > 0) {
    out.push(
      `The story did not make clear ${list(r.storyMissing.map((p) => STORY_PART_HINT[p]))}.`,
    );
  }
  out.push(...defenceNotes(r));
  if (score >= 90 && r.misconceptions.length === 0) out.push('A complete answer.');
  return out.join(' ');
}

function summaryOf(r: AnswerReading): string {
  const total = r.rubric?.keyPoints.length ?? 0;
  const parts = [`Covered ${String(r.covered.length)} of ${String(total)} key points`];
  if (r.misconceptions.length > 0) {
    parts.push(
      `stated ${String(r.misconceptions.length)} misconception${r.misconceptions.length === 1 ? '' : 's'}`,
    );
  }
  if ((r.rubric?.storyParts?.length ?? 0) > 0) {
    parts.push(
      r.storyPresent.length > 0
        ? `told a story with ${list(r.storyPresent)}`
        : 'told no story from experience',
    );
  }
  return `${parts.join('; ')}.`;
}

function questionFeedback(r: AnswerReading): QuestionFeedback {
  const base = { questionId: r.question.id, question: r.question.text };
  const flags = r.flags.size > 0 ? { flags: [...r.flags] } : {};
  switch (r.status) {
    case 'not-asked':
      return {
        ...base,
        answerSummary: NOT_ANSWERED_SUMMARY,
        score: null,
        feedback: NOT_ASKED_FEEDBACK,
        evidence: [],
        ...flags,
      };
    case 'unanswered':
      return {
        ...base,
        answerSummary: NOT_ANSWERED_SUMMARY,
        score: null,
        feedback: [NOT_ANSWERED_FEEDBACK, ...defenceNotes(r)].join(' '),
        evidence: [],
        ...flags,
      };
    case 'not-english':
      return {
        ...base,
        answerSummary: 'Not in English.',
        score: null,
        feedback: NOT_ENGLISH_FEEDBACK,
        evidence: [],
        ...flags,
      };
    case 'no-rubric':
      return {
        ...base,
        answerSummary: 'Not assessed offline.',
        score: null,
        feedback: [NO_RUBRIC_FEEDBACK, ...defenceNotes(r)].join(' '),
        evidence: [],
        ...flags,
      };
    case 'answered': {
      const score = to100(contentScore(r) ?? 0);
      return {
        ...base,
        answerSummary: summaryOf(r),
        score,
        feedback: feedbackText(r, score),
        evidence: evidenceOf(r),
        keyPointsCovered: r.covered.map((c) => ({
          id: c.point.id,
          concept: c.point.concept,
          quote: c.quote,
        })),
        keyPointsMissed: r.missed.map((p) => ({ id: p.id, concept: p.concept })),
        misconceptions: r.misconceptions.map((m) => ({
          id: m.misconception.id,
          claim: m.misconception.claim,
          correction: m.misconception.correction,
          quote: m.quote,
        })),
        ...(r.rubric?.storyParts ? { storyPartsMissing: [...r.storyMissing] } : {}),
        ...flags,
      };
    }
  }
}

/**
 * Whether an answer reached the substance of its question: it covers more key points than it
 * states misconceptions, and (for a technical question) it is about the question's subject.
 */
function addresses(r: AnswerReading): boolean {
  return (
    r.covered.length > r.misconceptions.length + r.contradicted.length &&
    (r.question.kind !== 'technical' || r.onTopic)
  );
}

interface PoolEntry {
  r: AnswerReading;
  /** Content score, 0 for a question in the pool that was not answered. */
  cs: number;
}

function categories(pool: readonly PoolEntry[], fillerPerMinute: number): CategoryScore[] {
  const answered = pool.filter((p) => p.r.status === 'answered');
  const addressed = answered.filter((p) => addresses(p.r));
  const technical = pool.filter((p) => p.r.question.kind === 'technical');
  const fluency = Math.max(0, Math.min(1, 1 - Math.max(0, fillerPerMinute - 3) / 12));
  const addressedShare = pool.length ? addressed.length / pool.length : 0;
  const hedgeCount = answered.reduce((n, p) => n + p.r.hedges.length, 0);
  const hedges = [...new Set(answered.flatMap((p) => p.r.hedges))].map((h) => `"${h}"`);
  const wrong = answered.reduce((n, p) => n + p.r.misconceptions.length, 0);
  const covered = answered.reduce((n, p) => n + p.r.covered.length, 0);
  const points = pool.reduce((n, p) => n + (p.r.rubric?.keyPoints.length ?? 0), 0);
  const of = (n: number, total: number, noun: string) =>
    `${String(n)} of ${String(total)} ${noun}${total === 1 ? '' : 's'}`;

  const value = (name: CategoryName): { score: number | null; comment: string } => {
    switch (name) {
      case 'Technical Knowledge':
        if (technical.length === 0) {
          return {
            score: null,
            comment:
              'Not scored: no technical question in this interview could be assessed offline.',
          };
        }
        return {
          score: to100(mean(technical.map((p) => p.cs))),
          comment: `Your technical answers covered ${of(
            technical.reduce((n, p) => n + p.r.covered.length, 0),
            technical.reduce((n, p) => n + (p.r.rubric?.keyPoints.length ?? 0), 0),
            'key point',
          )}${wrong > 0 ? ` and stated ${String(wrong)} misconception${wrong === 1 ? '' : 's'}` : ''}.`,
        };
      case 'Problem Solving':
        return {
          score: to100(
            mean(
              pool.map((p) =>
                p.r.question.kind === 'technical' ||
                (p.r.storyPresent.includes('action') && p.r.storyPresent.includes('result'))
                  ? p.cs
                  : 0.6 * p.cs,
              ),
            ),
          ),
          comment: `Judged from how far each answer got to a correct approach or, for stories, to what you did and what came of it: ${of(addressed.length, pool.length, 'answer')} reached the substance of the question.`,
        };
      case 'Communication':
        return {
          score: to100(
            mean(
              pool.map((p) => {
                if (p.r.status !== 'answered') return 0;
                const focus = p.r.words > RAMBLING_WORDS ? 0.85 : 1;
                // An answer to some other question, or a wrong one, does not address this one.
                const offTopic = p.r.question.kind === 'technical' && !p.r.onTopic;
                const wrong = p.r.misconceptions.length + p.r.contradicted.length > 0;
                const unaddressed = offTopic || wrong ? 0 : 0.15;
                return (addresses(p.r) ? 0.4 + 0.6 * p.cs : unaddressed) * focus;
              }),
            ),
          ),
          comment: `${of(addressed.length, pool.length, 'answer')} addressed the question asked; ${of(covered, points, 'key point')} were made clearly enough to recognise.`,
        };
      case 'Role Fit':
        return {
          score: to100(mean(pool.map((p) => p.cs))),
          comment: `Across the interview your answers covered ${of(covered, points, 'key point')} a good answer for this role covers.`,
        };
      case 'Confidence and Clarity':
        return {
          score: to100(
            0.8 *
              mean(
                pool.map((p) =>
                  p.r.status === 'answered' && addresses(p.r)
                    ? (1 - Math.min(0.6, 0.3 * p.r.hedges.length)) * (0.5 + 0.5 * p.cs)
                    : 0,
                ),
              ) +
              0.2 * fluency * addressedShare,
          ),
          comment: `${fillerPerMinute.toFixed(1)} filler words per minute and ${
            hedgeCount === 0
              ? 'no hedging phrases'
              : `${String(hedgeCount)} hedging phrase${hedgeCount === 1 ? '' : 's'} (${list(hedges)})`
          }, in answers that addressed the question.`,
        };
    }
  };
  return CATEGORY_NAMES.map((name) => ({ name, ...value(name) }));
}

function strengthsFrom(pool: readonly PoolEntry[]): string[] {
  const out: string[] = [];
  for (const { r, cs } of pool) {
    if (r.status !== 'answered' || r.misconceptions.length > 0 || r.contradicted.length > 0)
      continue;
    const n = String(r.index + 1);
    const first = r.covered[0];
    if (cs >= 0.7 && r.covered.length >= 2 && first) {
      out.push(
        `Your answer to question ${n} covered ${listOf(r.covered.map((c) => c.point.concept))} ("${clipQuote(first.quote, 100)}").`,
      );
    }
    const wanted = r.rubric?.storyParts ?? [];
    if (wanted.length > 0 && r.storyMissing.length === 0 && cs >= 0.5) {
      out.push(`Your answer to question ${n} told a complete story: ${list(wanted)}.`);
    }
  }
  return out.slice(0, 5);
}

function improvementsFrom(readings: readonly AnswerReading[], fillerPerMinute: number): string[] {
  const urgent: string[] = [];
  const other: string[] = [];
  for (const r of readings) {
    const n = String(r.index + 1);
    if (r.graderText.length > 0) {
      urgent.push(
        `Question ${n} contained text addressed to the grader ("${clipQuote(r.graderText[0] ?? '', 80)}"). It was ignored: only answers to the question earn a score.`,
      );
    }
    if (r.status === 'unanswered' && r.asked) {
      urgent.push(
        `Question ${n} was not answered${r.flags.has('padding') || r.flags.has('repeats-question') ? ' (pleasantries and reading the question back are not an answer)' : ''}; even a partial answer gives the interviewer something to assess.`,
      );
    } else if (r.status === 'not-asked') {
      other.push(
        `Question ${n} was never reached; keeping earlier answers focused leaves time for every question.`,
      );
    } else if (r.status === 'not-english') {
      urgent.push(
        `Question ${n} was answered in a language other than English, which the offline scorer cannot assess.`,
      );
    }
    for (const m of r.misconceptions) {
      urgent.push(`Question ${n}: ${sentence(m.misconception.correction)}`);
    }
    if (r.status === 'answered' && r.missed.length > 0 && (contentScore(r) ?? 0) < 0.75) {
      other.push(
        `In question ${n} you did not mention ${listOf(
          r.missed.slice(0, 3).map((p) => p.concept),
          'or',
        )}.`,
      );
    }
    if (r.status === 'answered' && r.storyMissing.length > 0) {
      other.push(
        `Your story for question ${n} did not make clear ${list(r.storyMissing.map((p) => STORY_PART_HINT[p]))}.`,
      );
    }
    if (r.reusedFrom !== null) {
      other.push(
        `Question ${n} reused your answer to question ${String(r.reusedFrom)}; give each question a story that fits it.`,
      );
    }
  }
  if (fillerPerMinute > 6) {
    other.push(
      `You used about ${fillerPerMinute.toFixed(1)} filler words per minute; a short silent pause sounds more confident.`,
    );
  }
  return [...urgent, ...other].slice(0, MAX_ITEMS);
}

/** All questions unscorable offline (not English, no rubric): no number pretends otherwise. */
function notScorable(
  content: FeedbackContent,
  readings: readonly AnswerReading[],
): FeedbackContent {
  const notEnglish = readings.some((r) => r.status === 'not-english');
  const reason = notEnglish
    ? 'Not scored: the answers are not in English, and the offline scorer reads English only.'
    : 'Not scored: the offline scorer has no rubric for these questions.';
  return {
    ...content,
    categoryScores: CATEGORY_NAMES.map((name) => ({ name, score: null, comment: reason })),
    totalScore: 0,
    strengths: [],
    finalAssessment: notEnglish
      ? 'Your answers are not in English. The offline scorer reads English only, so it gives no score rather than a guess. Answer in English, or score this interview with Gemini configured.'
      : 'The offline scorer has no rubric for these questions, so it gives no score rather than a guess. Score this interview with Gemini configured, or practise with questions from the built-in bank.',
    insufficientEvidence: true,
  };
}

/**
 * The offline rubric scorer: reads each answer against its question's rubric (key points
 * covered, misconceptions stated, story parts), after setting aside what earns nothing (text
 * addressed to the grader, the question read back, padding, a story reused from another
 * answer). Quotes only the candidate's own words; a question or category it cannot support gets
 * no score and says why. Deterministic, and bound by the same honesty rules as the model path.
 */
export function scoreOffline(input: OfflineScoringInput): FeedbackContent {
  const { questions, transcript, type } = input;
  const delivery = computeDeliveryMetrics(transcript, { durationMs: input.durationMs ?? null });
  const readings = readAnswers(questions, transcript, input.rubricFor ?? rubricForQuestion);
  const feedback = readings.map(questionFeedback);

  const pool: PoolEntry[] = readings
    .filter((r) => r.status !== 'no-rubric' && r.status !== 'not-english')
    .map((r) => ({ r, cs: contentScore(r) ?? 0 }));
  const categoryScores = categories(pool, delivery.fillerWordsPerMinute);
  const totalScore = computeTotalScore(
    categoryScores.filter((c): c is CategoryScore & { score: number } => c.score !== null),
  );
  const improvements = improvementsFrom(readings, delivery.fillerWordsPerMinute);
  const scored = feedback.filter((q) => q.score !== null).length;
  const unscorable = readings.filter(
    (r) => r.status === 'no-rubric' || r.status === 'not-english',
  ).length;
  const assessment = [
    `Offline rubric assessment of this ${type} interview: ${String(scored)} of ${String(readings.length)} answers scored against the key points a good answer covers, for an overall score of ${String(totalScore)}/100.`,
    unscorable > 0
      ? `${String(unscorable)} answer${unscorable === 1 ? '' : 's'} could not be assessed offline and ${unscorable === 1 ? 'is' : 'are'} left out.`
      : '',
    improvements[0] ? `The most useful next step: ${improvements[0]}` : '',
  ]
    .filter(Boolean)
    .join(' ');

  const content: FeedbackContent = {
    totalScore,
    categoryScores,
    questions: feedback,
    strengths: strengthsFrom(pool),
    improvements,
    finalAssessment: assessment,
    delivery,
    insufficientEvidence: false,
  };
  if (pool.length === 0 && unscorable > 0 && !isInsufficientEvidence(transcript)) {
    return notScorable(content, readings);
  }
  return isInsufficientEvidence(transcript) || scored === 0
    ? applyInsufficientEvidence(content)
    : content;
}
