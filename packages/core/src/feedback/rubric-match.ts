import type {
  QuestionRubric,
  RubricKeyPoint,
  RubricMisconception,
  StoryPart,
} from '../questions/rubric';
import type { AnswerFlag, Question, TranscriptTurn } from '../schemas';
import { findEvidence, MIN_EVIDENCE_WORDS, normaliseForEvidence } from './evidence';
import { alignAnswers } from './segment';
import {
  contentStems,
  isSentenceBreak,
  STOP_WORDS,
  stemsMatch,
  tokenise,
  type WordToken,
} from './text';

/**
 * Reads answers against their rubrics, for both scorers: which key points and misconceptions
 * the candidate's own sentences state (with the verbatim quote that shows each), which story
 * parts a behavioural answer has, and what must be set aside before anything is credited
 * (text addressed to the grader, the question read back, padding, a story already used for
 * another question, an answer not in English). The phrasing rules are documented in
 * questions/rubric.ts.
 */

/** Sentences longer than this are read in overlapping windows, so a phrasing's words stay near. */
const WINDOW_WORDS = 30;
const WINDOW_STEP = 15;
/** A quote longer than this is cut around the words that matched. */
const MAX_QUOTE_WORDS = 40;
/**
 * One sentence credits at most this many key points: a bare list of the right terms ("buckets,
 * chaining, load factor, resizing") names concepts without explaining any of them.
 */
const MAX_POINTS_PER_SENTENCE = 2;
/** Negation words this many words before a phrasing's first word still negate it. */
const NEGATION_REACH = 3;

// ---------------------------------------------------------------- sentences

export interface AnswerSentence {
  /** The candidate's words, verbatim (a span of one turn). */
  readonly quote: string;
  readonly turn: TranscriptTurn;
  /** Lower-case words, hyphenated words also split into their parts. */
  readonly words: readonly string[];
  readonly key: string;
}

function spanOf(turn: TranscriptTurn, tokens: readonly WordToken[], from: number, to: number) {
  const first = tokens[from];
  const last = tokens[to];
  return first && last ? turn.text.slice(first.start, last.end) : '';
}

function wordsOf(tokens: readonly WordToken[]): string[] {
  return tokens.flatMap((t) => {
    const parts = t.word.split('-').filter(Boolean);
    return parts.length > 1 ? [t.word, ...parts] : [t.word];
  });
}

/** The sentences of one candidate turn; long unpunctuated speech becomes overlapping windows. */
export function sentencesOfTurn(turn: TranscriptTurn): AnswerSentence[] {
  const tokens = tokenise(turn.text);
  const runs: [number, number][] = [];
  let start = 0;
  tokens.forEach((t, i) => {
    if (i > start && isSentenceBreak(t.gapBefore, false)) {
      runs.push([start, i - 1]);
      start = i;
    }
  });
  if (tokens.length > 0) runs.push([start, tokens.length - 1]);
  const out: AnswerSentence[] = [];
  for (const [from, to] of runs) {
    const windows: [number, number][] = [];
    if (to - from + 1 <= WINDOW_WORDS) windows.push([from, to]);
    else {
      for (let w = from; w <= to; w += WINDOW_STEP) {
        windows.push([w, Math.min(to, w + WINDOW_WORDS - 1)]);
        if (w + WINDOW_WORDS - 1 >= to) break;
      }
    }
    for (const [a, b] of windows) {
      const slice = tokens.slice(a, b + 1);
      const quote = spanOf(turn, tokens, a, b);
      out.push({ quote, turn, words: wordsOf(slice), key: normaliseForEvidence(quote) });
    }
  }
  return out;
}

// ---------------------------------------------------------------- phrasing matching

const NEGATIONS = new Set(['not', 'never', 'no', 'without', 'cannot', 'nor', 'none', 'nothing']);
const isNegation = (w: string) => NEGATIONS.has(w) || w.endsWith("n't");

/** The word and the base forms it may be inflected from ("resizing" -> "resize", "resiz"). */
function forms(word: string): Set<string> {
  const out = new Set([word]);
  const add = (s: string) => {
    if (s.length >= 2) out.add(s);
  };
  const strip = (suffix: string) => (word.endsWith(suffix) ? word.slice(0, -suffix.length) : null);
  for (const suffix of ['s', 'es', 'ed', 'd', 'ing']) {
    const base = strip(suffix);
    if (base === null || base.length < 2) continue;
    add(base);
    if (suffix === 'ing' || suffix === 'ed') add(`${base}e`);
    // "stopped", "mapping": the doubled consonant belongs to the inflection.
    if (/(.)\1$/.test(base)) add(base.slice(0, -1));
  }
  for (const suffix of ['ies', 'ied']) {
    const base = strip(suffix);
    if (base !== null && base.length >= 2) add(`${base}y`);
  }
  return out;
}

function tokenMatches(token: string, word: string): boolean {
  if (token.endsWith('*')) return word.startsWith(token.slice(0, -1));
  if (token === word) return true;
  const a = forms(word);
  for (const f of forms(token)) if (a.has(f)) return true;
  return false;
}

const phrasingTokens = (phrasing: string) => phrasing.toLowerCase().split(/\s+/).filter(Boolean);

/** Whether a sentence states a phrasing, by the rules in questions/rubric.ts. */
export function phrasingMatches(phrasing: string, words: readonly string[]): boolean {
  const tokens = phrasingTokens(phrasing);
  if (tokens.length === 0) return false;
  const positions: number[] = [];
  for (const token of tokens) {
    const at = words.findIndex((w) => tokenMatches(token, w));
    if (at < 0) return false;
    positions.push(at);
  }
  if (tokens.some((t) => isNegation(t.replace(/\*$/, '')))) return true;
  const from = Math.max(0, Math.min(...positions) - NEGATION_REACH);
  const to = Math.max(...positions);
  for (let i = from; i <= to; i++) if (isNegation(words[i] ?? '')) return false;
  return true;
}

const anyPhrasing = (phrasings: readonly string[], words: readonly string[]) =>
  phrasings.some((p) => phrasingMatches(p, words));

// ---------------------------------------------------------------- what is set aside

/**
 * Text addressed to whoever grades the answer rather than to the interviewer's question. Each
 * pattern needs a grading word next to an instruction, so an answer about scoring systems or
 * rate limits ("return a 429 and retry") does not trip it.
 */
const GRADER_PATTERNS: readonly RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules?|rubric|prompt|guidelines|criteria|previous|above)\b/,
  /\b(give|award|assign|grant|rate|score|mark|grade)\b.{0,30}\b(100|hundred|ten out of ten|10 out of 10|full marks|top marks|maximum|max|highest|perfect|top score|full score|five out of five)\b/,
  /\b(100|hundred|full marks|perfect score|maximum score|highest score|top score)\b.{0,40}\b(every|all|each)\b.{0,20}\b(categor|question|answer|area)/,
  /\b(grader|evaluator|assessor|scorer|whoever (is )?(grading|scoring|marking))\b.{0,60}\b(give|award|mark|rate|score|ignore|should|must|please|note)\b/,
  /\b(give|award|mark|rate|score|ignore|please|note)\b.{0,60}\b(grader|evaluator|assessor|scorer)\b/,
  /\b(dear|hey|attention|note to|to the|message for the) (ai|model|assistant|grader|evaluator|assessor|llm|chatgpt|gemini|reviewer)\b/,
  /\b(as an ai|you are an ai|you are a language model|if you are an ai)\b/,
  /\b(system prompt|system message|new instructions?|developer mode|jailbreak)\b/,
  /\b(mark|rate|grade|score|treat|consider)\b.{0,20}\b(this|my|the)\b.{0,15}\b(answer|response|candidate|interview)\b.{0,25}\b(as|is)\b.{0,10}\b(correct|excellent|perfect|strong|outstanding|exceptional|complete)\b/,
  /\b(this|the) candidate (is|was|has) (exceptional|excellent|outstanding|perfect|passed)\b/,
  /\byou (must|should|will|have to) (output|give|return|print|respond|score|rate)\b/,
];

export function isGraderDirected(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  return GRADER_PATTERNS.some((p) => p.test(lower));
}

/** Pleasantries that carry no content, removed before a sentence is judged to say anything. */
const PADDING =
  /\b(?:(?:that's|that is|what|it's|it is|this is|such|a|an|really|very|super|so)\s+)*(?:great|good|interesting|excellent|fantastic|fair|nice|tough|hard|lovely|wonderful|brilliant|fun|big|important|classic)\s+(?:question|one|point|topic|ask)s?\b|\b(?:thanks?|thank you)(?: so much)?(?: for (?:asking|the question|that question|having me|that))?\b|\blet me (?:think|see)(?: about (?:it|that|this))?\b|\bi (?:love|like|enjoy) (?:this|that|these) (?:question|kind of question|one)s?\b|\b(?:sure|absolutely|definitely|of course|okay|ok|alright|right|yes|yeah|well|so|hmm|um|uh|er|like|you know|i mean)\b/g;

/**
 * Words that fill a sentence without saying anything about the subject ("it really depends",
 * "everyone has their own way of looking at it").
 */
const EMPTY_WORDS: ReadonlySet<string> = new Set(
  contentStems(
    'honestly honest appreciate asking ask interviewer interviewers think thinking thought lot lots ' +
      'depends depend everyone everybody way ways looking look something things thing stuff ' +
      'interesting mean know own kind sort basically actually generally quite pretty definitely ' +
      'important matters topic area whole many people lots always often because',
  ),
);

/** Content words left once pleasantries, fillers and empty words are removed. */
function contentAfterPadding(text: string): string[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  return contentStems(lower.replace(PADDING, ' ')).filter((s) => !EMPTY_WORDS.has(s));
}

export function isPadding(text: string): boolean {
  return contentAfterPadding(text).length === 0;
}

/** Share of a sentence's content that the question already said. */
const ECHO_SHARE = 0.75;

/** A sentence that reads the question back: nearly all its content words are the question's. */
export function repeatsQuestion(sentence: string, questionStems: readonly string[]): boolean {
  const stems = contentAfterPadding(sentence);
  if (stems.length < 2) return false;
  const shared = stems.filter((s) => questionStems.some((q) => stemsMatch(q, s))).length;
  return shared / stems.length >= ECHO_SHARE;
}

/**
 * Function words of the languages most often mistaken for English by word lists (Spanish,
 * French, German, Portuguese, Italian), leaving out the ones English shares. An answer is not in
 * English when it is written mostly in another script, or when these outnumber English function
 * words; a list of technology names and figures has few of either and stays English.
 */
const OTHER_LANGUAGE_WORDS: ReadonlySet<string> = new Set(
  (
    'el la los las de del que y en un una por con para es lo se al como pero más muy también ' +
    'le les des du et est une pour pas qui dans sur avec ce je nous vous il elle sont ou mais ' +
    'der das und ist nicht ein eine ich wir sie mit auf für dem zu von auch wird sind oder ' +
    'os um não com em do da uma são mais ou ' +
    'il gli che di è per non sono della nel anche'
  ).split(/\s+/),
);
const MIN_WORDS_FOR_LANGUAGE = 8;

export function isNotEnglish(text: string): boolean {
  const letters = [...text.matchAll(/\p{L}/gu)].map((m) => m[0]);
  if (letters.length === 0) return false;
  const latin = letters.filter((c) => /[a-zA-Z\u00C0-\u024F]/.test(c)).length;
  if (latin / letters.length < 0.5) return true;
  const words = tokenise(text).map((t) => t.word);
  if (words.length < MIN_WORDS_FOR_LANGUAGE) return false;
  const other = words.filter((w) => OTHER_LANGUAGE_WORDS.has(w)).length;
  const english = words.filter((w) => STOP_WORDS.has(w) && !OTHER_LANGUAGE_WORDS.has(w)).length;
  return other >= 0.1 * words.length && other > english;
}

// ---------------------------------------------------------------- story parts

/**
 * Cues for the parts of a story, read from the candidate's sentences. Deliberately broad about
 * grammar (a past-tense "I <verb>" is an action; "we had", "there was" set a scene) and narrow
 * about subject: a story told only in "we" has no action of the candidate's own.
 */
const STORY_CUES: Record<StoryPart, RegExp> = {
  situation:
    /\b(when i|when we|we had|they had|i had a|there (was|were)|at my (last|previous|current|old|first)|in my (last|previous|current|first) (job|role|team|company|internship)|at (my|our|a) (company|job|startup|internship)|last (year|quarter|month|summer|spring|winter)|a few (days|weeks|months|years) ago|i was working|we were working|our team (was|had)|on a project|i worked on|we were building|i joined|during my|one time|a while ago|back when|every (day|week|month|sprint|release)|(team|company|customer|client|manager|lead|service|system|project|product) (had|was|were)|(had|was|were) (a|an) )/,
  task: /\b(my role|i was responsible|my responsibility|my task|my job was|i needed to|i had to|i was asked to|the goal was|our goal|my goal|the challenge was|i was tasked|we needed to|it was my job|i owned|i was in charge|i had to decide|the problem was|(did not|didn't) want to|wanted to|needed to|had to|was supposed to|were supposed to|deadline|under pressure|weeks? (from|before|until)|days? (from|before|until)|so that|to make sure)\b/,
  action:
    /\bi (?:[a-z]+ed|set up|made|wrote|took|got|went|built|ran|led|sat down|spoke|told|gave|began|chose|brought|found|kept|put|sent|thought|taught|drew|saw|did|won|met|held|had already)\b/,
  result:
    /\b(as a result|in the end|which led to|that led to|this led to|resulted in|the result was|the outcome|ended up|we reduced|we cut|we increased|we improved|reduced|increased|improved|saved|shipped|launched|delivered|on time|i learned|what i learned|the lesson|since then|afterwards|dropped|went down|went up|it worked|we hit|we met|we made it|we finished|it paid off|turned out|since|anymore|no longer|after that|from then on|held|merged|went live|was adopted|were adopted|succeeded|passed)\b/,
};

function storyPartsIn(text: string): Set<StoryPart> {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const out = new Set<StoryPart>();
  for (const [part, cue] of Object.entries(STORY_CUES) as [StoryPart, RegExp][]) {
    if (cue.test(lower)) out.add(part);
  }
  return out;
}

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

function hedgesIn(text: string): string[] {
  const norm = ` ${normaliseForEvidence(text)} `;
  const found = HEDGES.filter((h) => norm.includes(` ${h} `));
  // "not sure" inside "i'm not sure" is one hedge, not two.
  return found.filter((h) => !found.some((o) => o !== h && o.includes(h)));
}

// ---------------------------------------------------------------- one answer

export type AnswerStatus =
  /** Nothing to score: not asked, or asked and not answered (padding and echo included). */
  | 'unanswered'
  | 'not-asked'
  /** Not scorable offline: no rubric for this question. */
  | 'no-rubric'
  /** Not scorable offline: not in English. */
  | 'not-english'
  | 'answered';

export interface CoveredPoint {
  readonly point: RubricKeyPoint;
  readonly quote: string;
  readonly startMs?: number;
}
export interface StatedMisconception {
  readonly misconception: RubricMisconception;
  readonly quote: string;
  readonly startMs?: number;
}

export interface AnswerReading {
  readonly index: number;
  readonly question: Question;
  readonly rubric: QuestionRubric | undefined;
  readonly asked: boolean;
  readonly status: AnswerStatus;
  readonly flags: ReadonlySet<AnswerFlag>;
  /** Candidate sentences that count: not set aside by any defence. */
  readonly sentences: readonly AnswerSentence[];
  /** Sentences set aside by a defence: never evidence for this question. */
  readonly setAside: readonly AnswerSentence[];
  /** Sentences addressed to the grader, verbatim, to name in the feedback. */
  readonly graderText: readonly string[];
  /** The question (1-based) whose answer this one repeated, when it did. */
  readonly reusedFrom: number | null;
  readonly covered: readonly CoveredPoint[];
  readonly missed: readonly RubricKeyPoint[];
  readonly misconceptions: readonly StatedMisconception[];
  /** Story parts the rubric asks for and the answer has / lacks (behavioural rubrics). */
  readonly storyPresent: readonly StoryPart[];
  readonly storyMissing: readonly StoryPart[];
  readonly hedges: readonly string[];
  /** Words in the sentences that count. */
  readonly words: number;
  /**
   * Whether the answer uses any of the question's own subject words. A technical answer that
   * never does is about something else, whatever rubric phrasing it happens to contain.
   */
  readonly onTopic: boolean;
}

/** Question words that name no subject ("explain", "decide", "approach"). */
const QUESTION_FRAME: ReadonlySet<string> = new Set(
  contentStems(
    'explain describe walk happens happen work works working decide choose choice approach ' +
      'handle would make makes differ difference different between compare use using used ' +
      'example good bad best common mistakes first step steps keep sure someone new team ' +
      'project want need needs case cases kind type types role',
  ),
);

function isOnTopic(question: string, sentences: readonly AnswerSentence[]): boolean {
  const subject = contentStems(question).filter(
    (s) => !QUESTION_FRAME.has(s) && !EMPTY_WORDS.has(s),
  );
  if (subject.length === 0) return true;
  const said = contentStems(sentences.map((s) => s.quote).join(' '));
  return said.some((w) => subject.some((q) => stemsMatch(q, w)));
}

/** Quote clipped around the words that matched, still a verbatim span. */
function quoteFor(sentence: AnswerSentence): { quote: string; startMs?: number } {
  const tokens = tokenise(sentence.quote);
  let quote = sentence.quote;
  if (tokens.length > MAX_QUOTE_WORDS) {
    const last = tokens[MAX_QUOTE_WORDS - 1];
    quote = last ? sentence.quote.slice(0, last.end) : quote;
  }
  const found = findEvidence(quote, [sentence.turn]);
  return found ?? { quote };
}

function quotable(sentence: AnswerSentence): boolean {
  return tokenise(sentence.quote).length >= MIN_EVIDENCE_WORDS;
}

interface Credit {
  covered: CoveredPoint[];
  misconceptions: StatedMisconception[];
}

/** The question's words, as the matcher reads a sentence. */
export function questionWords(text: string): string[] {
  return wordsOf(tokenise(text));
}

/**
 * A point's phrasings less those the question itself states: saying the question's own words
 * back shows nothing, so such a phrasing can never be the evidence for a point.
 */
function usablePhrasings(phrasings: readonly string[], asked: readonly string[]): string[] {
  return phrasings.filter((p) => {
    if (phrasingMatches(p, asked)) return false;
    // "i learned" for "what did you learn": function words plus the question's words.
    const content = phrasingTokens(p).filter((t) => !STOP_WORDS.has(t));
    return !(content.length > 0 && content.every((t) => asked.some((w) => tokenMatches(t, w))));
  });
}

/** Which points and misconceptions a set of sentences states, quoting the first that shows it. */
export function creditSentences(
  rubric: QuestionRubric,
  sentences: readonly AnswerSentence[],
  asked: readonly string[] = [],
): Credit {
  const covered: CoveredPoint[] = [];
  const misconceptions: StatedMisconception[] = [];
  const perSentence = new Map<AnswerSentence, number>();
  for (const point of rubric.keyPoints) {
    const phrasings = usablePhrasings(point.phrasings, asked);
    const sentence = sentences.find(
      (s) =>
        quotable(s) &&
        (perSentence.get(s) ?? 0) < MAX_POINTS_PER_SENTENCE &&
        anyPhrasing(phrasings, s.words),
    );
    if (!sentence) continue;
    perSentence.set(sentence, (perSentence.get(sentence) ?? 0) + 1);
    covered.push({ point, ...quoteFor(sentence) });
  }
  for (const m of rubric.misconceptions) {
    const sentence = sentences.find((s) => quotable(s) && anyPhrasing(m.phrasings, s.words));
    if (sentence) misconceptions.push({ misconception: m, ...quoteFor(sentence) });
  }
  return { covered, misconceptions };
}

export type RubricLookup = (question: Question) => QuestionRubric | undefined;

/**
 * Reads every answer of an interview. Defences run before any credit: sentences addressed to
 * the grader, sentences that read the question back and pleasantries are set aside; an answer
 * with nothing left is unanswered. A passage given as the answer to several questions counts
 * only for the question whose rubric it answers best (the earliest on a tie).
 */
export function readAnswers(
  questions: readonly Question[],
  transcript: readonly TranscriptTurn[],
  rubricFor: RubricLookup,
): AnswerReading[] {
  const aligned = alignAnswers(questions, transcript);
  const drafts = aligned.map((a, index) => {
    const question = questions[index] ?? {
      id: a.questionId,
      text: a.question,
      kind: 'technical' as const,
    };
    const questionStems = contentStems(question.text);
    const flags = new Set<AnswerFlag>();
    const graderText: string[] = [];
    const kept: AnswerSentence[] = [];
    const setAside: AnswerSentence[] = [];
    for (const turn of a.turns) {
      if (turn.role !== 'user') continue;
      for (const s of sentencesOfTurn(turn)) {
        if (isGraderDirected(s.quote)) {
          flags.add('grader-instruction');
          if (!graderText.includes(s.quote)) graderText.push(s.quote);
          setAside.push(s);
        } else if (isPadding(s.quote)) {
          if (s.words.length > 0) flags.add('padding');
          setAside.push(s);
        } else if (repeatsQuestion(s.quote, questionStems)) {
          flags.add('repeats-question');
          setAside.push(s);
        } else kept.push(s);
      }
    }
    return { a, index, question, rubric: rubricFor(question), flags, graderText, kept, setAside };
  });

  // A passage shared by several answers belongs to the one it answers best.
  const owners = new Map<string, number>();
  const seenIn = new Map<string, Set<number>>();
  for (const d of drafts) {
    for (const s of d.kept) {
      if (s.words.length < 6) continue;
      const set = seenIn.get(s.key) ?? new Set<number>();
      set.add(d.index);
      seenIn.set(s.key, set);
    }
  }
  const reusedFrom = new Map<number, number>();
  for (const [key, where] of seenIn) {
    if (where.size < 2) continue;
    let best = -1;
    let bestCredit = -1;
    for (const i of [...where].sort((x, y) => x - y)) {
      const d = drafts[i];
      if (!d) continue;
      // The whole block of sentences this answer shares with the others, under its own rubric.
      const block = d.kept.filter((s) => {
        const others = seenIn.get(s.key);
        return others !== undefined && others.size > 1;
      });
      const credit = d.rubric
        ? creditSentences(d.rubric, block, questionWords(d.question.text)).covered.length
        : 0;
      if (credit > bestCredit) {
        best = i;
        bestCredit = credit;
      }
    }
    owners.set(key, best);
  }

  return drafts.map((d) => {
    let sentences = d.kept;
    const flags = new Set(d.flags);
    const setAside = [...d.setAside];
    const taken = sentences.filter((s) => {
      const owner = owners.get(s.key);
      return owner !== undefined && owner !== d.index;
    });
    sentences = sentences.filter((s) => !taken.includes(s));
    const firstTaken = taken[0];
    if (firstTaken) {
      setAside.push(...taken);
      flags.add('reused-answer');
      reusedFrom.set(d.index, (owners.get(firstTaken.key) ?? 0) + 1);
    }
    const text = sentences.map((s) => s.quote).join(' ');
    const words = sentences.reduce((n, s) => n + s.words.length, 0);
    const answeredAtAll = d.a.turns.some((t) => t.role === 'user' && /[\p{L}\p{N}]/u.test(t.text));
    let status: AnswerStatus;
    if (sentences.length === 0 || !sentences.some(quotable)) {
      status = answeredAtAll || d.a.asked ? 'unanswered' : 'not-asked';
    } else if (isNotEnglish(text)) status = 'not-english';
    else if (!d.rubric) status = 'no-rubric';
    else status = 'answered';
    if (status === 'not-english') flags.add('not-english');
    if (status === 'no-rubric') flags.add('no-rubric');

    const rubric = d.rubric;
    const credit =
      status === 'answered' && rubric
        ? creditSentences(rubric, sentences, questionWords(d.question.text))
        : { covered: [], misconceptions: [] };
    const parts = storyPartsIn(text);
    const wanted = status === 'answered' ? (rubric?.storyParts ?? []) : [];
    return {
      index: d.index,
      question: d.question,
      rubric,
      asked: d.a.asked,
      status,
      flags,
      sentences,
      setAside,
      graderText: d.graderText,
      reusedFrom: reusedFrom.get(d.index) ?? null,
      covered: credit.covered,
      missed:
        status === 'answered' && rubric
          ? rubric.keyPoints.filter((p) => !credit.covered.some((c) => c.point.id === p.id))
          : [],
      misconceptions: credit.misconceptions,
      storyPresent: wanted.filter((p) => parts.has(p)),
      storyMissing: wanted.filter((p) => !parts.has(p)),
      hedges: hedgesIn(text),
      words,
      onTopic: isOnTopic(d.question.text, sentences),
    };
  });
}

/**
 * Content score of one answer in 0..1: the share of key points covered (scaled by how complete
 * the story is, for behavioural rubrics), less a penalty for each misconception stated that is larger than the
 * cost of leaving a point out. An answer that covers no key point does not address the question.
 */
export const MISCONCEPTION_WEIGHT = 1.5;
export const UNADDRESSED_CAP = 0.1;

export function contentScore(r: AnswerReading): number | null {
  if (r.status !== 'answered' || !r.rubric) return null;
  const total = r.rubric.keyPoints.length;
  const coverage = total === 0 ? 0 : r.covered.length / total;
  const wanted = r.rubric.storyParts ?? [];
  // A story's parts make its content count in full; they earn nothing without content.
  const base =
    wanted.length > 0 ? coverage * (0.6 + 0.4 * (r.storyPresent.length / wanted.length)) : coverage;
  const penalty = (MISCONCEPTION_WEIGHT * r.misconceptions.length) / Math.max(total, 1);
  let score = Math.max(0, Math.min(1, base - penalty));
  if (r.covered.length === 0 || (r.question.kind === 'technical' && !r.onTopic)) {
    score = Math.min(score, UNADDRESSED_CAP);
  }
  return score;
}

/**
 * Whether a quote offered as evidence for this answer may stand: it must not come from a
 * sentence set aside for it (grader-directed text, the question read back, padding, a passage
 * that belongs to another question's answer).
 */
export function quoteSetAside(reading: AnswerReading, quote: string): boolean {
  const needle = normaliseForEvidence(quote);
  if (!needle) return true;
  if (isGraderDirected(quote)) return true;
  return reading.setAside.some((s) => {
    const hay = normaliseForEvidence(s.quote);
    return hay !== '' && (` ${hay} `.includes(` ${needle} `) || ` ${needle} `.includes(` ${hay} `));
  });
}

/**
 * Whether a quote can show a key point the model says it shows: it states one of the point's
 * phrasings, or at least shares a content word with them (the model may recognise a paraphrase
 * the phrasing list does not hold, but a quote about something else shows nothing).
 */
export function quoteSupportsPoint(
  point: RubricKeyPoint,
  quote: string,
  questionText: string,
): boolean {
  const words = wordsOf(tokenise(quote));
  if (anyPhrasing(usablePhrasings(point.phrasings, questionWords(questionText)), words))
    return true;
  // The question's own words are in every answer's vocabulary; they show nothing.
  const questionStems = contentStems(questionText);
  const stems = contentStems(quote).filter((s) => !questionStems.some((q) => stemsMatch(q, s)));
  const pointStems = contentStems(point.phrasings.map((p) => p.replace(/\*/g, '')).join(' '));
  return stems.some((s) => s.length >= 4 && pointStems.some((p) => stemsMatch(p, s)));
}
