import { execFile } from 'node:child_process';

// unpdf (pdf.js) ships as ES modules, which this CommonJS Jest setup cannot load; a separate
// Node process reads the file instead, exactly as any other PDF reader would.
const READER = `
import { extractText, getDocumentProxy } from 'unpdf';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const password = process.env.PDF_PASSWORD;
const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)), password ? { password } : {})
  .catch((error) => {
    process.stderr.write(\`\${error.name}: \${error.message}\`);
    process.exit(1);
  });
const { totalPages, text } = await extractText(pdf, { mergePages: true });
const page = await pdf.getPage(1);
const [, , width, height] = page.view;
process.stdout.write(JSON.stringify({ totalPages, text, width, height }));
`;

export interface PdfText {
  totalPages: number;
  /** The text of every page, joined. */
  text: string;
  /** The first page's size in PDF points (A4 is 595 x 842, Letter 612 x 792). */
  width: number;
  height: number;
}

/**
 * Parses a PDF with pdf.js and returns its text: fails if the bytes are not a valid PDF, or are
 * encrypted and `password` does not open them (pdf.js's PasswordException).
 */
export function readPdf(bytes: Buffer, password?: string): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', READER],
      {
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, PDF_PASSWORD: password ?? '' },
      },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`could not read the PDF: ${stderr || error.message}`));
          return;
        }
        resolve(JSON.parse(stdout) as PdfText);
      },
    );
    child.stdin?.end(bytes);
  });
}
