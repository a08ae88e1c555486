/**
 * Text a person typed, made safe to store, show and put in a prompt. One home for the rules, so
 * the web form, the callables and the prompt builders agree on what counts as text.
 *
 * Invisible format characters are removed: zero-width characters (U+200B-U+200D, U+2060-U+2064,
 * U+FEFF) and the bidirectional controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069).
 * They let a field look empty while it is not ("Role is required" must hold for a role nobody can
 * see) and let stored text read differently from what it says (an override reverses the rest of
 * a line). One exception: a zero-width joiner between two emoji is part of one visible emoji
 * (👨‍👩‍👧), so it stays.
 */

/** A zero-width joiner that does not join two emoji (an emoji may carry U+FE0F or a skin tone). */
const STRAY_ZWJ =
  /(?<!\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const INVISIBLE_FORMAT =
  /[\u200B\u200C\u2060-\u2064\uFEFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Whether some character in the text can be seen: not whitespace, a control or format
 * character, a lone combining mark, a default-ignorable code point (the Hangul fillers look like
 * letters to a regex but print nothing) or the blank braille pattern.
 */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/** Removes the invisible format characters listed above, keeping emoji joiners. */
export function removeInvisibleFormatting(text: string): string {
  return text.replace(INVISIBLE_FORMAT, '').replace(STRAY_ZWJ, '');
}

/**
 * One line of text (a role, a name, a technology): controls become spaces, invisible formatting
 * goes, runs of whitespace fold to one space, and the ends are trimmed. Text with nothing
 * visible in it becomes empty, so a required field reports itself as missing.
 */
export function normalizeSingleLine(text: string): string {
  const line = removeInvisibleFormatting(text)
    // eslint-disable-next-line no-control-regex -- replacing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return hasVisibleText(line) ? line : '';
}

/**
 * Text of several lines (a job description, an answer): line breaks are kept (and unified to
 * `\n`), tabs too; other controls become spaces and invisible formatting goes, as in one line.
 * Trimmed at both ends; text with nothing visible in it becomes empty.
 */
export function normalizeMultiLine(text: string): string {
  const body = removeInvisibleFormatting(text)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    // eslint-disable-next-line no-control-regex -- replacing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ')
    .trim();
  return hasVisibleText(body) ? body : '';
}

/**
 * A UTF-16 surrogate without its other half (a broken emoji, typically from text cut in the
 * middle). JSON can carry one, but UTF-8 cannot encode it, so Firestore refuses the string.
 */
export const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Text Firestore can store: each half of a broken surrogate pair becomes U+FFFD. */
export function toStorableText(text: string): string {
  return text.replace(LONE_SURROGATES, '\uFFFD');
}

/** Whether text says anything: a letter or a digit. Punctuation or silence alone is no answer. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Whether the candidate spoke: some turn of theirs has words. The one rule for "is there
 * anything to score", shared by the webhook, the practice transcript, scoring and rescoring.
 */
export function hasSpoken(transcript: readonly { role: string; text: string }[]): boolean {
  return transcript.some((turn) => turn.role === 'user' && hasWords(turn.text));
}
