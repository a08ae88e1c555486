import { COLLECTIONS } from '@candor/core';

import { adminAuth, adminDb } from '../support/admin';
import { newPage, useBrowser } from '../support/browser';
import { signUp } from './flows';
import { expectUi } from '../support/expect';

const browser = useBrowser();

const isInterviewPage = (url: URL) =>
  /^\/interviews\/[\w-]+$/.test(url.pathname) && url.pathname !== '/interviews/new';

describe('creating an interview', () => {
  it('shows inline validation messages and submits nothing while the form is invalid', async () => {
    const { context, page } = await newPage(browser);
    await signUp(page, 'Grace Hopper');
    await page.getByRole('link', { name: 'New interview' }).click();
    await page.waitForURL('**/interviews/new');

    // Leaving a field shows its message without submitting.
    const role = page.getByLabel('Role', { exact: true });
    await role.fill('   ');
    await role.blur();
    await page.getByText('Role is required').waitFor();

    await page.getByRole('button', { name: 'Create interview' }).click();
    await expect(role.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = await role.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    await expect(page.locator(`[id="${String(describedBy)}"]`).textContent()).resolves.toBe(
      'Role is required',
    );
    await expect(page.getByLabel('Level').getAttribute('aria-invalid')).resolves.toBe('true');
    // The first invalid field takes focus so a keyboard user lands on it.
    await expect(role.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe('/interviews/new');

    // Fixing the field clears its message as the user types.
    await role.fill('Data Engineer');
    await expect(role.getAttribute('aria-invalid')).resolves.toBe('false');
    await expectUi(page.getByText('Role is required')).toHaveCount(0);
    await context.close();
  });

  it('creates an interview, shows its questions live and lists it on the dashboard', async () => {
    const { context, page } = await newPage(browser);
    const { email } = await signUp(page, 'Barbara Liskov');
    await page.getByRole('link', { name: 'New interview' }).click();
    await page.waitForURL('**/interviews/new');

    await page.getByLabel('Role', { exact: true }).fill('Backend Engineer');
    await page.getByLabel('Level').selectOption('senior');
    await page.getByRole('radio', { name: 'Mixed' }).check();

    const stack = page.getByRole('combobox', { name: 'Tech stack' });
    await stack.fill('Go');
    await stack.press('Enter');
    await stack.fill('postg');
    await page.getByRole('option', { name: 'PostgreSQL' }).click();
    await expect(
      page
        .getByRole('list', { name: 'Selected technologies' })
        .getByRole('listitem')
        .allTextContents(),
    ).resolves.toEqual(['Go', 'PostgreSQL']);
    await expect(stack.inputValue()).resolves.toBe('');

    await page.getByLabel('Number of questions').fill('6');
    const description = 'Own our payments API, and spend real time mentoring two junior engineers.';
    await page.getByLabel('Job description').fill(description);
    await page.getByText(`${String(description.length)} / 8,000`).waitFor();

    await page.getByRole('button', { name: 'Create interview' }).click();
    await page.waitForURL(isInterviewPage);
    const interviewId = new URL(page.url()).pathname.split('/').pop() ?? '';

    const questions = page.getByRole('list', { name: 'Questions' });
    // Generation may finish before the page first renders, so either state is a valid start.
    await page.getByText('Generating your questions...').or(questions).first().waitFor();
    await questions.waitFor();

    await expectUi(questions.getByRole('listitem')).toHaveCount(6);
    await expectUi(page.getByText('Offline question bank')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Backend Engineer',
    );
    await expect(
      page.getByRole('list', { name: 'Interview details' }).getByRole('listitem').allTextContents(),
    ).resolves.toEqual(['Senior', 'Mixed', '6 questions']);
    await expect(
      page.getByRole('list', { name: 'Tech stack' }).getByRole('listitem').allTextContents(),
    ).resolves.toEqual(['Go', 'PostgreSQL']);
    await expect(
      page.getByRole('link', { name: 'Start interview' }).getAttribute('href'),
    ).resolves.toBe(`/interviews/${interviewId}/room`);

    // What the page shows is what the server stored for this user.
    const { uid } = await adminAuth().getUserByEmail(email);
    const stored = (
      await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get()
    ).data();
    expect(stored).toMatchObject({
      userId: uid,
      role: 'Backend Engineer',
      level: 'senior',
      type: 'mixed',
      techStack: ['Go', 'PostgreSQL'],
      questionCount: 6,
      jobDescription: description,
      status: 'ready',
      engine: 'offline',
    });
    const storedQuestions = (stored?.questions ?? []) as { text: string }[];
    expect(storedQuestions).toHaveLength(6);
    await expect(questions.getByRole('listitem').first().textContent()).resolves.toContain(
      storedQuestions[0]?.text,
    );

    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await page.waitForURL('**/dashboard');
    const row = page.getByRole('link', { name: /Backend Engineer/ });
    await row.waitFor();
    await expectUi(row).toHaveCount(1);
    await expect(row.getAttribute('href')).resolves.toBe(`/interviews/${interviewId}`);
    await expect(row.locator('[data-status]').getAttribute('data-status')).resolves.toBe('ready');
    await expect(row.textContent()).resolves.toContain('Senior · Mixed · 6 questions');
    await expectUi(page.getByRole('heading', { name: 'No interviews yet' })).toHaveCount(0);
    await context.close();
  });
});
