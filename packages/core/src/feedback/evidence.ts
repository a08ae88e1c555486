import type { Evidence, TranscriptTurn } from '../schemas';

/** A quote shorter than this proves nothing ("yes I did" could come from anyone). */
export const MIN_EVIDENCE_WORDS = 3;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

interface NormalisedText {
  norm: string;
  origin: number[];
}

// Turns are immutable once stored and every quote in a response is checked against the same
// turns, so each turn is normalised once rather than once per quote.
const normalisedTurns = new WeakMap<TranscriptTurn, { text: string; value: NormalisedText }>();

function normaliseTurn(turn: TranscriptTurn): NormalisedText {
  const cached = normalisedTurns.get(turn);
  if (cached?.text === turn.text) return cached.value;
  const value = normaliseWithMap(turn.text);
  normalisedTurns.set(turn, { text: turn.text, value });
  return value;
}

/**
 * Normalises text while remembering, for every output character, the index of the input
 * character it came from, so a match in normalised text can be mapped back to the original.
 */
function normaliseWithMap(text: string): NormalisedText {
  const chars: string[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    let mapped: string;
    if (ch === '‘' || ch === '’' || ch === 'ʼ' || ch === '`' || ch === '´') mapped = "'";
    else if (ch === '“' || ch === '”' || ch === '„') mapped = '"';
    else mapped = ch.normalize('NFKC').toLowerCase();
    for (const m of mapped) {
      // Everything that is not a letter, digit or apostrophe separates words, like a space.
      chars.push(/[\p{L}\p{N}']/u.test(m) ? m : ' ');
      origin.push(i);
    }
    i += ch.length;
  }
  const outChars: string[] = [];
  const outOrigin: number[] = [];
  for (let k = 0; k < chars.length; k++) {
    let c = chars[k] ?? ' ';
    // An apostrophe counts only inside a word (don't, O'Brien); quoting marks become spaces.
    if (c === "'" && !(isWordChar(chars[k - 1]) && isWordChar(chars[k + 1]))) c = ' ';
    if (c === ' ' && (outChars.length === 0 || outChars[outChars.length - 1] === ' ')) continue;
    outChars.push(c);
    outOrigin.push(origin[k] ?? 0);
  }
  if (outChars[outChars.length - 1] === ' ') {
    outChars.pop();
    outOrigin.pop();
  }
  return { norm: outChars.join(''), origin: outOrigin };
}

/**
 * Lowercases, unifies curly quotes, turns punctuation into word breaks (keeping apostrophes
 * inside words) and folds whitespace, so a quote can be compared with the transcript while
 * ignoring how either was punctuated or capitalised.
 */
export function normaliseForEvidence(text: string): string {
  return normaliseWithMap(text).norm;
}

/**
 * Accepts a quote only if its normalised words appear, contiguously and on word boundaries, in
 * the normalised text of one candidate turn. Agent turns are never searched, whatever the caller
 * passes: quoting the interviewer is not evidence of what the candidate knows. The returned
 * quote is the candidate's original wording (the transcript's span), not the quoter's version.
 */
export function findEvidence(
  quote: string,
  candidateTurns: readonly TranscriptTurn[],
): Evidence | null {
  if (typeof quote !== 'string') return null;
  const needle = normaliseForEvidence(quote);
  if (!needle || needle.split(' ').length < MIN_EVIDENCE_WORDS) return null;
  for (const turn of candidateTurns) {
    if (turn.role !== 'user') continue;
    const { norm, origin } = normaliseTurn(turn);
    const at = ` ${norm} `.indexOf(` ${needle} `);
    if (at < 0) continue;
    // `at` indexes the padded string, so it is already the offset of the match in `norm`.
    const first = origin[at];
    const last = origin[at + needle.length - 1];
    if (first === undefined || last === undefined) continue;
    const lastChar = turn.text.codePointAt(last) ?? 0;
    const span = turn.text.slice(first, last + (lastChar > 0xffff ? 2 : 1));
    const evidence: Evidence = { quote: span.replace(/\s+/g, ' ').trim() };
    if (typeof turn.startMs === 'number' && Number.isFinite(turn.startMs) && turn.startMs >= 0) {
      evidence.startMs = turn.startMs;
    }
    return evidence;
  }
  return null;
}

/** An integer score in 0..100, or null when the input is not a finite number (or numeric text). */
export function clampScore(n: unknown): number | null {
  let value: number;
  if (typeof n === 'number') value = n;
  else if (typeof n === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(n)) value = Number(n);
  else return null;
  if (!Number.isFinite(value)) return null;
  return Math.min(100, Math.max(0, Math.round(value)));
}

/**
 * The overall score: the rounded mean of the category scores that could be given (a category
 * the transcript cannot support has none), computed here, never by a model.
 */
export function computeTotalScore(categoryScores: readonly { score: number | null }[]): number {
  const scores = categoryScores.map((c) => clampScore(c.score)).filter((s) => s !== null);
  if (scores.length === 0) return 0;
  return clampScore(scores.reduce((a, b) => a + b, 0) / scores.length) ?? 0;
}
