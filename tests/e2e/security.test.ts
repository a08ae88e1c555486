import { COLLECTIONS } from '@candor/core';
import type { Dialog, Page } from 'playwright-core';
import { adminAuth, adminDb } from '../support/admin';
import { newPage, useBrowser } from '../support/browser';
import { createInterview, signUp } from './flows';
import { expectUi } from '../support/expect';

const browser = useBrowser();

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
 * image has loaded or failed, then two of the page's own frames, so the error and load events
 * already queued have been dispatched (an alert they open blocks the page, so the frames come
 * only after the dialog was seen). Not "network idle": Firestore's listen channel keeps the
 * network busy for as long as the page is open; and not a fixed sleep.
 */
async function settle(page: Page) {
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      }),
  );
}

describe('text the user typed is shown as text, never run as markup', () => {
  it('shows an HTML role and a script tech item literally, and no dialog opens', async () => {
    const { context, page } = await newPage(browser);
    const dialogs = watchDialogs(page);
    const { email } = await signUp(page, 'Mallory Markup');
    const role = '<img src=x onerror=alert(1)>';
    const tech = '<script>alert(2)</script>';

    await createInterview(page, {
      role,
      type: 'Technical',
      techStack: [tech],
      questionCount: 2,
    });
    await settle(page);

    // Literal text where the user put it...
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(role);
    await expect(
      page.getByRole('list', { name: 'Tech stack' }).getByRole('listitem').allTextContents(),
    ).resolves.toEqual([tech]);
    // ...and no element made of it.
    await expectUi(page.locator('img[src="x"]')).toHaveCount(0);
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
    await expectUi(page.locator('img[src="x"]')).toHaveCount(0);

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
    await expectUi(greeting.locator('b, svg')).toHaveCount(0);
    await greeting.hover();
    await settle(page);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
