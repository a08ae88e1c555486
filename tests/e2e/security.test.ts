import { COLLECTIONS } from '@candor/core';
import type { Browser, Dialog, Page } from 'playwright-core';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, newPage, waitForWebApp } from '../support/browser';
import { signUp } from './flows';

let browser: Browser;

beforeAll(async () => {
  await waitForWebApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const isInterviewPage = (url: URL) =>
  /^\/interviews\/[\w-]+$/.test(url.pathname) && url.pathname !== '/interviews/new';

/** Records (and dismisses) every alert, confirm or prompt the page opens. */
function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return opened;
}

/**
 * Lets any injected handler (an <img onerror>, an inline script) run if it is going to: every
 * image has loaded or failed, then a moment for the handlers. (Not "network idle": Firestore's
 * listen channel keeps the network busy for as long as the page is open.)
 */
async function settle(page: Page) {
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
  await page.waitForTimeout(300);
}

describe('text the user typed is shown as text, never run as markup', () => {
  it('shows an HTML role and a script tech item literally, and no dialog opens', async () => {
    const { context, page } = await newPage(browser);
    const dialogs = watchDialogs(page);
    const { email } = await signUp(page, 'Mallory Markup');
    const role = '<img src=x onerror=alert(1)>';
    const tech = '<script>alert(2)</script>';

    await page.getByRole('link', { name: 'New interview' }).click();
    await page.waitForURL('**/interviews/new');
    await page.getByLabel('Role', { exact: true }).fill(role);
    await page.getByLabel('Level').selectOption('mid');
    await page.getByRole('radio', { name: 'Technical' }).check();
    const stack = page.getByRole('combobox', { name: 'Tech stack' });
    await stack.fill(tech);
    await stack.press('Enter');
    await expect(
      page
        .getByRole('list', { name: 'Selected technologies' })
        .getByRole('listitem')
        .allTextContents(),
    ).resolves.toEqual([tech]);
    await page.getByLabel('Number of questions').fill('2');
    await page.getByRole('button', { name: 'Create interview' }).click();

    await page.waitForURL(isInterviewPage);
    await page.getByRole('list', { name: 'Questions' }).waitFor();
    await settle(page);

    // Literal text where the user put it...
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(role);
    await expect(
      page.getByRole('list', { name: 'Tech stack' }).getByRole('listitem').allTextContents(),
    ).resolves.toEqual([tech]);
    // ...and no element made of it.
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() =>
        Array.from(document.querySelectorAll('script')).some((s) =>
          s.textContent.includes('alert(2)'),
        ),
      ),
    ).resolves.toBe(false);

    // The dashboard lists it the same way.
    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await page.waitForURL('**/dashboard');
    const row = page.getByRole('link', { name: role });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(tech);
    await settle(page);
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);

    expect(dialogs).toEqual([]);
    // Stored exactly as typed: escaping is the renderer's job, not the database's.
    const { uid } = await adminAuth().getUserByEmail(email);
    const stored = await adminDb()
      .collection(COLLECTIONS.interviews)
      .where('userId', '==', uid)
      .get();
    expect(stored.docs.map((d) => d.data())).toMatchObject([{ role, techStack: [tech] }]);
    await context.close();
  });

  it('shows a display name full of markup literally in the greeting', async () => {
    const { context, page } = await newPage(browser);
    const dialogs = watchDialogs(page);
    await signUp(page, 'Eve');
    const name = '<b onmouseover=alert(3)>Eve</b><svg onload=alert(4)>';

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL('**/settings');
    await page.getByLabel('Display name').fill(name);
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Saved.').waitFor();

    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await page.waitForURL('**/dashboard');
    const greeting = page.getByTestId('display-name');
    await expect(greeting.textContent()).resolves.toBe(name);
    await expect(greeting.locator('b, svg').count()).resolves.toBe(0);
    await greeting.hover();
    await settle(page);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
