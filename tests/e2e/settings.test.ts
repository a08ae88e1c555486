import { COLLECTIONS } from '@candor/core';

import { adminAuth, adminDb } from '../support/admin';
import { newPage, useBrowser } from '../support/browser';
import { signUp } from './flows';
import { expectUi } from '../support/expect';

const browser = useBrowser();

const PASSWORD = 'correct-horse-42'; // what flows.signUp uses

describe('settings', () => {
  it('renames the user, shows the daily limits, and deletes the account for good', async () => {
    const { context, page } = await newPage(browser);
    const { email } = await signUp(page, 'Katherine Johnson');
    const { uid } = await adminAuth().getUserByEmail(email);

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL('**/settings');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Settings');

    // The four daily limits, untouched so far.
    const usage = page.getByRole('region', { name: 'Daily limits' });
    await usage.getByText('20 of 20 new interviews left today').waitFor();
    await expectUi(usage.getByText('30 of 30 interview attempts left today')).toHaveCount(1);
    await expectUi(usage.getByText('10 of 10 rescoring requests left today')).toHaveCount(1);
    await expectUi(usage.getByText('20 of 20 share links left today')).toHaveCount(1);

    // Rename: the field starts with the current name; the dashboard greets the new one.
    const name = page.getByLabel('Display name');
    await expect(name.inputValue()).resolves.toBe('Katherine Johnson');
    await name.fill('   ');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(
      page.getByRole('region', { name: 'Profile' }).getByRole('alert').textContent(),
    ).resolves.toBe('Display name is required');
    await name.fill('  Kathy   Johnson ');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Saved.').waitFor();
    const renamed = await adminDb().collection(COLLECTIONS.users).doc(uid).get();
    expect(renamed.get('displayName')).toBe('Kathy Johnson');

    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await page.waitForURL('**/dashboard');
    await expect(page.getByTestId('display-name').textContent()).resolves.toBe('Kathy Johnson');

    // Danger zone: the button waits for the typed confirmation; a wrong password stops it.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL('**/settings');
    const danger = page.getByRole('region', { name: 'Danger zone' });
    const deleteButton = danger.getByRole('button', { name: 'Delete my account' });
    await expect(deleteButton.isDisabled()).resolves.toBe(true);
    await danger.getByLabel('Type DELETE to confirm').fill('DELETE');
    await danger.getByLabel('Password').fill('not-my-password');
    await deleteButton.click();
    await expect(danger.getByRole('alert').textContent()).resolves.toBe(
      'That password is not right. Your account has not been deleted.',
    );
    expect((await adminDb().collection(COLLECTIONS.users).doc(uid).get()).exists).toBe(true);

    await danger.getByLabel('Password').fill(PASSWORD);
    await deleteButton.click();
    await page.waitForURL((url) => url.pathname === '/' && url.search === '?account=deleted', {
      timeout: 60_000,
    });
    await expect(
      page.getByRole('status').filter({ hasText: 'deleted' }).textContent(),
    ).resolves.toContain('Your account and all its data have been deleted.');
    // Signed out: the header offers signing in again.
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();

    // Gone on the server: the profile and the Auth account.
    expect((await adminDb().collection(COLLECTIONS.users).doc(uid).get()).exists).toBe(false);
    await expect(adminAuth().getUser(uid)).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });

    // The old credentials no longer sign in.
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.locator('form').getByRole('alert').textContent()).resolves.toBe(
      'That email and password do not match an account.',
    );
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('sends a signed-out visitor to sign in', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/settings');
    await page.waitForURL('**/sign-in?next=%2Fsettings');
    await context.close();
  });
});
