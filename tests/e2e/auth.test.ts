import { uniqueEmail } from '../support/admin';
import { newPage, useBrowser } from '../support/browser';
import { expectUi } from '../support/expect';

const browser = useBrowser();

describe('signing up and in', () => {
  it('signs up through the form and lands on a dashboard that greets the user by name', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('link', { name: 'Start practising' }).click();
    await page.waitForURL('**/sign-up**');

    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill(uniqueEmail('e2e'));
    await page.getByLabel('Password').fill('correct-horse-42');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.waitForURL('**/dashboard');
    await expect(page.getByTestId('display-name').textContent()).resolves.toBe('Ada Lovelace');
    await expectUi(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible();
    await context.close();
  });

  it('signs in the seeded demo user and signs out again', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('demo@candor.test');
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await page.waitForURL('**/dashboard');
    await page.getByTestId('display-name').waitFor();
    await expect(page.getByTestId('display-name').textContent()).resolves.toBe('Demo Candidate');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await context.close();
  });

  it('shows a clear message for a wrong password and stays on the form', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('demo@candor.test');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await expect(page.locator('form').getByRole('alert').textContent()).resolves.toBe(
      'That email and password do not match an account.',
    );
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('sends a signed-out visitor from the dashboard to sign in', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/dashboard');
    await page.waitForURL('**/sign-in?next=%2Fdashboard');
    await context.close();
  });
});
