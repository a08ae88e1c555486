import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { requireEnv } from './env';

/** The web app under test, started by the App Hosting emulator. */
export function webUrl(path = '/'): string {
  return new URL(path, requireEnv('CANDOR_WEB_URL')).toString();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireEnv('CHROMIUM_PATH'),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Practice mode and the interview room use the microphone; tests use Chromium's fake one.
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ],
  });
}

/** A fresh context per test: its own cookies and IndexedDB, so its own signed-in user. */
export async function newPage(
  browser: Pick<Browser, 'newContext'>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: requireEnv('CANDOR_WEB_URL') });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

/** Waits until the web server answers, since the emulator reports ready before Next.js is. */
export async function waitForWebApp(timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(webUrl('/'));
      if (response.ok) return;
      lastError = new Error(`HTTP ${String(response.status)}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The web app at ${webUrl('/')} did not answer: ${String(lastError)}`);
}

/** Chromium for a file's tests, once the web app answers (close it in the file's afterAll). */
export async function startBrowser(): Promise<Browser> {
  await waitForWebApp();
  return launchBrowser();
}

/**
 * Chromium for the tests of the file that calls this at its top level: started before them,
 * closed after them. Pass what it returns to newPage.
 */
export function useBrowser(): Pick<Browser, 'newContext'> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newContext: (options) => {
      if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll');
      return browser.newContext(options);
    },
  };
}
