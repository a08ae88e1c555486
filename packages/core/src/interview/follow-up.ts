import { phrasingMatches, readAnswers, type AnswerReading } from '../feedback/rubric-match';
import { tokenise } from '../feedback/text';
import type { RubricKeyPoint } from '../questions/rubric';
import { rubricForQuestion } from '../questions/rubrics';
import type { Question, TranscriptTurn } from '../schemas';

/**
 * One follow-up question per interview question at most, asked when the answer left something
 * out. The same rule runs offline (here, from the rubric and the scorer's reading of the answer)
 * and checks what a model writes (`checkFollowUpText`). A follow-up asks for what is missing
 * without ever naming it: "what happened as a result?", never "did you mention the load factor?".
 */
export type FollowUpReason =
  'too-short' | 'story-action' | 'story-result' | 'key-point' | 'example';

export interface FollowUp {
  questionId: string;
  text: string;
  reason: FollowUpReason;
}

/** An answer of at most this many counted words, in one sentence, is "only a sentence". */
export const SHORT_ANSWER_WORDS = 25;
/** Below this share of the rubric's key points covered, the answer left a key point out. */
export const MIN_COVERED_SHARE = 0.6;
/** Follow-ups stay short enough to say in one breath. */
export const MAX_FOLLOW_UP_WORDS = 25;
export const MAX_FOLLOW_UP_CHARS = 200;

const ASK = {
  'too-short': 'Could you walk me through that in more detail, with a specific example?',
  'story-action': 'What did you personally do, step by step?',
  'story-result': 'What happened as a result, and how did you know?',
  example: 'Can you give me a specific example of a time that happened?',
} as const;

/**
 * Neutral probes by what a key point is about, read from its id. Each asks for a kind of
 * thinking (failure, trade-offs, measurement), never for the point's own words.
 */
const PROBES: readonly { pattern: RegExp; text: string }[] = [
  {
    pattern: /fail|error|retr|fallback|recover|edge|invalid|rollback|outage|incident/,
    text: 'How would you handle that going wrong?',
  },
  {
    pattern: /trade|cost|versus|vs|compare|choice|alternative|downside|limit/,
    text: 'What are the trade-offs of that approach?',
  },
  { pattern: /test|verif|check|valid|review/, text: 'How would you check that it works?' },
  {
    pattern: /measur|metric|monitor|observ|profil|benchmark|latency|perf/,
    text: 'How would you measure whether it is working well?',
  },
  { pattern: /scal|load|grow|volume|traffic|concurren/, text: 'What changes as the load grows?' },
  {
    pattern: /secur|auth|permission|privacy|secret|encrypt/,
    text: 'What would you need to keep safe there?',
  },
  {
    pattern: /stakeholder|communicat|team|user|customer|people|feedback/,
    text: 'Who else would you involve, and how?',
  },
];
const DEFAULT_PROBE = 'What else would you consider before calling that complete?';

/** Words that mark a concrete example or a real occasion in an answer. */
const EXAMPLE_MARKERS =
  /\b(for example|for instance|e\.g\.|such as|once|last year|last month|at my|in my (last|previous|current)|when i|we had|i had|there was a time)\b|\d/i;
/** Words that mark a general claim about oneself or a practice, which wants an example. */
const CLAIM_MARKERS =
  /\b(always|never|usually|generally|typically|i'm (good|great|strong)|i am (good|great|strong)|i tend to|best practice|i make sure)\b/i;

/** The probe for a missed key point: its own, else one by what the point is about. */
export function probeFor(point: RubricKeyPoint): string {
  if (point.probe !== undefined && !namesAnyPhrasing(point.probe, [point])) return point.probe;
  const about = point.id.toLowerCase();
  return PROBES.find((p) => p.pattern.test(about))?.text ?? DEFAULT_PROBE;
}

function wordsOf(text: string): string[] {
  return tokenise(text).map((t) => t.word);
}

function namesAnyPhrasing(text: string, points: readonly RubricKeyPoint[]): boolean {
  const words = wordsOf(text);
  return points.some((p) => p.phrasings.some((phrasing) => phrasingMatches(phrasing, words)));
}

/** The follow-up the rule asks after an answer, read by the scorer; null when none is due. */
export function followUpFromReading(reading: AnswerReading): FollowUp | null {
  const make = (reason: FollowUpReason, text: string): FollowUp => ({
    questionId: reading.question.id,
    text,
    reason,
  });
  const oneShortSentence = reading.sentences.length <= 1 && reading.words <= SHORT_ANSWER_WORDS;
  // A sentence too thin for the scorer to count as an answer ("I would look at the logs
  // first") is what an interviewer presses on; text addressed to the grader is not.
  if (reading.status === 'unanswered') {
    return reading.words > 0 && reading.graderText.length === 0 && oneShortSentence
      ? make('too-short', ASK['too-short'])
      : null;
  }
  // Nothing said (or a skip), or an answer the scorer cannot read: move on rather than press.
  if (reading.status !== 'answered' && reading.status !== 'no-rubric') return null;
  if (oneShortSentence) return make('too-short', ASK['too-short']);
  if (reading.storyMissing.includes('action')) return make('story-action', ASK['story-action']);
  if (reading.storyMissing.includes('result')) return make('story-result', ASK['story-result']);
  const keyPoints = reading.rubric?.keyPoints ?? [];
  const firstMissed = reading.missed[0];
  if (
    firstMissed !== undefined &&
    keyPoints.length > 0 &&
    reading.covered.length / keyPoints.length < MIN_COVERED_SHARE
  ) {
    const probe = probeFor(firstMissed);
    // A probe must not name any point the candidate has yet to make.
    return make('key-point', namesAnyPhrasing(probe, reading.missed) ? DEFAULT_PROBE : probe);
  }
  const text = reading.sentences.map((s) => s.quote).join(' ');
  if (CLAIM_MARKERS.test(text) && !EXAMPLE_MARKERS.test(text)) {
    return make('example', ASK.example);
  }
  return null;
}

/** The transcript of one question and its answer, as the scorer reads it. */
function oneAnswer(question: Question, answer: string): TranscriptTurn[] {
  return [
    { role: 'agent', questionId: question.id, text: question.text },
    { role: 'user', questionId: question.id, text: answer },
  ];
}

/** The scorer's reading of one answer to one question. */
export function readOneAnswer(question: Question, answer: string): AnswerReading | undefined {
  return readAnswers([question], oneAnswer(question, answer), rubricForQuestion)[0];
}

/** The offline follow-up after `answer` to `question`, deterministic; null when none is due. */
export function offlineFollowUp(question: Question, answer: string): FollowUp | null {
  const reading = readOneAnswer(question, answer);
  return reading ? followUpFromReading(reading) : null;
}

export type FollowUpCheck = { ok: true; text: string } | { ok: false; reason: string };

/** A follow-up that repeats this many of the answer's words in a row reads the answer back. */
export const MAX_QUOTED_ANSWER_WORDS = 5;

function quotesAnswer(text: string, answer: string): boolean {
  const asked = ` ${wordsOf(text).join(' ')} `;
  const said = wordsOf(answer);
  for (let i = 0; i + MAX_QUOTED_ANSWER_WORDS <= said.length; i++) {
    if (asked.includes(` ${said.slice(i, i + MAX_QUOTED_ANSWER_WORDS).join(' ')} `)) return true;
  }
  return false;
}

/**
 * Whether a follow-up a model wrote may be spoken: one short, plain question that gives nothing
 * away. It must not state any key point of the question's rubric (that would hand over the
 * answer), read the question back, or read the candidate's answer back (an answer that tried
 * to steer the model shows up here as its own words).
 */
export function checkFollowUpText(raw: string, question: Question, answer = ''): FollowUpCheck {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length > MAX_FOLLOW_UP_CHARS || wordsOf(text).length > MAX_FOLLOW_UP_WORDS) {
    return { ok: false, reason: 'too long' };
  }
  if (!text.endsWith('?')) return { ok: false, reason: 'not a question' };
  if (text.indexOf('?') !== text.length - 1) return { ok: false, reason: 'more than one question' };
  // Speakable: words and ordinary punctuation only, no markup, links, code or lists.
  if (/[<>{}[\]`*#_|\\/@=~^$%]|https?:|www\.|\n/.test(text) || /^\s*([-+•]|\d+[.)])\s/.test(text)) {
    return { ok: false, reason: 'not speakable' };
  }
  if (!/\p{L}/u.test(text)) return { ok: false, reason: 'not speakable' };
  // One sentence: a lead-in ("Good point. ...") is a second turn, and often praise or a hint.
  if (/[.!;:]\s/.test(text)) return { ok: false, reason: 'more than one sentence' };
  const rubric = rubricForQuestion(question);
  if (rubric && namesAnyPhrasing(text, rubric.keyPoints)) {
    return { ok: false, reason: 'names a key point' };
  }
  const asked = wordsOf(question.text).join(' ');
  if (asked !== '' && wordsOf(text).join(' ').includes(asked)) {
    return { ok: false, reason: 'repeats the question' };
  }
  if (answer !== '' && quotesAnswer(text, answer)) {
    return { ok: false, reason: 'repeats the answer' };
  }
  return { ok: true, text };
}
