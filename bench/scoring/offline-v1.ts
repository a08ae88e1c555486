/**
 * The previous offline scorer (offline-rubric-v1), kept only so the bench can measure the
 * current one against it on the same corpus. Not used by the product.
 */
import {
  CATEGORY_NAMES,
  type CategoryName,
  type InterviewType,
} from '../../packages/core/src/constants';
import {
  type CategoryScore,
  type Evidence,
  type FeedbackContent,
  type Question,
  type QuestionFeedback,
  type TranscriptTurn,
} from '../../packages/core/src/schemas';
import {
  computeTotalScore,
  findEvidence,
  MIN_EVIDENCE_WORDS,
  normaliseForEvidence,
} from '../../packages/core/src/feedback/evidence';
import {
  computeDeliveryMetrics,
  findFillers,
  substantiveWordCount,
} from '../../packages/core/src/feedback/metrics';
import { alignAnswers, type AlignedAnswer } from '../../packages/core/src/feedback/segment';
import {
  contentStems,
  STOP_WORDS,
  stem,
  stemsMatch,
  tokenise,
} from '../../packages/core/src/feedback/text';
import {
  applyInsufficientEvidence,
  isInsufficientEvidence,
  MAX_EVIDENCE_PER_QUESTION,
  NO_EVIDENCE_FEEDBACK,
  NOT_ANSWERED_FEEDBACK,
  NOT_ANSWERED_SUMMARY,
  NOT_ASKED_FEEDBACK,
} from '../../packages/core/src/feedback/validate';

/** Recorded as the feedback's `model` when the offline rubric produced it. */
export const OFFLINE_SCORER_V1 = 'offline-rubric-v1';

/**
 * The highest score the rubric gives. It counts words, cues and specifics; it cannot tell
 * whether an answer is actually right, so it never claims the top of the scale.
 */
const OFFLINE_MAX_SCORE = 90;

export interface OfflineScoringInput {
  questions: readonly Question[];
  transcript: readonly TranscriptTurn[];
  techStack: readonly string[];
  type: InterviewType;
  /** Call length, for the delivery metrics when turns carry no timings. */
  durationMs?: number | null;
}

type LengthBand = 'none' | 'too-short' | 'brief' | 'substantive' | 'rambling';
type StarPart = 'situation' | 'task' | 'action' | 'result';

/** Everything the rubric measured about one answer. Scores in 0..1. */
interface AnswerSignals {
  number: number;
  question: Question;
  asked: boolean;
  answered: boolean;
  words: number;
  band: LengthBand;
  keyTerms: string[];
  keyCovered: string[];
  keyMissing: string[];
  techMentioned: string[];
  namedTech: string[];
  figures: string[];
  star: Record<StarPart, boolean>;
  reasoningCues: string[];
  hedges: string[];
  fillers: number;
  evidence: Evidence[];
  length: number;
  key: number;
  specifics: number;
  structure: number;
  confidence: number;
}

// Answer length bands, in words without fillers. About 130 words is a minute of speech: under 20
// words is a sentence or two; over 300 is well past the two minutes an answer should take.
const TOO_SHORT_WORDS = 20;
const SUBSTANTIVE_WORDS = 50;
const RAMBLING_WORDS = 300;
const MAX_QUOTE_WORDS = 40;

// Words that appear in many questions' phrasing without being the subject of the question.
const QUESTION_FILLER_WORDS = new Set([
  'time',
  'situation',
  'experience',
  'approach',
  'handle',
  'handled',
  'work',
  'worked',
  'working',
  'project',
  'use',
  'used',
  'using',
  'something',
  'someone',
  'way',
  'ways',
  'thing',
  'things',
  'difference',
  'between',
  'different',
  'specific',
  'particular',
  'recent',
  'most',
  'past',
]);

/** Named technologies recognised in answers, as displayed. Common English words are left out. */
const KNOWN_TECH = (
  'Redis|Memcached|Postgres|PostgreSQL|MySQL|SQLite|MongoDB|DynamoDB|Cassandra|Elasticsearch|SQL|' +
  'NoSQL|Kafka|RabbitMQ|SQS|Docker|Kubernetes|Terraform|AWS|GCP|Azure|S3|Cloudflare|CDN|Nginx|' +
  'React|Vue|Angular|Svelte|Next.js|Node.js|TypeScript|JavaScript|Python|Java|Kotlin|Django|' +
  'Flask|GraphQL|gRPC|HTTP|HTTPS|TCP|WebSocket|WebSockets|OAuth|JWT|Git|GitHub|Jenkins|Jest|' +
  'Cypress|Playwright|webpack|Vite|Linux|Firebase|Firestore|Spark|Airflow|pandas|PyTorch|' +
  'TensorFlow|BigQuery|Snowflake|Prometheus|Grafana|Datadog|Sentry|API|APIs|OpenAPI|Redux|Zustand'
).split('|');

// Other names for the same technology, in normalised form. Deliberately no bare "js" or "ts":
// "Next.js" normalises to "next js" and would otherwise read as JavaScript.
const TECH_ALIASES: Record<string, string[]> = {
  postgresql: ['postgres'],
  postgres: ['postgresql'],
  'node js': ['node', 'nodejs'],
  'next js': ['nextjs'],
  kubernetes: ['k8s'],
  'amazon web services': ['aws'],
  'google cloud': ['gcp'],
};

/**
 * Groups of stems that talk about the same thing, so an answer about "latency" counts as covering
 * "performance" and a story about how two people "disagreed" covers "conflict". Small and
 * generic on purpose: it only has to stop the rubric from demanding the question's exact words.
 */
const RELATED_TERMS: readonly (readonly string[])[] = [
  ['perform', 'fast', 'slow', 'speed', 'latenc', 'render', 'load', 'quick', 'throughput', 'profil'],
  ['improv', 'better', 'faster', 'reduc', 'increas', 'optimi', 'fix', 'cut', 'speed'],
  ['conflict', 'disagre', 'argu', 'tension', 'clash', 'push', 'dispute'],
  ['resolv', 'agree', 'compromis', 'decid', 'decision', 'settl', 'solv', 'align'],
  ['impact', 'result', 'outcome', 'effect', 'improv', 'increas', 'reduc', 'sav', 'grew', 'growth'],
  ['proud', 'favourit', 'favorit', 'best', 'enjoy'],
  ['manag', 'handl', 'organi', 'structur', 'keep', 'store', 'own'],
  ['state', 'store', 'redux', 'zustand', 'context', 'query'],
  ['large', 'big', 'scal', 'grow', 'many', 'million', 'thousand'],
  ['test', 'spec', 'coverag', 'unit', 'integration', 'e2e', 'assert'],
  ['design', 'architect', 'structur', 'model', 'schema'],
  ['bug', 'defect', 'issue', 'incident', 'error', 'outage', 'broke'],
  ['deadline', 'late', 'slip', 'delay', 'schedul'],
  ['fail', 'mistak', 'wrong', 'broke', 'outage', 'learn'],
  ['team', 'colleagu', 'coworker', 'peer', 'teammat'],
  ['stakeholder', 'manag', 'product', 'owner', 'client', 'customer', 'lead'],
  ['secur', 'auth', 'vulnerab', 'permission', 'encrypt'],
  ['data', 'databas', 'db', 'record', 'table', 'sql'],
  ['front', 'client', 'ui', 'browser', 'react', 'vue', 'angular', 'component'],
  ['back', 'server', 'api', 'service', 'endpoint'],
];

const NUMBER_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
  'billion',
  'percent',
  'half',
  'double',
  'twice',
]);

const STAR_CUES: Record<StarPart, RegExp> = {
  situation:
    /\b(when i|when we|we had|i had a|there was a|at my (last|previous|current|old)|in my (last|previous|current) (job|role|team|company)|at (my|our) (company|job|startup)|last (year|quarter|month|summer)|a few (days|weeks|months|years) ago|i was working|we were working|our team (was|had)|the situation|on a project|i worked on|we were building|i joined)\b/,
  task: /\b(my role|i was responsible|my responsibility|my task|my job was|i needed to|i had to|i was asked to|the goal was|our goal|my goal|the challenge was|i was tasked|we needed to|it was my job)\b/,
  action:
    /\b(i decided|i proposed|i built|i started|i organi[sz]ed|i wrote|i set up|i talked|i spoke|i met|i scheduled|i implemented|i created|i introduced|i suggested|i reached out|i led|i worked with|i refactored|i added|i asked|i listened|i paired|i documented|i ran|i changed|i designed|i broke|i split|i escalated|i explained|i took|i pushed|i moved|i fixed|i investigated|i measured|i profiled|i tested|i rolled)\b/,
  result:
    /\b(as a result|in the end|which led to|that led to|this led to|resulted in|the result was|the outcome|ended up|we reduced|we cut|we increased|we improved|reduced|increased|improved|saved|shipped|launched|delivered|on time|i learned|what i learned|the lesson|since then|afterwards|dropped|went down|went up)\b|\bfrom (about |roughly )?\d[\d.,]*\s*(%|percent|ms|milliseconds|seconds|minutes|hours|days)? to (about |roughly |under |over )?\d/,
};

const REASONING_CUES = [
  'because',
  'so that',
  'trade-off',
  'tradeoff',
  'trade off',
  'it depends',
  'depends on',
  'instead',
  'rather than',
  'downside',
  'upside',
  'however',
  'on the other hand',
  'for example',
  'for instance',
  'first',
  'then',
  'finally',
  'which means',
  'the reason',
  'alternatively',
  'compared to',
  'edge case',
  'bottleneck',
  'the risk',
];

const HEDGES = [
  "i don't know",
  "i don't really know",
  "i'm not sure",
  'not sure',
  'i guess',
  'no idea',
  'never used',
  "i don't remember",
  "i can't remember",
  'no experience',
];

const phraseIn = (haystack: string, phrase: string) => ` ${haystack} `.includes(` ${phrase} `);

function keyTermsOf(question: string): { stem: string; word: string }[] {
  const out: { stem: string; word: string }[] = [];
  for (const { word } of tokenise(question)) {
    for (const part of word.split('-')) {
      if (part.length < 3 || STOP_WORDS.has(part) || QUESTION_FILLER_WORDS.has(part)) continue;
      const s = stem(part);
      if (!out.some((t) => t.stem === s)) out.push({ stem: s, word: part });
    }
  }
  return out;
}

function covers(answerStems: readonly string[], term: string): boolean {
  const related = RELATED_TERMS.filter((g) => g.some((r) => stemsMatch(r, term))).flat();
  return answerStems.some((a) => stemsMatch(a, term) || related.some((r) => stemsMatch(a, r)));
}

function techIn(normAnswer: string, tech: string): boolean {
  const norm = normaliseForEvidence(tech);
  if (!norm) return false;
  const forms = [norm, norm.replace(/ /g, ''), ...(TECH_ALIASES[norm] ?? [])];
  return forms.some((f) => phraseIn(normAnswer, f));
}

/** Drops repeats of the same technology under another spelling or alias. */
function uniqueTech(names: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const norm = normaliseForEvidence(name);
    const keys = [norm, norm.replace(/ /g, ''), ...(TECH_ALIASES[norm] ?? [])];
    if (keys.some((k) => seen.has(k))) continue;
    keys.forEach((k) => seen.add(k));
    out.push(name);
  }
  return out;
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The first MAX_QUOTE_WORDS words of a sentence, cut at a word end so it stays verbatim. */
function clipQuote(sentence: string): string {
  const tokens = tokenise(sentence);
  const last = tokens[Math.min(tokens.length, MAX_QUOTE_WORDS) - 1];
  return last ? sentence.slice(0, last.end) : sentence;
}

interface Analysis {
  keyStems: string[];
  tech: string[];
}

function analyseAnswer(
  aligned: AlignedAnswer,
  number: number,
  question: Question,
  techStack: readonly string[],
): AnswerSignals {
  const text = aligned.answer;
  const norm = normaliseForEvidence(text);
  const words = substantiveWordCount(text);
  const totalWords = tokenise(text).length;
  const fillers = findFillers(text).length;
  const band: LengthBand =
    words === 0
      ? 'none'
      : words < TOO_SHORT_WORDS
        ? 'too-short'
        : words < SUBSTANTIVE_WORDS
          ? 'brief'
          : words <= RAMBLING_WORDS
            ? 'substantive'
            : 'rambling';

  const terms = keyTermsOf(question.text);
  const answerStems = contentStems(text);
  const keyCovered = terms.filter((t) => covers(answerStems, t.stem));
  const keyMissing = terms.filter((t) => !keyCovered.includes(t));
  const techMentioned = techStack.filter((t) => techIn(norm, t));
  const namedTech = uniqueTech([...techMentioned, ...KNOWN_TECH.filter((t) => techIn(norm, t))]);
  const figures = tokenise(text)
    .map((t) => t.word)
    .filter((w) => /\d/.test(w) || NUMBER_WORDS.has(w));
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const star: Record<StarPart, boolean> = {
    situation: STAR_CUES.situation.test(lower),
    task: STAR_CUES.task.test(lower),
    action: STAR_CUES.action.test(lower),
    result: STAR_CUES.result.test(lower),
  };
  const reasoningCues = REASONING_CUES.filter((c) => phraseIn(norm, normaliseForEvidence(c)));
  const hedgesFound = HEDGES.filter((h) => phraseIn(norm, h));
  // "not sure" inside "i'm not sure" is one hedge, not two.
  const hedges = hedgesFound.filter((h) => !hedgesFound.some((o) => o !== h && o.includes(h)));

  const length =
    band === 'none' ? 0 : band === 'rambling' ? 0.7 : Math.min(1, words / SUBSTANTIVE_WORDS);
  const coverage = terms.length === 0 ? 1 : Math.min(1, keyCovered.length / (terms.length * 0.6));
  const usesStack = question.kind === 'technical' && techMentioned.length > 0 ? 1 : 0;
  const key = words === 0 ? 0 : Math.max(coverage, 0.7 * coverage + 0.3 * usesStack);
  const specifics = words === 0 ? 0 : Math.min(1, (figures.length + namedTech.length) / 3);
  const starCount = Object.values(star).filter(Boolean).length;
  const structure =
    words === 0
      ? 0
      : question.kind === 'behavioral'
        ? starCount / 4
        : Math.min(1, reasoningCues.length / 4);
  const fillerRatio = totalWords > 0 ? fillers / totalWords : 0;
  const confidence =
    words === 0
      ? 0
      : Math.max(0, 1 - Math.min(0.5, hedges.length * 0.25) - Math.min(0.5, fillerRatio * 5));

  const evidence = pickEvidence(
    aligned.turns,
    { keyStems: terms.map((t) => t.stem), tech: namedTech },
    band === 'substantive' || band === 'rambling' ? MAX_EVIDENCE_PER_QUESTION : 2,
  );

  return {
    number,
    question,
    asked: aligned.asked,
    answered: words > 0,
    words,
    band,
    keyTerms: terms.map((t) => t.word),
    keyCovered: keyCovered.map((t) => t.word),
    keyMissing: keyMissing.map((t) => t.word),
    techMentioned,
    namedTech,
    figures,
    star,
    reasoningCues,
    hedges,
    fillers,
    evidence,
    length,
    key,
    specifics,
    structure,
    confidence,
  };
}

interface SentenceSignals {
  quote: string;
  turn: TranscriptTurn;
  order: number;
  words: number;
  features: Set<string>;
}

/**
 * Chooses the candidate's most informative sentences as evidence, greedily: each pick is the
 * sentence adding the most signals (structure cues, figures, named technologies, the question's
 * key terms, reasoning) not already shown by earlier picks, so the quotes together show the
 * answer's best parts instead of three versions of one. Every quote is re-checked with
 * findEvidence, so it is verbatim by construction and by test.
 */
function pickEvidence(
  turns: readonly TranscriptTurn[],
  analysis: Analysis,
  maxQuotes: number,
): Evidence[] {
  const sentences: SentenceSignals[] = [];
  for (const turn of turns) {
    if (turn.role !== 'user') continue;
    for (const sentence of sentencesOf(turn.text)) {
      const quote = clipQuote(sentence);
      const words = substantiveWordCount(quote);
      if (words < MIN_EVIDENCE_WORDS) continue;
      const lower = quote.toLowerCase().replace(/[’‘]/g, "'");
      const norm = normaliseForEvidence(quote);
      const stems = contentStems(quote);
      const features = new Set<string>();
      for (const [part, cue] of Object.entries(STAR_CUES)) if (cue.test(lower)) features.add(part);
      if (/\d/.test(quote)) features.add('figure');
      for (const t of analysis.tech) if (techIn(norm, t)) features.add(`tech:${t}`);
      for (const k of analysis.keyStems) if (covers(stems, k)) features.add(`key:${k}`);
      for (const c of REASONING_CUES) {
        if (phraseIn(norm, normaliseForEvidence(c))) features.add('reasoning');
      }
      sentences.push({ quote, turn, order: sentences.length, words, features });
    }
  }

  const shown = new Set<string>();
  const chosen: SentenceSignals[] = [];
  while (chosen.length < maxQuotes) {
    let best: { s: SentenceSignals; gain: number } | null = null;
    for (const s of sentences) {
      if (chosen.includes(s)) continue;
      const fresh = [...s.features].filter((f) => !shown.has(f)).length;
      // Longer sentences say more, but only break near-ties between equally informative ones.
      const gain = fresh + Math.min(s.words, 20) / 40;
      if (best === null || gain > best.gain) best = { s, gain };
    }
    if (!best || (chosen.length > 0 && best.gain < 1)) break;
    chosen.push(best.s);
    best.s.features.forEach((f) => shown.add(f));
  }

  const out: Evidence[] = [];
  for (const c of chosen.sort((a, b) => a.order - b.order)) {
    const found = findEvidence(c.quote, [c.turn]);
    if (found) out.push(found);
  }
  return out;
}

const quoteHedge = (h: string) => `"${h.replace(/\bi\b/g, 'I')}"`;
const count = (n: number, noun: string) => `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
const pct = (n: number) => `${String(Math.round(n * 100))}%`;
const list = (items: readonly string[], max = 3) => {
  const shown = items.slice(0, max);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
};
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const to100 = (x: number) =>
  Math.max(0, Math.min(OFFLINE_MAX_SCORE, Math.round(x * OFFLINE_MAX_SCORE)));

function questionScore(s: AnswerSignals): number {
  return to100(
    0.25 * s.length + 0.2 * s.key + 0.15 * s.specifics + 0.25 * s.structure + 0.15 * s.confidence,
  );
}

function starParts(s: AnswerSignals): StarPart[] {
  return (['situation', 'task', 'action', 'result'] as const).filter((p) => s.star[p]);
}

function summarise(s: AnswerSignals): string {
  const parts = [`Answered in ${String(s.words)} words`];
  if (s.namedTech.length) parts.push(`mentioning ${list(s.namedTech)}`);
  if (s.question.kind === 'behavioral' && starParts(s).length) {
    parts.push(`describing the ${list(starParts(s), 4)}`);
  }
  if (s.figures.length) {
    parts.push(
      `with ${String(s.figures.length)} concrete figure${s.figures.length > 1 ? 's' : ''}`,
    );
  }
  return `${parts.join(', ')}.`;
}

function feedbackFor(s: AnswerSignals): string {
  const out: string[] = [];
  const w = String(s.words);
  if (s.band === 'too-short')
    out.push(`This answer was very short (${w} words), which leaves little to assess.`);
  else if (s.band === 'brief')
    out.push(`This answer was brief (${w} words); more depth would strengthen it.`);
  else if (s.band === 'rambling')
    out.push(`This answer ran long (${w} words); tighten it around the main point.`);
  else out.push(`This answer was a substantive length (${w} words).`);

  if (s.question.kind === 'behavioral') {
    const have = starParts(s);
    const missing = (['situation', 'action', 'result'] as const).filter((p) => !s.star[p]);
    if (missing.length === 0) out.push(`It described the ${list(have, 4)}.`);
    else out.push(`It did not clearly describe the ${list(missing)}.`);
  } else if (s.reasoningCues.length >= 2) {
    out.push('It explained the reasoning behind the approach, not just the conclusion.');
  } else {
    out.push('It gave little reasoning; explain why, and what the trade-offs are.');
  }
  if (s.keyMissing.length && s.keyCovered.length < s.keyTerms.length * 0.5) {
    out.push(`It did not address parts of the question (for example: ${list(s.keyMissing)}).`);
  }
  if (s.specifics >= 2 / 3) out.push(`It was concrete (${list([...s.namedTech, ...s.figures])}).`);
  else
    out.push(
      'Concrete specifics, such as numbers or the tools you used, would make it more convincing.',
    );
  return out.join(' ');
}

function strengthsFrom(
  scored: readonly AnswerSignals[],
  all: readonly AnswerSignals[],
  fillerRate: number,
): string[] {
  const out: string[] = [];
  for (const s of scored) {
    const n = String(s.number);
    if (s.question.kind === 'behavioral' && s.star.situation && s.star.action && s.star.result) {
      out.push(
        `Your answer to question ${n} followed a clear situation, action, result structure.`,
      );
    }
    if (s.question.kind === 'technical' && s.reasoningCues.length >= 2 && s.band !== 'too-short') {
      out.push(
        `Your answer to question ${n} explained the reasoning and trade-offs behind your approach.`,
      );
    }
    if (s.specifics >= 2 / 3) {
      out.push(
        `Your answer to question ${n} backed its points with concrete specifics (${list([...s.namedTech, ...s.figures])}).`,
      );
    }
    if (s.keyTerms.length >= 2 && s.keyMissing.length === 0 && s.structure >= 0.5) {
      out.push(`Your answer to question ${n} addressed every part of the question.`);
    }
  }
  const substantive = all.filter((s) => s.band === 'substantive').length;
  if (all.length >= 2 && all.every((s) => s.answered) && substantive >= all.length / 2) {
    out.push(`You answered all ${String(all.length)} questions, most of them in substance.`);
  }
  if (substantive >= Math.max(1, all.length / 2) && fillerRate < 2) {
    out.push(`You spoke with very few filler words (${fillerRate.toFixed(1)} per minute).`);
  }
  return out.slice(0, 5);
}

function improvementsFrom(
  all: readonly AnswerSignals[],
  fillerRate: number,
  fillerWords: Record<string, number>,
): string[] {
  const urgent: string[] = [];
  const other: string[] = [];
  for (const s of all) {
    const n = String(s.number);
    if (!s.answered) {
      urgent.push(
        s.asked
          ? `Question ${n} was not answered; even a partial answer gives the interviewer something to assess.`
          : `Question ${n} was never reached; keeping earlier answers focused leaves time for every question.`,
      );
      continue;
    }
    if (s.band === 'too-short' || s.band === 'brief') {
      urgent.push(
        `Your answer to question ${n} was brief (${String(s.words)} words); expand it with a concrete example and the reasoning behind it.`,
      );
    } else if (s.band === 'rambling') {
      other.push(
        `Your answer to question ${n} ran to ${String(s.words)} words; lead with the main point and keep answers to about two minutes.`,
      );
    }
    if (s.question.kind === 'behavioral') {
      const missing = (['situation', 'action', 'result'] as const).filter((p) => !s.star[p]);
      if (missing.length) {
        other.push(
          `Your answer to question ${n} did not clearly describe the ${list(missing)}; structure it as situation, action, result, and close with a measurable outcome.`,
        );
      }
    } else if (s.reasoningCues.length < 2) {
      other.push(
        `Your answer to question ${n} did not explain its reasoning; say why you would take that approach and what the trade-offs are.`,
      );
    }
    if (s.keyMissing.length && s.keyCovered.length < s.keyTerms.length * 0.5) {
      other.push(
        `Your answer to question ${n} did not address parts of the question (for example: ${list(s.keyMissing)}).`,
      );
    }
    if (s.specifics < 1 / 3) {
      other.push(
        `Your answer to question ${n} stayed general; add specifics such as numbers or the tools you used.`,
      );
    }
  }
  if (fillerRate > 6) {
    const top = Object.entries(fillerWords)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([w]) => `"${w}"`);
    other.push(
      `You used about ${fillerRate.toFixed(1)} filler words per minute (mostly ${list(top)}); a short silent pause sounds more confident.`,
    );
  }
  const hedges = [...new Set(all.flatMap((s) => s.hedges))];
  if (all.reduce((n, s) => n + s.hedges.length, 0) >= 2) {
    other.push(
      `You hedged several times (${list(hedges.map(quoteHedge))}); when unsure, reason out loud towards an answer instead.`,
    );
  }
  return [...urgent, ...other].slice(0, 5);
}

/**
 * The offline rubric: scores each answer from the transcript itself (length, coverage of the
 * question's terms and the tech stack, structure, concrete specifics, hedging and fillers),
 * quotes the candidate's own sentences as evidence and derives the categories from the same
 * signals. Deterministic, and bound by the same honesty rules as the model path.
 */
export function scoreOfflineV1(input: OfflineScoringInput): FeedbackContent {
  const { questions, transcript, techStack, type } = input;
  const delivery = computeDeliveryMetrics(transcript, { durationMs: input.durationMs ?? null });
  const aligned = alignAnswers(questions, transcript);
  const signals = aligned.map((a, i) => {
    const question = questions[i] ?? { id: a.questionId, text: a.question, kind: 'technical' };
    return analyseAnswer(a, i + 1, question, techStack);
  });

  const questionFeedback: QuestionFeedback[] = signals.map((s) => {
    const base = { questionId: s.question.id, question: s.question.text };
    if (!s.answered) {
      return {
        ...base,
        answerSummary: NOT_ANSWERED_SUMMARY,
        score: null,
        feedback: s.asked ? NOT_ANSWERED_FEEDBACK : NOT_ASKED_FEEDBACK,
        evidence: [],
      };
    }
    if (s.evidence.length === 0) {
      return {
        ...base,
        answerSummary: summarise(s),
        score: null,
        feedback: NO_EVIDENCE_FEEDBACK,
        evidence: [],
      };
    }
    return {
      ...base,
      answerSummary: summarise(s),
      score: questionScore(s),
      feedback: feedbackFor(s),
      evidence: s.evidence,
    };
  });

  // Only answers that could be quoted count; the rest contribute zero, so skipping or mumbling
  // through a question lowers every category rather than being ignored.
  const scoredIds = new Set(
    questionFeedback.filter((q) => q.score !== null).map((q) => q.questionId),
  );
  const scored = signals.filter((s) => scoredIds.has(s.question.id));
  const zero = (s: AnswerSignals, f: (s: AnswerSignals) => number) =>
    scoredIds.has(s.question.id) ? f(s) : 0;
  const answeredShare = signals.length ? scored.length / signals.length : 0;
  const fluency = Math.max(0, Math.min(1, 1 - Math.max(0, delivery.fillerWordsPerMinute - 3) / 12));
  const technical = signals.some((s) => s.question.kind === 'technical')
    ? signals.filter((s) => s.question.kind === 'technical')
    : signals;

  const values: Record<CategoryName, number> = {
    Communication:
      0.85 * mean(signals.map((s) => zero(s, (x) => 0.5 * x.length + 0.5 * x.structure))) +
      0.15 * fluency * answeredShare,
    'Technical Knowledge': mean(
      technical.map((s) => zero(s, (x) => 0.6 * x.key + 0.4 * x.specifics)),
    ),
    'Problem Solving': mean(
      signals.map((s) => zero(s, (x) => 0.65 * x.structure + 0.35 * x.specifics)),
    ),
    'Role Fit': mean(
      signals.map((s) => zero(s, (x) => 0.6 * x.key + 0.2 * x.specifics + 0.2 * x.length)),
    ),
    'Confidence and Clarity':
      0.7 * mean(signals.map((s) => zero(s, (x) => x.confidence * Math.min(1, x.length * 1.5)))) +
      0.3 * fluency * answeredShare,
  };

  const substantive = scored.filter((s) => s.band === 'substantive').length;
  const structured = scored.filter((s) =>
    s.question.kind === 'behavioral'
      ? s.star.situation && s.star.action && s.star.result
      : s.reasoningCues.length >= 2,
  ).length;
  const named = [...new Set(scored.flatMap((s) => s.namedTech))];
  const stackUsed = [...new Set(scored.flatMap((s) => s.techMentioned))];
  const hedgeCount = scored.reduce((n, s) => n + s.hedges.length, 0);
  const hedgePhrases = [...new Set(scored.flatMap((s) => s.hedges))];
  const comments: Record<CategoryName, string> = {
    Communication: `${String(scored.length)} of ${count(signals.length, 'question')} answered with quotable content, ${String(substantive)} at a substantive length; ${String(structured)} clearly structured.`,
    'Technical Knowledge': `Your answers covered ${pct(mean(technical.map((s) => zero(s, (x) => x.key))))} of the key points on average${named.length ? ` and named ${list(named)}` : ' without naming specific technologies'}.`,
    'Problem Solving': `${String(structured)} of ${count(signals.length, 'answer')} showed reasoning or a situation, action, result structure.`,
    'Role Fit': techStack.length
      ? `You referred to ${String(stackUsed.length)} of the ${String(techStack.length)} ${techStack.length === 1 ? 'technology' : 'technologies'} in the stack${stackUsed.length ? ` (${list(stackUsed)})` : ''}.`
      : `Your answers covered ${pct(mean(signals.map((s) => zero(s, (x) => x.key))))} of the questions' key points on average.`,
    'Confidence and Clarity': `${delivery.fillerWordsPerMinute.toFixed(1)} filler words per minute and ${
      hedgeCount === 0
        ? 'no hedging phrases'
        : `${String(hedgeCount)} hedging phrase${hedgeCount === 1 ? '' : 's'} (${list(hedgePhrases.map(quoteHedge))})`
    }.`,
  };
  const categoryScores: CategoryScore[] = CATEGORY_NAMES.map((name) => ({
    name,
    score: to100(values[name]),
    comment: comments[name],
  }));
  const totalScore = computeTotalScore(categoryScores);

  const ranked = [...categoryScores].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  const improvements = improvementsFrom(
    signals,
    delivery.fillerWordsPerMinute,
    delivery.fillerWords,
  );
  const assessment = [
    `Offline rubric assessment of this ${type} interview: you gave quotable answers to ${String(scored.length)} of ${count(signals.length, 'question')}, for an overall score of ${String(totalScore)}/100.`,
    best && worst && best.score !== worst.score
      ? `Your strongest area was ${best.name} (${String(best.score)}) and your weakest ${worst.name} (${String(worst.score)}).`
      : '',
    improvements[0] ? `The most useful next step: ${improvements[0]}` : '',
  ]
    .filter(Boolean)
    .join(' ');

  const content: FeedbackContent = {
    totalScore,
    categoryScores,
    questions: questionFeedback,
    strengths: strengthsFrom(scored, signals, delivery.fillerWordsPerMinute),
    improvements,
    finalAssessment: assessment,
    delivery,
    insufficientEvidence: false,
  };
  return isInsufficientEvidence(transcript) || scored.length === 0
    ? applyInsufficientEvidence(content)
    : content;
}
