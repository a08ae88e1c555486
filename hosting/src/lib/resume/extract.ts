import {
  checkResumeFile,
  describeResumeFileProblem,
  normalizeResumeText,
  RESUME_LIMITS,
  type ResumeFileKind,
  type ResumeFileProblem,
} from '@candor/core';

export type ResumeExtraction =
  { ok: true; text: string; kind: ResumeFileKind } | { ok: false; message: string };

class ReadProblem extends Error {
  constructor(readonly problem: ResumeFileProblem) {
    super(problem.kind);
  }
}

const failed = (problem: ResumeFileProblem): ResumeExtraction => ({
  ok: false,
  message: describeResumeFileProblem(problem),
});

/** pdf.js names its errors; a password the empty one does not open is a PasswordException. */
const errorName = (error: unknown) =>
  typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';

async function pdfText(bytes: Uint8Array): Promise<string> {
  // Loaded on first use only: pdf.js is far larger than the whole form.
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given; hand it a copy.
    pdf = await getDocumentProxy(bytes.slice());
  } catch (error) {
    throw new ReadProblem(
      errorName(error) === 'PasswordException'
        ? { kind: 'encrypted' }
        : { kind: 'unreadable', file: 'pdf' },
    );
  }
  try {
    const { text } = await extractText(pdf, { mergePages: true });
    return text;
  } finally {
    void pdf.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ arrayBuffer: bytes.slice().buffer });
    return value;
  } catch {
    throw new ReadProblem({ kind: 'unreadable', file: 'docx' });
  }
}

/**
 * The text of a résumé file, read in the browser, or the sentence that says why it cannot be
 * used. The file is checked (size, type, magic bytes) before any parser sees it, and the text
 * comes back cleaned as the server will clean it, so what the form shows is what is sent.
 */
export async function extractResumeText(file: File): Promise<ResumeExtraction> {
  // Refused before reading it into memory.
  if (file.size > RESUME_LIMITS.fileBytes) return failed({ kind: 'too-large', bytes: file.size });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checked = checkResumeFile(file.name, bytes);
  if (!checked.ok) return failed(checked.problem);
  const { kind } = checked;
  try {
    const raw =
      kind === 'pdf'
        ? await pdfText(bytes)
        : kind === 'docx'
          ? await docxText(bytes)
          : new TextDecoder('utf-8').decode(bytes);
    const text = normalizeResumeText(raw);
    if (text === '') return failed({ kind: 'no-text', file: kind });
    return { ok: true, text, kind };
  } catch (error) {
    if (error instanceof ReadProblem) return failed(error.problem);
    return failed({ kind: 'unreadable', file: kind });
  }
}
