import { z } from 'zod';
import { type Question } from '../schemas';
import { LIMITS, QUESTION_KINDS } from '../constants';

/**
 * Characters a voice agent reads naturally. Anything else (code punctuation, math, arrows,
 * dingbats) is either spoken literally ("open brace") or skipped unpredictably, so it is refused
 * rather than guessed at.
 */
const SPEAKABLE_CHAR = /[\p{L}\p{M}\p{N} .,?!'"’‘“”\-–—():/&%$+#£€]/u;

/** Ordered so the first matching rule gives the most specific reason. */
const VOICE_RULES: readonly (readonly [RegExp, string])[] = [
  [/```/, 'contains a code block'],
  [/`/, 'contains a backtick'],
  [/[\r\n\u2028\u2029]/, 'spans several lines'],
  [
    /\b(?:https?|ftp):\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|org|gov|edu)\b/i,
    'contains a URL or web address',
  ],
  [/^\s*(?:[-*+•▪◦]|\d{1,2}[.)])\s/, 'starts with a list marker'],
  [/^\s*#/, 'starts with a markdown heading'],
  [/\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{20E3}/u, 'contains an emoji'],
  [/=>|==|!=|&&|\|\||->|::|[+\-*/%]=/, 'contains code operators'],
  [/[{}]/, 'contains braces'],
  [/[[\]]/, 'contains square brackets'],
  [/[<>‹›⟨⟩〈〉＜＞]/, 'contains angle brackets'],
  [/;/, 'contains a semicolon'],
  [/\w\(|\(\s*\)/, 'looks like a function call'],
  [/(?:^|\s)--\w/, 'looks like a command-line flag'],
  [/(?:^|\s)\/\w|\w\/\w+\/\w/, 'contains a file path'],
  // "C#" and "F#" are spoken fine; any other hash is a heading, hashtag or code.
  [/(?<![CF])#/, 'contains a hash sign'],
];

/**
 * Why `text` would sound wrong when read aloud by a voice agent, or null when it is fine.
 * Separate from `isVoiceFriendly` so callers can log or surface the reason.
 */
export function voiceFriendlyProblem(text: string): string | null {
  if (text.trim() === '') return 'is empty';
  for (const [pattern, reason] of VOICE_RULES) {
    if (pattern.test(text)) return reason;
  }
  for (const ch of text) {
    if (!SPEAKABLE_CHAR.test(ch)) {
      const printable = /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch);
      const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
      return `contains the character ${printable ? `"${ch}"` : code}`;
    }
  }
  if (!/\p{L}/u.test(text)) return 'has no words';
  return null;
}

/** True when `text` is plain spoken English a voice agent can read without tripping over it. */
export function isVoiceFriendly(text: string): boolean {
  return voiceFriendlyProblem(text) === null;
}

/**
 * Deliberately loose about each item's text: length, emptiness and wording get their own checks
 * below so the failure reason names the question at fault instead of a zod path.
 */
const looseQuestionsSchema = z.object({
  questions: z.array(
    z.object({
      text: z.string(),
      kind: z.enum(QUESTION_KINDS),
      resumeClaim: z.string().nullish(),
    }),
  ),
});

export type ParseQuestionsResult =
  { ok: true; questions: Question[] } | { ok: false; reason: string };

/** Models often wrap JSON in a markdown fence despite being asked not to. */
function stripJsonFence(raw: string): string {
  const trimmed = raw.trim();
  const whole = /^```[a-zA-Z]*\s*([\s\S]*?)\s*```$/.exec(trimmed);
  if (whole?.[1] !== undefined) return whole[1];
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return trimmed;
  const inner = /```(?:json|JSON)?\s*([\s\S]*?)\s*```/.exec(trimmed);
  return inner?.[1] ?? trimmed;
}

/** Same question phrased with different case, spacing or punctuation still counts as a repeat. */
function duplicateKey(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function shapeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'response does not match the expected shape';
  const [, index, field] = issue.path;
  if (typeof index === 'number') {
    const label = `question ${String(index + 1)}`;
    if (field === 'kind') return `${label} has an invalid kind`;
    if (field === 'text') return `${label} has no text`;
    return `${label} is not an object with text and kind`;
  }
  return 'response has no questions list';
}

/** Letters and digits only, in one case: a claim copied with other spacing or quotes still matches. */
function claimKey(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Turns a model's text output into the interview's questions, or says in a short sentence why it
 * cannot. More questions than asked for are truncated (the extra ones are never checked or
 * stored); fewer is a failure, since padding would silently mix in questions the model never
 * wrote.
 *
 * With a résumé, at least one question must be about it, and every question that says it is
 * must name a claim that is really in the résumé (whole words, ignoring case and punctuation):
 * a question that puts words in the candidate's mouth is refused like any other bad output.
 */
export function parseGeneratedQuestions(
  raw: string,
  expectedCount: number,
  resume?: string,
): ParseQuestionsResult {
  if (!Number.isInteger(expectedCount) || expectedCount < 1) {
    return { ok: false, reason: `invalid expected count ${String(expectedCount)}` };
  }

  let data: unknown;
  try {
    data = JSON.parse(stripJsonFence(raw));
  } catch {
    return { ok: false, reason: 'response is not valid JSON' };
  }
  // A bare array is the same content without the wrapper object; accepting it costs nothing.
  if (Array.isArray(data)) data = { questions: data };

  const parsed = looseQuestionsSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: shapeProblem(parsed.error) };

  const items = parsed.data.questions;
  if (items.length < expectedCount) {
    return {
      ok: false,
      reason: `expected ${String(expectedCount)} questions, got ${String(items.length)}`,
    };
  }

  const resumeKey = resume === undefined || resume.trim() === '' ? null : claimKey(resume);
  let fromResume = 0;
  const questions: Question[] = [];
  const seen = new Map<string, number>();
  for (const [i, item] of items.slice(0, expectedCount).entries()) {
    const label = `question ${String(i + 1)}`;
    const text = item.text.trim().replace(/[ \t\u00a0]+/g, ' ');
    if (text === '') return { ok: false, reason: `${label} is empty` };
    if (text.length > LIMITS.questionText) {
      return {
        ok: false,
        reason: `${label} is longer than ${String(LIMITS.questionText)} characters`,
      };
    }
    const problem = voiceFriendlyProblem(text);
    if (problem) return { ok: false, reason: `${label} is not suitable for voice: ${problem}` };
    const key = duplicateKey(text);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      return { ok: false, reason: `${label} duplicates question ${String(earlier + 1)}` };
    }
    seen.set(key, i);
    const claim = claimKey(item.resumeClaim ?? '');
    if (resumeKey !== null && claim.trim() !== '') {
      if (claim.trim().length < 3 || !resumeKey.includes(claim)) {
        return { ok: false, reason: `${label} names a claim that is not in the résumé` };
      }
      fromResume++;
    }
    questions.push({ id: `q${String(i + 1)}`, text, kind: item.kind });
  }
  if (resumeKey !== null && fromResume === 0) {
    return { ok: false, reason: 'no question is about the résumé' };
  }
  return { ok: true, questions };
}
