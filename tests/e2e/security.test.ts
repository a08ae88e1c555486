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

/** The policy's nonce, from the response header. */
function nonceOf(policy: string | undefined): string | undefined {
  return /'nonce-([^']+)'/.exec(policy ?? '')?.[1];
}

/** Collects what Chromium reports as blocked by the page's Content Security Policy. */
function watchPolicyViolations(page: Page): string[] {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  return blocked;
}

describe('every page is served with a policy that only runs its own scripts', () => {
  it('sends a fresh nonce per request, on every script the page has, and the hardening headers', async () => {
    const { context, page } = await newPage(browser);
    const nonces: string[] = [];
    for (const path of ['/', '/sign-in']) {
      const response = await page.goto(path);
      const headers = response?.headers() ?? {};
      const policy = headers['content-security-policy'];
      expect(policy).toContain("'strict-dynamic'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("base-uri 'self'");
      expect(policy).not.toContain("'unsafe-eval'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['permissions-policy']).toContain('microphone=(self)');
      const nonce = nonceOf(policy);
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      nonces.push(nonce ?? '');

      // Every script tag of the server's HTML carries this response's nonce.
      const html = (await response?.text()) ?? '';
      const tags = html.match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(0);
      expect(tags.filter((tag) => !tag.includes(`nonce="${nonce ?? ''}"`))).toEqual([]);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
    await context.close();
  });

  it('refuses an injected inline handler, while the app itself runs without a violation', async () => {
    const { context, page } = await newPage(browser);
    const blocked = watchPolicyViolations(page);
    await signUp(page, 'Polly Policy');
    await createInterview(page, { role: 'Site Reliability Engineer', questionCount: 2 });
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL('**/settings');
    await page.getByLabel('Display name').waitFor();
    // Everything the app did (sign-up, the create call, live reads, three pages) ran under it.
    expect(blocked).toEqual([]);

    // Markup that reached the page (the way an injection would) cannot run its handler: the
    // policy allows no inline handlers. (A script element added by script is another matter:
    // 'strict-dynamic' trusts it, which only running script can do.)
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img alt="" src="/no-such-image.png" onerror="window.__candorInjected = true">',
      );
    });
    await settle(page);
    await expect(
      page.evaluate(() => (window as { __candorInjected?: boolean }).__candorInjected),
    ).resolves.toBeUndefined();
    expect(blocked.length).toBeGreaterThan(0);
    await context.close();
  });
});
