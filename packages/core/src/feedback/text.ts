/**
 * Small text helpers shared by the metrics, the answer alignment and the offline scorer. Kept
 * deliberately simple and deterministic: the same transcript must always give the same numbers.
 */

/** A word as written, with the text between it and its neighbours (where pauses show up). */
export interface WordToken {
  /** Lowercased, curly apostrophes folded, surrounding punctuation removed. */
  word: string;
  /** Raw text between the previous word (or the start of the text) and this one. */
  gapBefore: string;
  /** Raw text between this word and the next one (or the end of the text). */
  gapAfter: string;
  start: number;
  end: number;
}

// Hyphens, inner apostrophes and digit separators keep a word whole so "don't", "well-known"
// and "1,500" count as one word each, as a listener would hear them.
const WORD_RE = /[\p{L}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

export function tokenise(text: string): WordToken[] {
  const matches = [...text.matchAll(WORD_RE)];
  return matches.map((m, i) => {
    const start = m.index;
    const end = start + m[0].length;
    const prev = matches[i - 1];
    const next = matches[i + 1];
    const prevEnd = prev ? prev.index + prev[0].length : 0;
    const nextStart = next ? next.index : text.length;
    return {
      word: m[0].toLowerCase().replace(/’/g, "'"),
      gapBefore: text.slice(prevEnd, start),
      gapAfter: text.slice(end, nextStart),
      start,
      end,
    };
  });
}

/** True when the gap holds a sentence boundary (or is the edge of the text). */
export function isSentenceBreak(gap: string, atEdge: boolean): boolean {
  return atEdge || /[.!?]/.test(gap);
}

/** True when the gap holds a spoken pause marker: comma, dash, ellipsis, colon or semicolon. */
export function isPause(gap: string): boolean {
  return /[,;:…—–]|\s-\s|\.\.\./.test(gap);
}

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then so of to in on at by for with from into onto about over under ' +
    'as is are was were be been being am do does did done have has had having i me my mine we us ' +
    'our you your yours he she it its they them their this that these those there here what which ' +
    'who whom whose when where why how would could should can will shall may might must not no ' +
    'yes just also very really some any each every all both more most other such than too up out ' +
    'tell describe explain walk through give example talk share let lets let’s please question ' +
    'like um uh er ah okay ok well now next thanks thank great good sure right one'
  ).split(/\s+/),
);

/**
 * A crude suffix-stripping stem: enough for "caching"/"cache"/"cached" or "services"/"service"
 * to meet, without a dictionary. Over-stemming is harmless here because both sides of every
 * comparison go through the same function.
 */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  for (const suffix of ['ing', 'ed', 'es', 'ly', 's', 'e']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) return w.slice(0, -suffix.length);
  }
  return w;
}

/** Stemmed content words of a text, in order of first appearance, without duplicates. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const { word } of tokenise(text)) {
    for (const part of word.split('-')) {
      if (part.length < 2 || STOP_WORDS.has(part)) continue;
      const s = stem(part);
      if (!out.includes(s)) out.push(s);
    }
  }
  return out;
}

/**
 * Whether two stems name the same thing. A shared prefix of four or more letters also counts so
 * "team" meets "teammate" and "test" meets "testing"; shorter stems must match exactly.
 */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

export function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}
