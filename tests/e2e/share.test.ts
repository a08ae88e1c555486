import { COLLECTIONS, type ExportAccountDataOutput } from '@candor/core';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, newPage, waitForWebApp, webUrl } from '../support/browser';
import { SEEDED_QUOTE, seedScoredAttempt } from '../support/interviews';
import { readPdf } from '../support/pdf';
import { signUp } from './flows';
import { expectUi } from '../support/expect';

// The attempt is seeded as scored (tests/e2e/feedback.test.ts takes real practice interviews);
// this file is about what the owner does with a finished report.

let browser: Browser;
let context: BrowserContext;
let page: Page;
let email: string;
let uid: string;
let ref: { interviewId: string; attemptId: string };

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  await waitForWebApp();
  browser = await launchBrowser();
  ({ context, page } = await newPage(browser));
  ({ email } = await signUp(page, 'Ada Lovelace'));
  uid = (await adminAuth().getUserByEmail(email)).uid;
  ref = await seedScoredAttempt(uid, 'e2e');
  await page.goto(`/interviews/${ref.interviewId}/attempts/${ref.attemptId}`);
  await page.getByTestId('total-score').waitFor();
});

afterAll(async () => {
  await context.close();
  await browser.close();
});

describe('taking a report out of the app', () => {
  it('downloads a real PDF of the report, loading the renderer only on click', async () => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    const before = scripts.length;
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const download = await downloading;
    // The PDF library arrived with the click, as its own chunk(s), not with the page.
    expect(scripts.length).toBeGreaterThan(before);
    expect(download.suggestedFilename()).toMatch(
      /^candor-feedback-backend-engineer-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const path = await download.path();
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    const text = collapse(pdf.text);
    expect(text).toContain('Overall score: 57/100');
    expect(text).toContain('Communication');
    expect(text).toContain('63');
    expect(text).toContain(collapse(SEEDED_QUOTE));
    expect(text).toContain('Concrete numbers.'); // the question's feedback
    expect(text).toContain('Added an index.'); // the answer summary
    expect(text).toContain('offline-1'); // engine version
    expect(text).not.toContain(email);
  });

  it('prints without navigation or buttons, on A4 and on Letter', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      await expectUi(page.getByRole('button', { name: 'Download PDF' })).toBeHidden();
      await expectUi(page.getByRole('link', { name: 'Settings' })).toBeHidden();
      await expectUi(page.getByTestId('question-feedback').first()).toBeVisible();
      for (const [format, width, height] of [
        ['A4', 595, 842],
        ['Letter', 612, 792],
      ] as const) {
        const printed = await readPdf(await page.pdf({ format, printBackground: true }));
        // Chromium names paper sizes in inches rounded to 0.01 (A4 is 8.27 x 11.7 in), so its
        // A4 differs from ISO's 595.28 x 841.89 pt by under a point.
        expect(Math.abs(printed.width - width)).toBeLessThan(1);
        expect(Math.abs(printed.height - height)).toBeLessThan(1);
        expect(printed.totalPages).toBeGreaterThanOrEqual(1);
        const text = collapse(printed.text);
        expect(text).toContain(collapse(SEEDED_QUOTE));
        expect(text).toContain('Scores by category');
        expect(text).not.toContain('Download PDF');
        expect(text).not.toContain('Share this feedback');
        expect(text).not.toContain('Dashboard');
      }
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('shares a read-only copy with someone signed out, and revokes it at once', async () => {
    await page.getByLabel('Label (only you see it)').fill('For my mentor');
    await page.getByLabel('Include the transcript').uncheck();
    await page.getByRole('button', { name: 'Create link' }).click();
    const link = await page.getByLabel('New share link').inputValue();
    expect(link).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
    const list = page.getByRole('list', { name: 'Active share links' });
    await list.getByText('For my mentor').waitFor();
    await expect(list.textContent()).resolves.toContain('without transcript');
    // The list never shows the token again.
    await expect(list.textContent()).resolves.not.toContain(link.split('/').pop());

    const { context: stranger, page: viewer } = await newPage(browser);
    try {
      const response = await viewer.goto(link);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['referrer-policy']).toBe('no-referrer');
      expect(response?.headers()['x-robots-tag']).toContain('noindex');
      await viewer.getByText('Shared interview feedback').waitFor();
      await expect(viewer.getByTestId('total-score').textContent()).resolves.toContain('57');
      await expect(viewer.getByTestId('evidence-quote').first().textContent()).resolves.toContain(
        'added an index',
      );
      const robots = await viewer.locator('meta[name="robots"]').getAttribute('content');
      expect(robots).toContain('noindex');
      const body = await viewer.locator('body').textContent();
      expect(body).not.toContain(email);
      expect(body).not.toContain('Ada Lovelace');
      expect(body).not.toContain('Transcript'); // left out by the owner
      await expectUi(viewer.getByRole('link', { name: 'Settings' })).toHaveCount(0);

      await page
        .getByRole('listitem')
        .filter({ hasText: 'For my mentor' })
        .getByRole('button', { name: 'Revoke' })
        .click();
      await list.waitFor({ state: 'detached' });
      const after = await viewer.goto(link);
      expect(after?.status()).toBe(404);
      const guessed = await viewer.goto(webUrl(`/share/${'A'.repeat(43)}`));
      expect(guessed?.status()).toBe(404);
    } finally {
      await stranger.close();
    }
    const left = await adminDb().collection(COLLECTIONS.shares).where('userId', '==', uid).get();
    expect(left.size).toBe(0);
  });

  it('exports the account’s interviews, attempts and feedback as JSON from Settings', async () => {
    await page.goto('/settings');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my data (JSON)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^candor-export-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(
      await readFile(await download.path(), 'utf8'),
    ) as ExportAccountDataOutput;
    expect(data.format).toBe('candor-export');
    expect(data.profile?.email).toBe(email);
    expect(data.interviews.map((i) => i.id)).toEqual([ref.interviewId]);
    expect(data.interviews[0]?.attempts.map((a) => a.id)).toEqual([ref.attemptId]);
    expect(data.interviews[0]?.attempts[0]?.transcript.map((t) => t.text)).toContain(SEEDED_QUOTE);
    expect(data.feedback[0]?.totalScore).toBe(57);
    expect(data.feedback[0]?.questions[0]?.evidence[0]?.quote).toBe(SEEDED_QUOTE);
    expect(data.feedback[0]?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
