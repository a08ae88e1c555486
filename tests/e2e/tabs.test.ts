/**
 * Two tabs of one browser share one Firebase session (IndexedDB). Pages draw before Auth has
 * loaded and learn the session afterwards, so each tab must still follow a sign-in or sign-out
 * made in the other, without a reload.
 */
import type { Page } from 'playwright-core';
import { newPage, useBrowser } from '../support/browser';
import { signUp } from './flows';
import { expectUi } from '../support/expect';

const browser = useBrowser();

const header = (page: Page) => page.getByRole('navigation', { name: 'Account' });

describe('one session in two tabs', () => {
  it('shows each tab the right state when the other signs out and back in', async () => {
    const { context, page: first } = await newPage(browser);
    const { email } = await signUp(first, 'Tab Tester');

    // A second tab opened on a signed-in page is signed in as well.
    const second = await context.newPage();
    second.setDefaultTimeout(30_000);
    await second.goto('/settings');
    await second.getByRole('heading', { name: 'Settings' }).waitFor();
    await expect(second.getByText(email).textContent()).resolves.toBe(email);

    // Signing out in the second tab sends the first from its dashboard to sign in.
    await header(second).getByRole('button', { name: 'Sign out' }).click();
    await second.waitForURL((url) => url.pathname === '/');
    await header(second).getByRole('link', { name: 'Sign in' }).waitFor();
    await first.waitForURL('**/sign-in?next=%2Fdashboard');
    await header(first).getByRole('link', { name: 'Sign up' }).waitFor();
    await expectUi(header(first).getByRole('button', { name: 'Sign out' })).toHaveCount(0);

    // Signing in again in the first tab shows the second (still on the landing page) signed in.
    await first.getByLabel('Email').fill(email);
    await first.getByLabel('Password').fill('correct-horse-42');
    await first.getByRole('button', { name: 'Sign in', exact: true }).click();
    await first.waitForURL('**/dashboard');
    await first.getByTestId('display-name').waitFor();
    await header(second).getByRole('button', { name: 'Sign out' }).waitFor();
    await expectUi(header(second).getByRole('link', { name: 'Sign in' })).toHaveCount(0);
    expect(new URL(second.url()).pathname).toBe('/');

    await context.close();
  });
});
