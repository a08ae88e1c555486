import type { DeliveryMetrics, TranscriptTurn } from '../schemas';
import { isPause, isSentenceBreak, round, tokenise, type WordToken } from './text';

/** The filler words and phrases counted in delivery metrics, in the order they are reported. */
export const FILLER_WORDS = [
  'um',
  'uh',
  'er',
  'ah',
  'like',
  'you know',
  'i mean',
  'sort of',
  'kind of',
  'basically',
  'actually',
  'literally',
  'so',
] as const;
export type FillerWord = (typeof FILLER_WORDS)[number];

/**
 * Speaking pace assumed only to turn a filler count into a per-minute rate when the transcript
 * has no timings and no call duration is known. Typical conversational English is 130-160 wpm.
 */
export const ASSUMED_SPEAKING_RATE_WPM = 150;

/**
 * A merged run of candidate turns needs this many non-filler words to count as an answer, so
 * "Yes." or "Um, okay" after a greeting is not counted as answering something.
 */
export const MIN_ANSWER_WORDS = 5;

export interface DeliveryOptions {
  /** Wall-clock length of the whole call, used only when the turns carry no timings. */
  durationMs?: number | null;
}

export type SpeakingTimeSource = 'timestamps' | 'duration' | 'estimate' | 'none';

export interface FillerHit {
  filler: FillerWord;
  /** Index of the filler's first word in `tokenise(text)`. */
  index: number;
  /** Number of words the filler spans (1 or 2). */
  words: number;
}

function vocalFiller(word: string): 'um' | 'uh' | 'er' | 'ah' | null {
  if (/^u+h*m+$/.test(word)) return 'um';
  if (/^u+h+$/.test(word)) return 'uh';
  if (/^e+r+m*$/.test(word)) return 'er';
  if (/^a+h+$/.test(word)) return 'ah';
  return null;
}

// Words after which "like" is a verb or a comparison ("I like", "would like", "looks like",
// "things like"), not a filler, unless a pause separates them.
const LIKE_NOT_FILLER_AFTER = new Set([
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'would',
  "i'd",
  "you'd",
  "we'd",
  "they'd",
  'to',
  "don't",
  "didn't",
  "doesn't",
  'not',
  'really',
  'feel',
  'feels',
  'felt',
  'look',
  'looks',
  'looked',
  'looking',
  'sound',
  'sounds',
  'sounded',
  'seem',
  'seems',
  'seemed',
  'things',
  'stuff',
  'something',
  'anything',
  'nothing',
  'much',
  'more',
]);

// "what kind of", "a sort of", "the kind of": here the phrase classifies, it does not hedge.
const KIND_OF_NOT_FILLER_AFTER = new Set([
  'a',
  'an',
  'the',
  'what',
  'which',
  'this',
  'that',
  'these',
  'those',
  'any',
  'some',
  'every',
  'each',
  'no',
  'one',
  'same',
  'different',
  'another',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'all',
  'many',
  'other',
  'whatever',
]);

// "do you know", "if you know": a real question or condition, not a filler.
const YOU_KNOW_NOT_FILLER_AFTER = new Set([
  'do',
  'did',
  'does',
  "don't",
  "didn't",
  "doesn't",
  'if',
  'whether',
  'would',
  'could',
  'will',
  'should',
  'might',
  'may',
  'as',
]);

/**
 * Finds filler words in one piece of text. Vocal fillers and the hedge adverbs always count;
 * "like", "you know", "i mean", "sort of"/"kind of" and "so" count only in the positions where
 * they are fillers, judged from the pauses (punctuation) around them and the word before. When
 * in doubt a word is not counted, so the metric under-reports rather than nags.
 */
export function findFillers(text: string): FillerHit[] {
  const tokens = tokenise(text);
  const hits: FillerHit[] = [];
  const isVocal = (t: WordToken | undefined) => t !== undefined && vocalFiller(t.word) !== null;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const atStart = i === 0;
    const sentenceStart = isSentenceBreak(t.gapBefore, atStart);
    if (next && /^\s*$/.test(t.gapAfter)) {
      const pair = `${t.word} ${next.word}`;
      const afterPair = tokens[i + 2];
      const pairEndsInPause =
        afterPair === undefined || isPause(next.gapAfter) || /[.!?]/.test(next.gapAfter);
      // The word directly before, if no pause separates it from this one.
      const joinedPrev = prev && /^\s*$/.test(t.gapBefore) ? prev.word : null;
      let filler: FillerWord | null = null;
      if (pair === 'you know') {
        const blocked = joinedPrev !== null && YOU_KNOW_NOT_FILLER_AFTER.has(joinedPrev);
        if (!blocked && (pairEndsInPause || isVocal(afterPair))) filler = 'you know';
      } else if (pair === 'i mean') {
        const afterWhat = joinedPrev === 'what';
        if (!afterWhat && (pairEndsInPause || sentenceStart || isVocal(prev))) filler = 'i mean';
      } else if (pair === 'sort of' || pair === 'kind of') {
        const classifies = joinedPrev !== null && KIND_OF_NOT_FILLER_AFTER.has(joinedPrev);
        // "kind of" at the very end ("that kind of.") is cut-off speech rather than a hedge.
        if (!classifies && afterPair !== undefined) filler = pair;
      }
      if (filler) {
        hits.push({ filler, index: i, words: 2 });
        i++;
        continue;
      }
    }

    const vocal = vocalFiller(t.word);
    if (vocal) {
      hits.push({ filler: vocal, index: i, words: 1 });
      continue;
    }
    if (t.word === 'basically' || t.word === 'actually' || t.word === 'literally') {
      hits.push({ filler: t.word, index: i, words: 1 });
      continue;
    }
    if (t.word === 'like') {
      const pauseBefore = !atStart && isPause(t.gapBefore);
      const pauseAfter = next !== undefined && isPause(t.gapAfter);
      const blocked = !pauseBefore && prev !== undefined && LIKE_NOT_FILLER_AFTER.has(prev.word);
      if (!blocked && (pauseBefore || pauseAfter || isVocal(next) || isVocal(prev))) {
        hits.push({ filler: 'like', index: i, words: 1 });
      }
      continue;
    }
    if (t.word === 'so' && next !== undefined) {
      if (sentenceStart || (isVocal(prev) && !/[.!?]/.test(t.gapBefore))) {
        hits.push({ filler: 'so', index: i, words: 1 });
      }
    }
  }
  return hits;
}

/** Consecutive candidate turns joined into one answer each (the candidate pausing mid-answer). */
export function mergeCandidateTurns(transcript: readonly TranscriptTurn[]): string[] {
  const blocks: string[] = [];
  let current: string[] | null = null;
  for (const turn of transcript) {
    if (turn.role === 'user') {
      current ??= [];
      current.push(turn.text);
    } else if (current) {
      blocks.push(current.join(' '));
      current = null;
    }
  }
  if (current) blocks.push(current.join(' '));
  return blocks;
}

/** Words the candidate said, fillers excluded. */
export function substantiveWordCount(text: string): number {
  const words = tokenise(text).length;
  const fillerWords = findFillers(text).reduce((n, h) => n + h.words, 0);
  return words - fillerWords;
}

function timed(turn: TranscriptTurn): number | null {
  const { startMs, endMs } = turn;
  if (startMs === undefined || endMs === undefined) return null;
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs <= startMs) return null;
  return endMs - startMs;
}

/**
 * How long the candidate spoke, and how that was known. In order of preference: the candidate's
 * own turn timings (turns without timings are assumed to go at the pace of the timed ones); the
 * call duration split by share of words (assumes both sides speak at a similar pace); the word
 * count at ASSUMED_SPEAKING_RATE_WPM.
 */
export function estimateCandidateSpeakingMs(
  transcript: readonly TranscriptTurn[],
  options: DeliveryOptions = {},
): { ms: number; source: SpeakingTimeSource } {
  let candidateWords = 0;
  let allWords = 0;
  let timedWords = 0;
  let timedMs = 0;
  for (const turn of transcript) {
    const words = tokenise(turn.text).length;
    allWords += words;
    if (turn.role !== 'user') continue;
    candidateWords += words;
    const ms = timed(turn);
    if (ms !== null && words > 0) {
      timedWords += words;
      timedMs += ms;
    }
  }
  if (candidateWords === 0) return { ms: 0, source: 'none' };
  if (timedWords > 0 && timedMs > 0) {
    return { ms: (candidateWords * timedMs) / timedWords, source: 'timestamps' };
  }
  const duration = options.durationMs;
  if (typeof duration === 'number' && Number.isFinite(duration) && duration > 0) {
    return { ms: (duration * candidateWords) / allWords, source: 'duration' };
  }
  return { ms: (candidateWords / ASSUMED_SPEAKING_RATE_WPM) * 60_000, source: 'estimate' };
}

/**
 * Deterministic delivery metrics for the candidate's side of a transcript.
 *
 * wordsPerMinute is 0 when the pace cannot be measured (no turn timings and no durationMs):
 * reporting the assumed pace back would present a made-up number as a measurement. The filler
 * rate is still given in that case, per estimated minute at ASSUMED_SPEAKING_RATE_WPM.
 * fillerWords lists only fillers that occurred.
 */
export function computeDeliveryMetrics(
  transcript: readonly TranscriptTurn[],
  options: DeliveryOptions = {},
): DeliveryMetrics {
  let candidateWords = 0;
  let allWords = 0;
  const counts = new Map<FillerWord, number>();
  let fillerTotal = 0;
  for (const turn of transcript) {
    const words = tokenise(turn.text).length;
    allWords += words;
    if (turn.role !== 'user') continue;
    candidateWords += words;
    for (const hit of findFillers(turn.text)) {
      counts.set(hit.filler, (counts.get(hit.filler) ?? 0) + 1);
      fillerTotal++;
    }
  }

  const { ms, source } = estimateCandidateSpeakingMs(transcript, options);
  const minutes = ms / 60_000;
  const measured = source === 'timestamps' || source === 'duration';

  const fillerWords: Record<string, number> = {};
  for (const filler of FILLER_WORDS) {
    const n = counts.get(filler);
    if (n) fillerWords[filler] = n;
  }

  const blocks = mergeCandidateTurns(transcript);
  return {
    wordsPerMinute: measured && minutes > 0 ? round(candidateWords / minutes, 1) : 0,
    fillerWordsPerMinute: minutes > 0 ? round(fillerTotal / minutes, 1) : 0,
    fillerWords,
    talkRatio: allWords > 0 ? round(candidateWords / allWords, 2) : 0,
    answerCount: blocks.filter((b) => substantiveWordCount(b) >= MIN_ANSWER_WORDS).length,
    longestAnswerWords: blocks.reduce((max, b) => Math.max(max, tokenise(b).length), 0),
  };
}
