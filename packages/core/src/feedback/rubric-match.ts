import type {
  QuestionRubric,
  RubricKeyPoint,
  RubricMisconception,
  StoryPart,
} from '../questions/rubric';
import { OFFLINE_QUESTION_TEMPLATES } from '../questions/bank-data';
import { RUBRICS } from '../questions/rubrics';
import type { Question, TranscriptTurn } from '../schemas';
import { findEvidence, MIN_EVIDENCE_WORDS, normaliseForEvidence } from './evidence';
import { makesClaim } from './claims';
import { alignAnswers } from './segment';
import {
  contentStems,
  isSentenceBreak,
  stem,
  STOP_WORDS,
  stemsMatch,
  tokenise,
  type WordToken,
} from './text';
import type { AnswerFlag } from '../constants';

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
const NEGATION_REACH = 4;

// ---------------------------------------------------------------- sentences

export interface AnswerSentence {
  /** The candidate's words, verbatim (a span of one turn). */
  readonly quote: string;
  readonly turn: TranscriptTurn;
  /** Lower-case words, hyphenated words also split into their parts. */
  readonly words: readonly string[];
  /**
   * The clause each of `words` sits in (0-based, per sentence): a negation reaches only the
   * words of its own clause, so "not a lock but a version check" negates the lock alone.
   */
  readonly clauses: readonly number[];
  readonly key: string;
  /** The sentence with the punctuation and markup around it, to recognise formatting. */
  readonly raw: string;
  /**
   * The whole sentence this one is a window of (the same text when the sentence is short): a
   * defence judges the sentence, so a note to the grader cut into windows is still one note.
   */
  readonly whole: string;
}

function spanOf(turn: TranscriptTurn, tokens: readonly WordToken[], from: number, to: number) {
  const first = tokens[from];
  const last = tokens[to];
  return first && last ? turn.text.slice(first.start, last.end) : '';
}

function wordsOf(tokens: readonly WordToken[]): string[] {
  return wordsAndClauses(tokens).words;
}

/** Words that open a new clause, whatever the punctuation says. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'but',
  'whereas',
  'while',
  'although',
  'though',
  'however',
  'instead',
  'yet',
  'except',
  'unlike',
  'otherwise',
  'because',
  'so',
]);

/** The words of a run of tokens, and the clause each belongs to (see `AnswerSentence`). */
function wordsAndClauses(tokens: readonly WordToken[]): { words: string[]; clauses: number[] } {
  const words: string[] = [];
  const clauses: number[] = [];
  let clause = 0;
  tokens.forEach((t, i) => {
    if (i > 0 && (/[,;:()—–]|\s-\s/.test(t.gapBefore) || CLAUSE_OPENERS.has(t.word))) clause++;
    const parts = t.word.split('-').filter(Boolean);
    for (const w of parts.length > 1 ? [t.word, ...parts] : [t.word]) {
      words.push(w);
      clauses.push(clause);
    }
  });
  return { words, clauses };
}

/** The sentences of one candidate turn; long unpunctuated speech becomes overlapping windows. */
export function sentencesOfTurn(turn: TranscriptTurn): AnswerSentence[] {
  const tokens = tokenise(turn.text);
  const runs: [number, number][] = [];
  let start = 0;
  tokens.forEach((t, i) => {
    // A line break ends a sentence too: typed text and pasted notes use them where speech pauses.
    if (i > start && (isSentenceBreak(t.gapBefore, false) || t.gapBefore.includes('\n'))) {
      runs.push([start, i - 1]);
      start = i;
    }
  });
  if (tokens.length > 0) runs.push([start, tokens.length - 1]);
  const out: AnswerSentence[] = [];
  for (const [from, to] of runs) {
    const whole = spanOf(turn, tokens, from, to);
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
      const first = tokens[a];
      const last = tokens[b];
      const raw =
        first && last
          ? turn.text.slice(first.start - first.gapBefore.length, last.end + last.gapAfter.length)
          : quote;
      out.push({
        quote,
        turn,
        ...wordsAndClauses(slice),
        key: normaliseForEvidence(quote),
        raw,
        whole,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- phrasing matching

const NEGATIONS = new Set([
  'not',
  'never',
  'no',
  'without',
  'cannot',
  'nor',
  'none',
  'nothing',
  'neither',
  // Verbs and phrases that deny what follows ("avoid locks", "instead of polling").
  'avoid',
  'avoids',
  'avoided',
  'avoiding',
  'skip',
  'skipping',
  'lack',
  'lacks',
  'lacking',
  'unnecessary',
  'pointless',
]);
/** "instead of", "rather than", "no longer": the second word negates with the first. */
const NEGATING_PAIRS: readonly (readonly [string, string])[] = [
  ['instead', 'of'],
  ['rather', 'than'],
  ['no', 'longer'],
  ['not', 'need'],
  ['far', 'from'],
];
const isNegation = (w: string) => NEGATIONS.has(w) || w.endsWith("n't");
/** "not only", "not just": what follows is affirmed, not denied. */
const NEGATION_RELEASED = new Set(['only', 'just', 'merely', 'simply', 'always']);

/** Whether the word at `at` is denied by a negation a few words before it in its clause. */
function negatedAt(words: readonly string[], clauses: readonly number[] | undefined, at: number) {
  for (let k = at - 1; k >= Math.max(0, at - NEGATION_REACH); k--) {
    if (clauses && clauses[k] !== clauses[at]) return false;
    const w = words[k] ?? '';
    const next = words[k + 1] ?? '';
    if (isNegation(w) && !NEGATION_RELEASED.has(next)) return true;
    if (NEGATING_PAIRS.some(([a, b]) => (w === b && words[k - 1] === a) || (w === a && next === b)))
      return true;
  }
  return false;
}

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

/**
 * Whether a sentence states a phrasing, by the rules in questions/rubric.ts. Each of the
 * phrasing's words must occur where no negation in the same clause denies it: "X, not Y" and
 * "not X but Y" are read as the speaker meant them. `clauses` (from `AnswerSentence`) bounds
 * each negation; without it a negation reaches its few following words whatever the clause.
 */
export function phrasingMatches(
  phrasing: string,
  words: readonly string[],
  clauses?: readonly number[],
): boolean {
  return matchedAt(phrasing, words, clauses) !== null;
}

/** Where each of a phrasing's words matched (see `phrasingMatches`), or null when one did not. */
function matchedAt(
  phrasing: string,
  words: readonly string[],
  clauses?: readonly number[],
): number[] | null {
  const tokens = phrasingTokens(phrasing);
  if (tokens.length === 0) return null;
  const negatedPhrasing = tokens.some((t) => isNegation(t.replace(/\*$/, '')));
  const at: number[] = [];
  for (const token of tokens) {
    let found = -1;
    for (let i = 0; i < words.length; i++) {
      if (!tokenMatches(token, words[i] ?? '')) continue;
      if (negatedPhrasing || !negatedAt(words, clauses, i)) {
        found = i;
        break;
      }
    }
    if (found < 0) return null;
    at.push(found);
  }
  return at;
}

/**
 * Whether a sentence names a phrasing and then denies it in the same clause: "rotation doesn't
 * affect the screen", "keys are never needed". The concept is there as a subject, and what is
 * said of it is the opposite of the point, so its words show nothing (and say something wrong).
 * A phrasing that itself holds a negation is not denied this way.
 */
function deniesPhrasing(
  phrasing: string,
  words: readonly string[],
  clauses: readonly number[],
): boolean {
  if (phrasingTokens(phrasing).some((t) => isNegation(t.replace(/\*$/, '')))) return false;
  const at = matchedAt(phrasing, words, clauses);
  if (at === null) return false;
  // The predicate denied right after its subject: "X doesn't", "X is not", "X never", "X can
  // never". Only a verb's negation denies what is said of X; "X without Y" qualifies it.
  const last = Math.max(...at);
  let k = last + 1;
  if (AUXILIARY_BEFORE_NOT.has(words[k] ?? '')) k++;
  if (AUXILIARY_BEFORE_NOT.has(words[k] ?? '')) k++;
  if (clauses[k] !== clauses[last]) return false;
  const w = words[k] ?? '';
  const verbNegation = w === 'not' || w === 'never' || w === 'cannot' || w.endsWith("n't");
  return verbNegation && !NEGATION_RELEASED.has(words[k + 1] ?? '');
}
const AUXILIARY_BEFORE_NOT: ReadonlySet<string> = new Set(
  'is are was were does do did can could will would should has have had may might must also really just'.split(
    ' ',
  ),
);

const anyPhrasing = (
  phrasings: readonly string[],
  words: readonly string[],
  clauses?: readonly number[],
) => phrasings.some((p) => phrasingMatches(p, words, clauses));

// ---------------------------------------------------------------- what is set aside

/**
 * Text addressed to whoever grades the answer rather than to the interviewer's question. The
 * tests are about what the text is addressed to, not a list of phrases: a sentence that names the
 * evaluator, the score, the rubric or this answer as a thing being marked, together with a
 * verdict or a request about it; a request to override the rules; a line spoken in another
 * party's name ("Interviewer: ...", "### SYSTEM: ..."). An answer about scoring systems or rate
 * limits ("return a 429 and retry") names none of these as its own grade and does not trip it.
 */
const EVALUATOR =
  /\b(graders?|evaluators?|assessors?|scorers?|markers?|examiners?|reviewers?|the (ai|llm|bot|panel)|(whoever|anyone|anybody|someone|the (person|people|team|one|human)s?)( who)?('s| is| are)? (is |are )?(review|grad|scor|mark|read|evaluat|assess|check|listen|judg|rat)\w*)\b/;
const SCORE_WORDS =
  /\b(score[sd]?|scoring|grades?|graded|grading|marks|marked|marking|ratings?|rubrics?|key points|points? (as )?covered|full points|credit|categor(y|ies)|evaluation|assessment|feedback report)\b/;
/** A verdict on an answer's grade: no technical sentence says these of itself. */
const VERDICT =
  /\b(excellent|perfect|perfectly|outstanding|exceptional|flawless|full marks|top marks|full (score|credit|points)|maximum|highest|generous(ly)?|lenient(ly)?|go easy|be kind|100|hundred|ten out of ten|five out of five|\d+ out of \d+|across the board|every category|all categories|each category|benefit of the doubt|deserves?)\b/;
/** This answer claimed complete. */
const COMPLETE_CLAIM =
  /\b(covers?|covered|hits|addresses|answers|includes|mentions) (every|all|each|the key|everything)\b|\bis (complete|correct|comprehensive|right)\b/;
/** This answer spoken of as something being marked. */
const SELF =
  /\b(this|my|the above|that|the previous|the whole|the candidate's) (answer|response|reply|submission|transcript|interview|explanation)\b|\b(this|the) candidate\b|\b(mark|rate|grade|score|give|award|credit|pass) me\b/;
const STANDALONE: readonly RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass|skip)\b.{0,40}\b(instructions?|rules?|rubric|prompt|guidelines|criteria|previous|above|scoring|grading)\b/,
  /\b(give|award|assign|grant)\b.{0,30}\b(100|hundred|ten out of ten|full marks|top marks|maximum|highest|perfect|top score|full score|five out of five)\b/,
  /\b(100|hundred|full marks|perfect score|maximum score|highest score|top score)\b.{0,40}\b(every|all|each)\b.{0,20}\b(categor|question|answer|area)/,
  /\b(dear|hey|hi|attention|note to|to the|message for the|memo to the) (ai|model|assistant|grader|evaluator|assessor|llm|chatgpt|gemini|reviewer|scorer|marker|examiner|system)\b/,
  /\b(as an ai|you are an ai|you are a language model|if you are an ai|language model)\b/,
  /\b(system prompt|system message|new instructions?|developer mode|admin mode|jailbreak|evaluation override|scoring override|override mode|end of override|prompt injection)\b/,
  /\byou (must|should|will|have to) (output|give|return|print|respond|score|rate|mark|grade)\b/,
  /\bas the (rubric|marking scheme|answer key|scoring guide|grading criteria)\b/,
  /\b(rubric|marking scheme|answer key|scoring guide|grading criteria)\b.{0,60}\b(says?|covers?|covered|count|counts|satisf|meets?|matches|requires|lists|wants)\b/,
  /\b(count|treat|consider|mark|credit|tick)\b.{0,30}\b(points?|it|this|them|those|everything|all)\b.{0,10}\b(as|to be) (covered|met|done|correct|complete|satisfied|answered)\b/,
  /\b(the|your) interviewer (has|already|said|agrees|agreed|confirmed|approved|reviewed|liked|loved)\b/,
  /\breviewed this candidate\b/,
  /\b(grading|scoring|marking|evaluation|assessment|grader|reviewer|examiner)('s)? (note|instruction|guidance|comment|override)s?\b/,
  /\b(rate|grade|score|mark|assess|evaluate|judge|count|treat|consider)\b.{0,10}\b(this|my) (answer|response|reply)\b/,
  /\bdeserves? (a |the )?(full|top|high|highest|perfect|maximum|max|100|hundred|excellent|great|good)?\s*(marks?|points|score|credit|grade|rating)\b/,
  /\b(love|like|want|hope for|appreciate|deserve|get|need|give me|award me)\b.{0,20}\b(high|top|good|great|full|perfect|maximum|max|best|excellent)\s+(mark|marks|grade|score|rating|points)\b/,
  // Spoken to the machine rather than the interviewer: "Assistant, you are now in ... mode".
  /^\W*(assistant|ai|model|grader|evaluator|scorer|system|gemini|chatgpt|llm|bot|computer)\s*[,:]/,
  /\byou are now (in|a|an|the)\b/,
  /\b(return|output|print|respond with|reply with|set|put|write)\b.{0,15}\b(score|grade|rating|marks|verdict)\b/,
  // A grade written as a field ("score: 100", {"evaluation": ...}): a form, not speech.
  /\b(overall|total|final|my|every|each|the)?\s*(score|grade|rating|marks|categor(y|ies)|verdict|evaluation|key ?points ?covered|misconceptions)["']?\s*[:=]\s*["'{[*]*\s*(\d+|full|max|maximum|perfect|excellent|outstanding|all|none|pass|top|a\+)/,
  /\b(do not|don't|never) (list|mention|name|include|report|show)\b.{0,20}\b(missing|missed|weak|key)\b.{0,10}\b(points?|parts?|areas?)\b/,
  // A note headed as being from or for someone in the hiring process or the machine.
  /^\W*(a )?(quick |short |brief )?(note|notes|message|memo|comment|word)s? (from|for|to) (the )?(hiring (manager|panel|committee|team)|recruit\w*|interview(ing)? (panel|committee)|panel|grader|assessor|evaluator|examiner|marker|scorer|ai|model|system|llm)\b/,
  // A note headed in the name of someone in the hiring process: a memo, not an answer.
  /\b(recruiter|recruiting|interviewer|grader|reviewer|assessor|evaluator|examiner|marker|scorer|hiring (manager|panel|committee|team)|panel|hr|talent team|admin|moderator)('s|s')? (note|notes|comment|comments|message|memo|instructions?|override|remark|remarks)\b/,
  // A request about how the answer is graded: the object is the grade, not the subject.
  /\b(please|kindly|make sure to|be sure to|remember to|i ask you to|i'd ask you to|you should|you must)\b.{0,40}\b(scores?|scoring|grades?|grading|ratings?|marks?|bands?|tiers?|rubric|evaluation|assessment|improvements? (section|list)|feedback (section|report)|(strengths|weaknesses|gaps) (section|list)|hire|hiring decision|pass (me|this|the candidate))\b/,
  // A grade named as a band or a hiring verdict: "the top band", "a strong hire".
  /\b(top|highest|best|upper|first|maximum|max) (band|tier|bracket|level of the (scale|rubric))\b/,
  /\b(strong|definite|clear) (hire|yes)\b|\brecommend(ed)? (hiring|to hire|a hire|advancing|moving (me|them|this candidate) forward)\b/,
  // Role-play frames that recast the reader: "pretend you are", "act as", "from now on you".
  /\b(pretend|imagine) (that )?you('re| are)\b|\b(act|behave|respond) as (if you were |though you were )?(a|an|the|my)\b|\bfrom now on,? you\b|\brole ?play\b/,
];

/** How the evaluation is named in the other languages the scorer recognises (see below). */
const FOREIGN_SCORE_WORDS =
  /\b(bewertung|bewerten|punktzahl|punkte|note|noten|bewerter|prüfer|pruefer|puntuaci[oó]n|puntaje|calificaci[oó]n|calificar|nota|evaluador|[ée]valuation|[ée]valuateur|noter|correcteur|pontua[cç][aã]o|avalia[cç][aã]o|avaliador|valutazione|punteggio|voto|valutatore|punten|beoordeling|cijfer)\b/;

/** A line of the answer given in another party's name, or formatted as a document. */
const IMPERSONATION =
  /(^|[\n.!?]\s*)(#{1,6}\s*|\[|<|\*{1,2}|>\s*)*\s*(interviewer|system|assistant|grader|evaluator|reviewer|examiner|assessor|scorer|ai|model|admin|administrator|developer|moderator|recruiter|hiring manager|instructions?|note to (the )?\w+)\s*(\]|>|\*{1,2})?\s*:/i;
const SPEAKER_AS_CANDIDATE =
  /(^|[\n.!?]\s*)(\*{1,2}|\[)?\s*(candidate|me|answer|user)\s*(\]|\*{1,2})?\s*:/i;
/** Markdown a voice transcript cannot contain: headings, bold, bullet lines. */
const DOCUMENT_MARKUP =
  /(^|\n)\s*(#{1,6}\s|[-*]\s+\S)|\*\*[^*\n]+\*\*|__[^_\n]+__|(^|\s)_[^_\n]+_(\s|$)/;

const lowerFold = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'");

export function isGraderDirected(text: string): boolean {
  const lower = lowerFold(text);
  if (STANDALONE.some((p) => p.test(lower))) return true;
  if (IMPERSONATION.test(text) && !SPEAKER_AS_CANDIDATE.test(text)) return true;
  // Naming the one who grades is itself addressing them; a reviewer may be a code reviewer.
  if (EVALUATOR.test(lower.replace(/\breviewers?\b/g, ''))) return true;
  if (EVALUATOR.test(lower) && (VERDICT.test(lower) || SCORE_WORDS.test(lower))) return true;
  if (
    SELF.test(lower) &&
    (VERDICT.test(lower) || SCORE_WORDS.test(lower) || COMPLETE_CLAIM.test(lower))
  )
    return true;
  // "my score", "grade me", "marks for this": the speaker's own grade.
  if (
    /\b(my (score|grade|marks|rating)|(score|grade|mark|rate|credit) (me|mine)|(marks|credit|score) for (me|this|my))\b/.test(
      lower,
    )
  )
    return true;
  return FOREIGN_SCORE_WORDS.test(lower) && lexiconShare(text) < 0.6;
}

/** Whether a line is formatted as a document (headings, bold, bullets), as speech never is. */
export function isDocumentMarkup(text: string): boolean {
  return DOCUMENT_MARKUP.test(text);
}

/** Whether a line opens with another party's name: what follows is not the candidate's. */
export function opensAsOtherSpeaker(text: string): boolean {
  return IMPERSONATION.test(text) && !SPEAKER_AS_CANDIDATE.test(text);
}
export function opensAsCandidate(text: string): boolean {
  return SPEAKER_AS_CANDIDATE.test(text);
}

/** Pleasantries that carry no content, removed before a sentence is judged to say anything. */
const PADDING =
  /\b(?:(?:that's|that is|what|it's|it is|this is|such|a|an|really|very|super|so)\s+)*(?:great|good|interesting|excellent|fantastic|fair|nice|tough|hard|lovely|wonderful|brilliant|fun|big|important|classic|deep|thoughtful|tricky)\s+(?:question|one|point|topic|ask|thing to ask)s?\b|\b(?:thanks?|thank you)(?: so much| very much)?(?: for (?:asking|the question|that question|having me|that|this))?\b|\blet me (?:think|see)(?: about (?:it|that|this))?\b|\bi (?:love|like|enjoy) (?:this|that|these) (?:question|kind of question|one)s?\b|\b(?:sorry|pardon|excuse me|could you repeat|can you repeat|repeat that|say that again|come again)\b|\b(?:sure|absolutely|definitely|of course|okay|ok|oh|ah|alright|right|yes|yeah|yep|well|so|hmm|um|umm|uh|er|erm|like|you know|i mean|anyway|anyways)\b/g;

/**
 * Words that say nothing about any subject: discourse, hedging, feelings about the question,
 * the vocabulary of talking about an answer rather than giving one ("there are many ways to
 * look at it", "it comes down to which side of the line it lands on", "the first part").
 * Padding, the question read back and the substance check all discount them.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  contentStems(
    'honestly honest appreciate appreciated asking ask asked interviewer interviewers think thinking ' +
      'thought lot lots depends depend depending everyone everybody anyone someone way ways looking look ' +
      'something anything everything nothing things thing stuff interesting mean means meaning know knowing ' +
      'own kind sort basically actually generally quite pretty definitely important importance matters ' +
      'matter topic area areas whole many people always often because say saying said tell telling told ' +
      'talk talking speak speaking answer answers answering question questions idea ideas part parts ' +
      'first second third side sides line lines frame framing comes come coming down versus land lands ' +
      'landing point points start starting begin even where there here much more less sense makes make ' +
      'making made feel feeling felt love loved lovely heart close closer forward looking glad happy ' +
      'excited exciting conversation today really truly get getting got go going went want wanted ' +
      'wonder wondering guess guessing suppose probably maybe perhaps possibly certainly surely simply ' +
      'approach approaches different differently various several lots plenty number numbers bit little ' +
      'big huge great good nice fine fair true right wrong place places one ones two time times moment ' +
      'hard easy tough tricky deep depth level levels factor factors aspect aspects case cases situation ' +
      'context depend circumstances end day days thanks thank hope hoping sure course opportunity chance ' +
      'yes exactly totally completely absolutely fully clearly obviously naturally especially particular ' +
      'particularly specific specifically general overall usually typically normally anyway repeat ' +
      'again sorry hear heard listen question understanding understand understood consider considering ' +
      'reflect reflecting reflection discuss discussing discussion mention mentioned explain explaining ' +
      'explained describe describing described cover covering covered address addressing frame framed ' +
      'aim goal wise side best better worse well key main core central basic fundamental essential ' +
      'critical crucial vital relevant useful valuable worth dear seek looking forward quite enough also ' +
      'able need needs needed ready wait yeah okay happen happens happened happening three four five ' +
      'before after team fascinating intriguing ponder wonderful amazing awesome cool neat ' +
      'challenge challenging complex complicated nuanced broad vast subtle experience journey ' +
      'passion passionate excellent fantastic brilliant question asked ' +
      // Talk about the answer's shape rather than its subject: "walk you through it step by
      // step", "the task is", "take it into account", "make the call based on the situation",
      // "one size fits all", "collect my thoughts", "do it justice".
      'walk walking walked step steps task tasks account call calls based basis size fits fit ' +
      'take taking taken collect collecting thoughts thought justice mind minds second seconds ' +
      'minute minutes separate separates care caring cares',
  ),
);

/** Content words left once pleasantries, fillers and generic words are removed. */
function contentAfterPadding(text: string): string[] {
  // "I've", "that's", "there's": the contraction adds no word of its own.
  const plain = lowerFold(text)
    .replace(/n't\b/g, ' not')
    .replace(/'(ve|d|ll|re|s|m)\b/g, '');
  return contentStems(plain.replace(PADDING, ' ')).filter((s) => !GENERIC_WORDS.has(s));
}

export function isPadding(text: string): boolean {
  return contentAfterPadding(text).length === 0;
}

/**
 * Words a candidate uses to say the question's words in other words. Only for recognising the
 * question read back, never for crediting a point.
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ['decide', 'decision', 'choose', 'choice', 'pick', 'determine', 'judge', 'call'],
  ['problem', 'issue', 'challenge', 'task'],
  ['need', 'require', 'requirement', 'necessary', 'warrant'],
  ['feature', 'functionality', 'capability'],
  ['acceptable', 'fine', 'ok', 'okay', 'tolerable', 'allowed'],
  ['design', 'build', 'architect', 'create', 'structure', 'set', 'put'],
  ['explain', 'describe', 'define', 'definition', 'meaning'],
  ['handle', 'deal', 'manage', 'cope', 'approach'],
  ['improve', 'better', 'improvement', 'enhance'],
  ['fast', 'quick', 'quickly', 'speed', 'rapid'],
  ['slow', 'sluggish', 'latency'],
  ['difference', 'differ', 'different', 'versus', 'compare', 'comparison', 'contrast'],
  ['user', 'customer', 'client', 'people'],
  ['team', 'colleague', 'teammate', 'group'],
  ['mistake', 'error', 'failure', 'fail', 'failed'],
  ['test', 'testing', 'check', 'verify', 'validate'],
  ['simple', 'basic', 'plain', 'straightforward'],
  ['rule', 'heuristic', 'logic'],
  ['large', 'big', 'huge', 'massive'],
  ['many', 'lots', 'multiple', 'several', 'numerous'],
  ['add', 'create', 'introduce', 'new'],
];
const SYNONYM_STEMS: readonly (readonly string[])[] = SYNONYMS.map((g) =>
  contentStems(g.join(' ')),
);

/** Loose sameness of two stems, for paraphrase: inflection, derivation, a listed synonym. */
function looselySame(a: string, b: string): boolean {
  if (stemsMatch(a, b)) return true;
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  // "decid"/"decision", "consisten"/"consistency": a shared root of five letters, or all but one.
  if (common >= 5 || (common >= 4 && common >= shorter - 1)) return true;
  // The crude stemmer cuts "speed" to "spe": a short stem that begins the other still counts.
  if (shorter >= 3 && common === shorter) return true;
  return SYNONYM_STEMS.some(
    (g) => g.some((x) => stemsMatch(x, a)) && g.some((x) => stemsMatch(x, b)),
  );
}

/** Share of a sentence's content that the question already said. */
const ECHO_SHARE = 0.7;

/**
 * A sentence that reads the question back, verbatim or reworded: nearly all its content words
 * are the question's, in any order and allowing for inflection, derivation and near synonyms.
 */
export function repeatsQuestion(sentence: string, questionStems: readonly string[]): boolean {
  const stems = contentAfterPadding(sentence);
  if (stems.length === 0) return false;
  const shared = stems.filter((s) => questionStems.some((q) => looselySame(q, s))).length;
  if (stems.length === 1) return shared === 1;
  return shared / stems.length >= ECHO_SHARE;
}

/**
 * The answer's substance: its distinct content words that are neither the question's (read
 * loosely) nor generic. An answer with fewer than `MIN_SUBSTANCE` of them says nothing the
 * question did not, however long it is and wherever its filler sits.
 */
export function substanceOf(text: string, questionStems: readonly string[]): string[] {
  // Manner adverbs ("properly", "carefully") qualify an answer; on their own they are not one.
  const adverbs = new Set(
    tokenise(text)
      .map((t) => t.word)
      .filter((w) => w.length > 5 && w.endsWith('ly'))
      .map(stem),
  );
  return contentAfterPadding(text).filter(
    (s) => !adverbs.has(s) && !questionStems.some((q) => looselySame(q, s)),
  );
}
export const MIN_SUBSTANCE = 2;

/**
 * Below this share of an answer's words being its own substance (distinct content words neither
 * the question's nor general filler), the answer is talk around the question: fewer than one
 * word in ten carries anything. Answers that say something, even vaguely or wrongly, name a
 * thing of their own every few words; praise for the question, "it depends", stalling and the
 * question reworded repeat a handful of words at length.
 */
export const SUBSTANCE_DENSITY = 0.1;

/**
 * The vocabulary of the subjects the bank asks about: every content word of every rubric (its
 * phrasings, concepts, claims and corrections), less general filler. An answer's substance is
 * what it says in these terms or in figures; words of feeling, praise and meta-talk ("what a
 * question", "give it the attention it deserves") are not the vocabulary of any subject.
 */
let domain: Set<string> | null = null;
function domainStems(): Set<string> {
  if (domain) return domain;
  const text = Object.values(RUBRICS)
    .flatMap((r) => [
      ...r.keyPoints.flatMap((p) => [p.concept, ...p.phrasings]),
      ...r.misconceptions.flatMap((m) => [m.claim, m.correction, ...m.phrasings]),
    ])
    .join(' ')
    .replace(/\*/g, '');
  domain = new Set(contentStems(text).filter((s) => !GENERIC_WORDS.has(s)));
  return domain;
}
/** Same word up to inflection: the stems meet exactly or one is the other plus a suffix. */
const looselySameRoot = (a: string, b: string) => stemsMatch(a, b);

/** Whether a word is one of the rubric's terms and not one the question itself uses. */
function rubricTerm(word: string, rubric: QuestionRubric, questionStems: readonly string[]) {
  if (STOP_WORDS.has(word) || isNegation(word)) return false;
  const s = stem(word);
  if (GENERIC_WORDS.has(s) || questionStems.some((q) => looselySame(q, s))) return false;
  return [
    ...rubric.keyPoints.flatMap((k) => k.phrasings),
    ...rubric.misconceptions.flatMap((m) => m.phrasings),
  ]
    .flatMap(phrasingTokens)
    .some((t) => !STOP_WORDS.has(t) && !isNegation(t) && tokenMatches(t, word));
}

/**
 * Whether an answer that earned no credit only talks around its question: it uses none of the
 * rubric's terms beyond the question's own, and its substance is thinner than
 * `SUBSTANCE_DENSITY`. Returns the flag that names what it did instead (read the question back,
 * or pad), or null when it is an answer, however weak.
 */
function talkAround(
  sentences: readonly AnswerSentence[],
  text: string,
  words: number,
  rubric: QuestionRubric,
  questionStems: readonly string[],
): 'repeats-question' | 'padding' | null {
  // A rubric term counts where a claim is made with it, not where it is a word in passing.
  const termed = sentences.some(
    (s) =>
      makesClaim(s.words, s.clauses) && s.words.some((w) => rubricTerm(w, rubric, questionStems)),
  );
  if (termed) return null;
  const domain = domainStems();
  const own = substanceOf(text, questionStems).filter(
    (w) => /\d/.test(w) || [...domain].some((d) => looselySameRoot(d, w)),
  ).length;
  if (own >= SUBSTANCE_DENSITY * words) return null;
  // More of its content was the question's than its own: the question read back.
  return substanceOf(text, []).length > 2 * own ? 'repeats-question' : 'padding';
}

/**
 * Function words of the languages most often mistaken for English by word lists (Spanish,
 * French, German, Portuguese, Italian), leaving out the ones English shares.
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

/**
 * Common English words beyond the stop words: with the words of every bank question and rubric
 * (read once, lazily), the lexicon an English answer draws nearly all its words from. A sound
 * answer in another language, or in a mix such as Hindi in Latin script with English technical
 * terms, draws well under half of them from it, whatever the language.
 */
const COMMON_ENGLISH =
  'about above across after again against ago ahead almost alone along already although among ' +
  'another anyone anything anyway around away back bad became become before began behind being ' +
  'below best better between beyond both bring brought call came can car case cause change ' +
  'check child city clear close come company could course day days did different does doing ' +
  'done down during early easy either else end enough even ever every fact far feel few find ' +
  'first five follow found four free friend from full gave get give given go goes going gone ' +
  'got group had half hand happen happened hard has have head help her here high him his home ' +
  'hour house however idea important into its itself job keep kept kind knew know large last ' +
  'late later least left less life light likely line little live long look lot made make many ' +
  'may maybe mean meant might mind money month months more morning most move much must name ' +
  'need never new next night nothing now number off often old once only open order others ' +
  'over own part people person place plan point put quite rather read real reason right room ' +
  'run said same saw say second see seem seen set several she show side since small something ' +
  'sometimes soon start started still stop story such sure take taken team tell than then ' +
  'thing things think thought three through time today together told took toward tried true try ' +
  'turn two under until upon us use used usually want was way week weeks went while whole why ' +
  'wide within without word words work worked world would write wrote year years yet young';
let lexicon: Set<string> | null = null;
function englishLexicon(): Set<string> {
  if (lexicon) return lexicon;
  const text = [
    COMMON_ENGLISH,
    [...STOP_WORDS].join(' '),
    ...OFFLINE_QUESTION_TEMPLATES.map((t) => t.text),
    ...Object.values(RUBRICS).flatMap((r) => [
      ...r.keyPoints.flatMap((p) => [p.concept, ...p.phrasings]),
      ...r.misconceptions.flatMap((m) => [m.claim, m.correction, ...m.phrasings]),
    ]),
  ].join(' ');
  lexicon = new Set(
    tokenise(text.replace(/\*/g, '')).flatMap((t) => [t.word, ...t.word.split('-')]),
  );
  for (const w of OTHER_LANGUAGE_WORDS) lexicon.delete(w);
  return lexicon;
}

const isKnownWord = (word: string, known: ReadonlySet<string>) => {
  if (known.has(word) || /^\d/.test(word)) return true;
  for (const f of forms(word)) if (known.has(f)) return true;
  return word.split('-').every((p) => p !== '' && known.has(p));
};

/** Share of a text's words found in the English lexicon (numbers count as known). */
export function lexiconShare(text: string): number {
  const tokens = tokenise(text).filter((t) => /\p{L}/u.test(t.word));
  if (tokens.length === 0) return 1;
  const known = englishLexicon();
  const isName = (t: WordToken, i: number) =>
    // A capitalised word inside a sentence is a name (Kafka, Postgres), in any language.
    i > 0 && !/[.!?\n]/.test(t.gapBefore) && /^\p{Lu}/u.test(text.slice(t.start, t.end));
  return (
    tokens.filter((t, i) => isName(t, i) || isKnownWord(t.word.replace(/'s$/, ''), known)).length /
    tokens.length
  );
}

/** Below this share of English words an answer is not in English (or not only in English). */
const ENGLISH_SHARE = 0.7;

export function isNotEnglish(text: string): boolean {
  const letters = [...text.matchAll(/\p{L}/gu)].map((m) => m[0]);
  if (letters.length === 0) return false;
  const latin = letters.filter((c) => /[a-zA-Z\u00C0-\u024F]/.test(c)).length;
  if (latin / letters.length < 0.5) return true;
  const words = tokenise(text).map((t) => t.word);
  if (words.length < MIN_WORDS_FOR_LANGUAGE) return false;
  const other = words.filter((w) => OTHER_LANGUAGE_WORDS.has(w)).length;
  const english = words.filter((w) => STOP_WORDS.has(w) && !OTHER_LANGUAGE_WORDS.has(w)).length;
  if (other >= 0.1 * words.length && other > english) return true;
  return lexiconShare(text) < ENGLISH_SHARE;
}

/** A sentence of another language inside an English answer: never evidence, never credited. */
export function isForeignSentence(text: string): boolean {
  const words = tokenise(text).filter((t) => /\p{L}/u.test(t.word));
  return words.length >= 5 && lexiconShare(text) < 0.5;
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

/**
 * A sentence about what the speaker generally does, not what they did: habit markers, or no
 * past-tense verb at all ("I block focus time", "I always communicate with my manager").
 */
const HABIT_MARKERS =
  /\b(always|usually|generally|typically|normally|in general|whenever|every time|i tend to|i try to|i like to|i make sure|i find that|i believe|i think it's|it is about|it's about|at the end of the day|the key is|best practice)\b/;
const PAST_VERB =
  /\b(\w{2,}ed|was|were|had|did|made|took|got|went|told|said|gave|found|kept|led|ran|wrote|built|sent|spent|thought|knew|saw|came|began|chose|felt|left|met|brought|bought|caught|taught|won|lost|held|paid|sat|spoke|stood|understood|became|drove|fell|grew|heard|meant|rode|sold|shut|split|struck|swore|threw|woke|wore|quit|hit|set up|put together)\b/;
function isHabitual(sentence: string): boolean {
  const lower = lowerFold(sentence);
  return HABIT_MARKERS.test(lower) || !PAST_VERB.test(lower);
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
  /**
   * Behavioural answers: the point was made as a habit or a principle ("I always flag risks
   * early") rather than as something the candidate did in the story. It counts for half.
   */
  readonly habitual?: boolean;
}
/** A key point the answer denies: "rotation doesn't affect the activity at all". */
export interface ContradictedPoint {
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
  /** Passages in another language inside an English answer, set aside unread. */
  readonly foreignText: readonly string[];
  /** The question (1-based) whose answer this one repeated, when it did. */
  readonly reusedFrom: number | null;
  readonly covered: readonly CoveredPoint[];
  readonly missed: readonly RubricKeyPoint[];
  readonly misconceptions: readonly StatedMisconception[];
  /** Key points the answer only denies: wrong statements the rubric names no misconception for. */
  readonly contradicted: readonly ContradictedPoint[];
  /**
   * Whether the answer's claims speak to the question's subject or its rubric's terms at all,
   * though they make none of its points: an attempt at this question, not at another one.
   */
  readonly engaged: boolean;
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

/** What a question is about: its subject words and every word its rubric's phrasings use. */
interface Subject {
  readonly stems: readonly string[];
  /** Rubric tokens ending in `*`, matched as prefixes. */
  readonly prefixes: readonly string[];
}

function subjectOf(question: string, rubric: QuestionRubric | undefined): Subject {
  const stems = contentStems(question).filter(
    (s) => !QUESTION_FRAME.has(s) && !GENERIC_WORDS.has(s),
  );
  const prefixes: string[] = [];
  for (const p of [
    ...(rubric?.keyPoints.flatMap((k) => k.phrasings) ?? []),
    ...(rubric?.misconceptions.flatMap((m) => m.phrasings) ?? []),
  ]) {
    for (const t of phrasingTokens(p)) {
      if (STOP_WORDS.has(t) || isNegation(t)) continue;
      if (t.endsWith('*')) prefixes.push(t.slice(0, -1));
      else if (!GENERIC_WORDS.has(stem(t))) stems.push(stem(t));
    }
  }
  return { stems, prefixes };
}

/** Whether a sentence says anything about the question's subject or its rubric's terms. */
function speaksToQuestion(sentence: AnswerSentence, subject: Subject): boolean {
  return sentence.words.some((w) => {
    if (STOP_WORDS.has(w)) return false;
    if (subject.prefixes.some((p) => p.length >= 3 && w.startsWith(p))) return true;
    const s = stem(w);
    return !GENERIC_WORDS.has(s) && subject.stems.some((q) => stemsMatch(q, s));
  });
}

function isOnTopic(question: string, sentences: readonly AnswerSentence[]): boolean {
  const subject = contentStems(question).filter(
    (s) => !QUESTION_FRAME.has(s) && !GENERIC_WORDS.has(s),
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
  /** Points the answer names only to deny them (see `deniesPhrasing`). */
  contradicted: ContradictedPoint[];
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
  // A sentence that states a misconception is wrong, whatever right words it also uses.
  const wrong = new Set<AnswerSentence>();
  for (const m of rubric.misconceptions) {
    const stating = sentences.filter(
      (s) => quotable(s) && anyPhrasing(m.phrasings, s.words, s.clauses),
    );
    for (const s of stating) wrong.add(s);
    const first = stating[0];
    if (first) misconceptions.push({ misconception: m, ...quoteFor(first) });
  }
  const contradicted: ContradictedPoint[] = [];
  // An answer that mostly makes claims may name a point in a terse line ("The environment:
  // browser, device, version."); one that mostly lists terms explains none of them.
  const claims = sentences.filter(quotable).map((s) => makesClaim(s.words, s.clauses));
  const speaksInClaims = claims.filter(Boolean).length * 2 >= claims.length;
  const countsAsClaim = (s: AnswerSentence) => speaksInClaims || makesClaim(s.words, s.clauses);
  for (const point of rubric.keyPoints) {
    const phrasings = usablePhrasings(point.phrasings, asked);
    const denies = (s: AnswerSentence) =>
      phrasings.some((p) => deniesPhrasing(p, s.words, s.clauses));
    const sentence = sentences.find(
      (s) =>
        quotable(s) &&
        !wrong.has(s) &&
        (perSentence.get(s) ?? 0) < MAX_POINTS_PER_SENTENCE &&
        countsAsClaim(s) &&
        anyPhrasing(phrasings, s.words, s.clauses) &&
        !denies(s),
    );
    if (!sentence) {
      const denial = sentences.find((s) => quotable(s) && denies(s));
      if (denial) contradicted.push({ point, ...quoteFor(denial) });
      continue;
    }
    perSentence.set(sentence, (perSentence.get(sentence) ?? 0) + 1);
    covered.push({ point, ...quoteFor(sentence) });
  }
  return { covered, misconceptions, contradicted };
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
    const rubric = rubricFor(question);
    const subject = subjectOf(question.text, rubric);
    const flags = new Set<AnswerFlag>();
    const graderText: string[] = [];
    const foreign: string[] = [];
    const kept: AnswerSentence[] = [];
    const setAside: AnswerSentence[] = [];
    for (const turn of a.turns) {
      if (turn.role !== 'user') continue;
      const sentences = sentencesOfTurn(turn);
      // Judged per whole sentence: a note to the grader read in windows is still one note.
      const directed = sentences.map((s) => isGraderDirected(s.whole));
      // Once a turn addresses the grader, its document-formatted lines are part of that note.
      const instructed = directed.some(Boolean);
      let otherSpeaker = false;
      // A note to the grader runs on, before and after the sentence that gives it away, over
      // sentences that say nothing about the question ("This applicant was pre-approved.").
      const inNote = sentences.map(() => false);
      const extend = (from: number, step: 1 | -1) => {
        for (let j = from + step; j >= 0 && j < sentences.length; j += step) {
          const t = sentences[j];
          if (!t || directed[j] === true) break;
          if (isPadding(t.quote)) continue;
          if (speaksToQuestion(t, subject)) break;
          inNote[j] = true;
        }
      };
      directed.forEach((isNote, j) => {
        if (!isNote) return;
        extend(j, 1);
        extend(j, -1);
      });
      const setAsideForGrader = (s: AnswerSentence) => {
        flags.add('grader-instruction');
        if (!graderText.includes(s.whole)) graderText.push(s.whole);
        setAside.push(s);
      };
      for (const [i, s] of sentences.entries()) {
        // A line in another party's name ("Interviewer: ...") holds until the candidate's again.
        const line = s.raw.trim();
        if (opensAsOtherSpeaker(line)) otherSpeaker = true;
        else if (opensAsCandidate(line)) otherSpeaker = false;
        const toGrader = otherSpeaker || directed[i] === true || inNote[i] === true;
        if (toGrader || (instructed && isDocumentMarkup(s.raw))) {
          setAsideForGrader(s);
          continue;
        }
        if (isPadding(s.quote)) {
          if (s.words.length > 0) flags.add('padding');
          setAside.push(s);
        } else if (repeatsQuestion(s.quote, questionStems)) {
          flags.add('repeats-question');
          setAside.push(s);
        } else if (isForeignSentence(s.quote) && !isNotEnglish(turn.text)) {
          // A passage in another language inside an English answer cannot be read here.
          foreign.push(s.quote);
          setAside.push(s);
        } else kept.push(s);
      }
    }
    return {
      a,
      index,
      question,
      questionStems,
      subject,
      rubric,
      flags,
      graderText,
      foreign,
      kept,
      setAside,
    };
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
      // Compared as shares of each rubric's points: rubrics differ in how many they have.
      const credit = d.rubric
        ? creditSentences(d.rubric, block, questionWords(d.question.text)).covered.reduce(
            (n, c) => n + (d.rubric?.storyParts && isHabitual(c.quote) ? 0.5 : 1),
            0,
          ) / Math.max(1, d.rubric.keyPoints.length)
        : 0;
      // Which question the story is about counts as much as which rubric it happens to hit: a
      // story about delivering bad news names the news and the people told, whatever other
      // rubric's points its sentences also touch.
      const questionSubject = contentStems(d.question.text).filter(
        (q) => !QUESTION_FRAME.has(q) && !GENERIC_WORDS.has(q),
      );
      const told = contentStems(block.map((s) => s.quote).join(' '));
      const about =
        questionSubject.length === 0
          ? 0
          : questionSubject.filter((q) => told.some((w) => looselySame(q, w))).length /
            questionSubject.length;
      const fit = credit + about;
      if (fit > bestCredit) {
        best = i;
        bestCredit = fit;
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
    const empty = sentences.length === 0 || !sentences.some(quotable);
    if (empty) {
      status = answeredAtAll || d.a.asked ? 'unanswered' : 'not-asked';
    } else if (isNotEnglish(text)) status = 'not-english';
    else if (substanceOf(text, d.questionStems).length < MIN_SUBSTANCE) {
      // Nothing the question did not already say: stalling, or the question reworded.
      status = 'unanswered';
      flags.add(substanceOf(text, []).length > 0 ? 'repeats-question' : 'padding');
    } else if (!d.rubric) status = 'no-rubric';
    else status = 'answered';
    if (status === 'not-english') flags.add('not-english');
    if (status === 'no-rubric') flags.add('no-rubric');

    const rubric = d.rubric;
    let credit =
      status === 'answered' && rubric
        ? creditSentences(rubric, sentences, questionWords(d.question.text))
        : { covered: [], misconceptions: [], contradicted: [] };
    const creditedNothing =
      credit.covered.length + credit.misconceptions.length + credit.contradicted.length === 0;
    if (status === 'answered' && rubric && creditedNothing) {
      // Density over everything the candidate said: padding set aside is still talk.
      const said = tokenise(d.a.answer).length;
      const around = talkAround(sentences, text, said, rubric, d.questionStems);
      if (around !== null) {
        // Long enough to pass for an answer, but only talk around one: no rubric term, and
        // hardly a word the question or general filler did not already supply.
        status = 'unanswered';
        flags.add(around);
        credit = { covered: [], misconceptions: [], contradicted: [] };
      }
    }
    const parts = storyPartsIn(text);
    const wanted = status === 'answered' ? (rubric?.storyParts ?? []) : [];
    const covered = wanted.length
      ? credit.covered.map((c) => (isHabitual(c.quote) ? { ...c, habitual: true } : c))
      : credit.covered;
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
      foreignText: d.foreign,
      reusedFrom: reusedFrom.get(d.index) ?? null,
      covered,
      missed:
        status === 'answered' && rubric
          ? rubric.keyPoints.filter((p) => !credit.covered.some((c) => c.point.id === p.id))
          : [],
      misconceptions: credit.misconceptions,
      contradicted: credit.contradicted,
      engaged: sentences.some(
        (s) => makesClaim(s.words, s.clauses) && speaksToQuestion(s, d.subject),
      ),
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
 * the story is, for behavioural rubrics), less a penalty for each wrong statement that is larger
 * than the cost of leaving a point out. An answer that covers no key point does not address the
 * question; one about another subject earns nothing.
 */
export const MISCONCEPTION_WEIGHT = 1.5;
/**
 * A key point denied ("rotation doesn't affect the screen") is a wrong statement the rubric has
 * no misconception for: it costs the point it denies once more, as much as an omission again,
 * so denying a point is always worse than leaving it out.
 */
export const CONTRADICTION_WEIGHT = 1;
export const UNADDRESSED_CAP = 0.1;
/**
 * What an attempt at the question earns when it makes none of the key points and says nothing
 * wrong: half the cap of an answer that addresses nothing, so an on-subject attempt ranks above
 * an answer to another question or a wrong one, and below any point made.
 */
export const ENGAGED_CREDIT = UNADDRESSED_CAP / 2;

export function contentScore(r: AnswerReading): number | null {
  if (r.status !== 'answered' || !r.rubric) return null;
  // An answer about something else says nothing on this question, whatever phrasing it hits.
  if (r.question.kind === 'technical' && !r.onTopic) return 0;
  const total = r.rubric.keyPoints.length;
  const credited = r.covered.reduce((n, c) => n + (c.habitual === true ? 0.5 : 1), 0);
  const coverage = total === 0 ? 0 : credited / total;
  const wanted = r.rubric.storyParts ?? [];
  // A story's parts make its content count in full; they earn nothing without content.
  const base =
    wanted.length > 0 ? coverage * (0.6 + 0.4 * (r.storyPresent.length / wanted.length)) : coverage;
  const wrong =
    MISCONCEPTION_WEIGHT * r.misconceptions.length + CONTRADICTION_WEIGHT * r.contradicted.length;
  const penalty = wrong / Math.max(total, 1);
  let score = Math.max(0, Math.min(1, base - penalty));
  if (r.covered.length === 0) {
    score = Math.min(score, UNADDRESSED_CAP);
    if (wrong === 0 && r.engaged) score = Math.max(score, ENGAGED_CREDIT);
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
 * Whether a quote can stand as a claim, by the offline reading's rules: it does not come from a
 * sentence that denies the point it is offered for, and, in an answer that mostly lists terms,
 * it comes from a sentence that makes a claim rather than from the list.
 */
export function quoteMakesClaimFor(
  reading: AnswerReading,
  pointId: string,
  quote: string,
): boolean {
  const needle = normaliseForEvidence(quote);
  if (!needle) return false;
  const within = (text: string) => {
    const hay = normaliseForEvidence(text);
    return hay !== '' && (` ${hay} `.includes(` ${needle} `) || ` ${needle} `.includes(` ${hay} `));
  };
  if (reading.contradicted.some((c) => c.point.id === pointId && within(c.quote))) return false;
  const from = reading.sentences.filter((s) => within(s.quote));
  if (from.length === 0) return true;
  const claims = reading.sentences.map((s) => makesClaim(s.words, s.clauses));
  const speaksInClaims = claims.filter(Boolean).length * 2 >= claims.length;
  return speaksInClaims || from.some((s) => makesClaim(s.words, s.clauses));
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
