import { COLLECTIONS, normalizeResumeText, type Question } from '@candor/core';
import type { Browser, Page } from 'playwright-core';
import { TECHNOLOGIES } from '../../packages/core/src/questions/bank-data';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, newPage, waitForWebApp } from '../support/browser';
import { readPdf } from '../support/pdf';
import { docx, encryptedPdf, imageOnlyPdf, PNG_BYTES, textPdf, zip } from '../support/resume-files';
import { signUp } from './flows';

let browser: Browser;

beforeAll(async () => {
  await waitForWebApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** No stack is typed in these tests: the résumé's Go and PostgreSQL must choose those questions. */
const RESUME = [
  'Ada Park',
  'Backend Engineer, Bookly (2019 to now)',
  'Led the move from cron jobs to Kafka for booking events',
  'Built the booking service in Go and PostgreSQL',
  'Café evenings: taught a weekly coding club',
];
const FROM_RESUME = new Set(
  TECHNOLOGIES.filter((t) => t.key === 'go' || t.key === 'postgres').flatMap((t) =>
    t.questions.map((q) => q.id),
  ),
);

const isInterviewPage = (url: URL) =>
  /^\/interviews\/[\w-]+$/.test(url.pathname) && url.pathname !== '/interviews/new';

async function openForm(page: Page, name: string): Promise<{ uid: string }> {
  const { email } = await signUp(page, name);
  await page.getByRole('link', { name: 'New interview' }).click();
  await page.waitForURL('**/interviews/new');
  await page.getByLabel('Role', { exact: true }).fill('Backend Engineer');
  await page.getByLabel('Level').selectOption('mid');
  const { uid } = await adminAuth().getUserByEmail(email);
  return { uid };
}

const upload = (page: Page, name: string, mimeType: string, buffer: Buffer) =>
  page.getByLabel('Upload a résumé file').setInputFiles({ name, mimeType, buffer });

const resumeBox = (page: Page) => page.getByLabel('Résumé text');

async function createAndOpen(page: Page) {
  await page.getByRole('button', { name: 'Create interview' }).click();
  await page.waitForURL(isInterviewPage);
  const interviewId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const questions = page.getByRole('list', { name: 'Questions' });
  await questions.waitFor();
  const stored = await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get();
  return { questions, stored };
}

describe('questions from a résumé', () => {
  it('reads a real PDF in the browser, lets the text be edited, keeps it, and asks about it', async () => {
    const pdf = textPdf(RESUME);
    // The file is a real PDF with a text layer: pdf.js outside the browser reads the same lines.
    expect((await readPdf(pdf)).text.split('\n')).toEqual(RESUME);

    const { context, page } = await newPage(browser);
    const { uid } = await openForm(page, 'Ada Park');
    await upload(page, 'ada-park-cv.pdf', 'application/pdf', pdf);
    await page.getByText('Text read from ada-park-cv.pdf.').waitFor();
    await expect(resumeBox(page).inputValue()).resolves.toBe(RESUME.join('\n'));

    // Whatever came out wrong can be fixed before creating.
    await resumeBox(page).fill(
      `${RESUME.join('\n')}\nMentored two junior engineers   through their first on-call`,
    );
    const edited = await resumeBox(page).inputValue();
    await page.getByRole('radio', { name: 'Keep with this interview' }).check();

    const { questions, stored } = await createAndOpen(page);
    await expect(questions.getByRole('listitem').count()).resolves.toBe(5);
    expect(stored.get('userId')).toBe(uid);
    expect(stored.get('status')).toBe('ready');
    expect(stored.get('resume')).toBe(normalizeResumeText(edited));
    expect(stored.get('resume')).toContain('Mentored two junior engineers through their first');
    const asked = stored.get('questions') as Question[];
    expect(asked.filter((q) => FROM_RESUME.has(q.bankId ?? '')).length).toBeGreaterThanOrEqual(1);
    await expect(questions.textContent()).resolves.toContain(
      asked.find((q) => FROM_RESUME.has(q.bankId ?? ''))?.text,
    );
    await context.close();
  });

  it('reads a real DOCX in the browser and, by default, uses the résumé once without storing it', async () => {
    const { context, page } = await newPage(browser);
    await openForm(page, 'Bo Lindqvist');
    await expect(
      page.getByRole('radio', { name: 'Use once and discard' }).isChecked(),
    ).resolves.toBe(true);
    await upload(
      page,
      'cv.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      docx(RESUME),
    );
    await page.getByText('Text read from cv.docx.').waitFor();
    // Word paragraphs become lines; the blank lines between them fold to one.
    await expect(resumeBox(page).inputValue()).resolves.toBe(RESUME.join('\n\n'));

    const { questions, stored } = await createAndOpen(page);
    await expect(questions.getByRole('listitem').count()).resolves.toBe(5);
    expect(stored.get('status')).toBe('ready');
    expect(stored.get('resume')).toBeUndefined();
    expect(JSON.stringify(stored.data())).not.toContain('Bookly');
    const asked = stored.get('questions') as Question[];
    expect(asked.some((q) => FROM_RESUME.has(q.bankId ?? ''))).toBe(true);
    await context.close();
  });

  it('refuses each bad file with its own message, keeps the text it had, and creates nothing', async () => {
    const locked = encryptedPdf(RESUME, 'hunter2');
    const scan = imageOnlyPdf();
    // What pdf.js itself makes of these files, outside the browser.
    await expect(readPdf(locked)).rejects.toThrow(/PasswordException/);
    expect((await readPdf(locked, 'hunter2')).text).toContain('Kafka');
    expect((await readPdf(scan)).text).toBe('');

    const { context, page } = await newPage(browser);
    const { uid } = await openForm(page, 'Cy Ng');
    const pasted = 'Pasted by hand: Go developer who built a booking service';
    await resumeBox(page).fill(pasted);

    const oversized = Buffer.alloc(6 * 1024 * 1024, 0x20);
    oversized.write('%PDF-1.4\n');
    const cases: [name: string, mime: string, bytes: Buffer, message: RegExp][] = [
      ['locked.pdf', 'application/pdf', locked, /protected with a password/],
      ['scan.pdf', 'application/pdf', scan, /no text to read: it looks like a scan/],
      ['huge.pdf', 'application/pdf', oversized, /That file is 6\.0 MB\. .* at most 5\.0 MB/],
      ['photo.png', 'image/png', PNG_BYTES, /Upload a PDF, a Word document \(\.docx\)/],
      ['old.doc', 'application/msword', PNG_BYTES, /Upload a PDF, a Word document/],
      ['photo-renamed.pdf', 'application/pdf', PNG_BYTES, /says it is a PDF, but its contents/],
      [
        'sheet.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        zip({ 'xl/workbook.xml': '<workbook/>' }),
        /says it is a Word document, but its contents/,
      ],
      [
        'latin1.txt',
        'text/plain',
        Buffer.from('Résumé', 'latin1'),
        /says it is a UTF-8 text file, but its contents/,
      ],
      [
        'broken.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        Buffer.concat([docx(RESUME).subarray(0, 120), Buffer.from('word/document.xml')]),
        /could not be read as a Word document/,
      ],
    ];
    for (const [name, mime, bytes, message] of cases) {
      await upload(page, name, mime, bytes);
      const alert = page.getByRole('alert').filter({ hasText: `${name}:` });
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toMatch(message);
      await expect(resumeBox(page).inputValue()).resolves.toBe(pasted);
    }

    // Still on the form, and nothing of this user was written.
    expect(new URL(page.url()).pathname).toBe('/interviews/new');
    const owned = await adminDb()
      .collection(COLLECTIONS.interviews)
      .where('userId', '==', uid)
      .get();
    expect(owned.size).toBe(0);
    await context.close();
  });

  it('shows the résumé limit as the form is filled, and refuses to create over it', async () => {
    const { context, page } = await newPage(browser);
    const { uid } = await openForm(page, 'Di Moss');
    const long = `${'Go. '.repeat(3000)}Kafka`;
    await upload(page, 'long.txt', 'text/plain', Buffer.from(long, 'utf8'));
    await page.getByText('Text read from long.txt.').waitFor();
    await page.getByText('12,005 / 12,000').waitFor();
    await page.getByRole('button', { name: 'Create interview' }).click();
    await page.getByText('Résumé must be at most 12,000 characters').waitFor();
    await expect(resumeBox(page).evaluate((el) => el === document.activeElement)).resolves.toBe(
      true,
    );
    const owned = await adminDb()
      .collection(COLLECTIONS.interviews)
      .where('userId', '==', uid)
      .get();
    expect(owned.size).toBe(0);
    await context.close();
  });
});
