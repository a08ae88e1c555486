import { expect } from '@playwright/test';

/**
 * Playwright's web-first assertions (`toHaveCount`, `toBeVisible`, `toHaveText`, ... and
 * `expectUi.poll`), which retry until the page agrees or the time is up, instead of reading the
 * page once. Used beside Jest's own `expect` for everything that is not the page. The time
 * matches the pages' default action timeout (support/browser.ts).
 */
export const expectUi = expect.configure({ timeout: 30_000 });
