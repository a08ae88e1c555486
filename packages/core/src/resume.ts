import { z } from 'zod';
import { normalizeMultiLine } from './text';
import { RESUME_LIMITS, RESUME_STORAGE } from './constants';

/**
 * The candidate's résumé: limits, how its text is cleaned, and how an uploaded file is checked
 * before anything reads it. Shared by the create form (which extracts the text in the browser),
 * the createInterview callable and the question engines, so all of them agree.
 */

/**
 * Text taken from a document (a PDF's text layer, a Word file, a pasted résumé) cleaned for
 * reading and prompting: compatibility forms folded (the "ﬁ" ligature becomes "fi", full-width
 * letters become ASCII), spaces folded, each line trimmed and runs of blank lines reduced to one. The rules of normalizeMultiLine apply
 * first (controls and invisible formatting removed); nothing visible is left out.
 */
export function normalizeResumeText(text: string): string {
  return normalizeMultiLine(text.normalize('NFKC'))
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The résumé part of the create-interview request. Empty text means no résumé; the length
 * limit applies to the text as received, as for the job description.
 */
const TOO_LONG = `Résumé must be at most ${RESUME_LIMITS.text.toLocaleString('en-US')} characters`;

export const resumeInputSchema = z
  .object({
    // Checked again after cleaning: folding a ligature can lengthen the text a little.
    text: z
      .string({ error: 'Résumé must be text' })
      .max(RESUME_LIMITS.text, TOO_LONG)
      .transform(normalizeResumeText)
      .pipe(z.string().max(RESUME_LIMITS.text, TOO_LONG)),
    storage: z.enum(RESUME_STORAGE, { error: 'Choose whether to keep the résumé' }),
  })
  .transform((resume) => (resume.text !== '' ? resume : undefined))
  // Outside the transform, so the field stays optional in the parsed type as well.
  .optional();

// ---------------------------------------------------------------- checking an uploaded file

export type ResumeFileKind = 'pdf' | 'docx' | 'text';

export type ResumeFileProblem =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'empty' }
  | { kind: 'unsupported' }
  | { kind: 'mislabelled'; claimed: ResumeFileKind }
  // Found while reading a file that passed the checks above.
  | { kind: 'encrypted' }
  | { kind: 'no-text'; file: ResumeFileKind }
  | { kind: 'unreadable'; file: ResumeFileKind };

const EXTENSIONS: Readonly<Record<string, ResumeFileKind>> = {
  pdf: 'pdf',
  docx: 'docx',
  txt: 'text',
  text: 'text',
  md: 'text',
};

/** What a file says it is, by its name (the browser's MIME type is taken from the name too). */
export function claimedResumeKind(fileName: string): ResumeFileKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === undefined ? null : (EXTENSIONS[ext] ?? null);
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function indexOf(bytes: Uint8Array, needle: Uint8Array, from = 0, to = bytes.length): number {
  const last = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = from; i <= last; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

const PDF_MAGIC = ascii('%PDF-');
const ZIP_MAGIC = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
const DOCX_PART = ascii('word/document.xml');

/**
 * Whether the bytes are what the name says: a PDF starts with `%PDF-` (readers accept it within
 * the first kilobyte), a DOCX is a zip (`PK\3\4`) holding `word/document.xml` (zip entry names
 * are stored uncompressed, so the name is in the bytes), and a text file is valid UTF-8 with no
 * NUL bytes.
 */
function looksLike(kind: ResumeFileKind, bytes: Uint8Array): boolean {
  switch (kind) {
    case 'pdf':
      return indexOf(bytes, PDF_MAGIC, 0, 1024 + PDF_MAGIC.length) !== -1;
    case 'docx':
      return indexOf(bytes, ZIP_MAGIC, 0, ZIP_MAGIC.length) === 0 && indexOf(bytes, DOCX_PART) > 0;
    case 'text':
      if (bytes.includes(0)) return false;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
  }
}

/**
 * Checks an uploaded résumé before it is parsed: its size, that its type is one we read, and
 * that its contents are what its extension says. Returns the kind to parse it as.
 */
export function checkResumeFile(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; kind: ResumeFileKind } | { ok: false; problem: ResumeFileProblem } {
  if (bytes.length > RESUME_LIMITS.fileBytes) {
    return { ok: false, problem: { kind: 'too-large', bytes: bytes.length } };
  }
  const claimed = claimedResumeKind(fileName);
  if (claimed === null) return { ok: false, problem: { kind: 'unsupported' } };
  if (bytes.length === 0) return { ok: false, problem: { kind: 'empty' } };
  if (!looksLike(claimed, bytes)) return { ok: false, problem: { kind: 'mislabelled', claimed } };
  return { ok: true, kind: claimed };
}

const KIND_NAMES: Record<ResumeFileKind, string> = {
  pdf: 'a PDF',
  docx: 'a Word document',
  text: 'a UTF-8 text file',
};

/** Rounded up, so a file just over the limit never reads as the limit itself. */
const megabytes = (bytes: number) =>
  `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;

/** The candidate's sentence for a file that cannot be used. */
export function describeResumeFileProblem(problem: ResumeFileProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return `That file is ${megabytes(problem.bytes)}. A résumé file can be at most ${megabytes(RESUME_LIMITS.fileBytes)}.`;
    case 'empty':
      return 'That file is empty.';
    case 'unsupported':
      return 'Upload a PDF, a Word document (.docx) or a plain-text file (.txt), or paste the text.';
    case 'mislabelled':
      return `That file's name says it is ${KIND_NAMES[problem.claimed]}, but its contents are not. Save it again in that format, or paste the text.`;
    case 'encrypted':
      return 'That PDF is protected with a password, so its text cannot be read. Save a copy without the password, or paste the text.';
    case 'no-text':
      return problem.file === 'pdf'
        ? 'That PDF has no text to read: it looks like a scan or a picture of the pages. Upload the document it was made from, or paste the text.'
        : 'That file has no text in it.';
    case 'unreadable':
      return `That file could not be read as ${KIND_NAMES[problem.file]}: it may be damaged. Save it again, or paste the text.`;
  }
}
