import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVerificationMail, sendDigestTest, waitUntilStill } from './delivery-helpers';
import { launchChromium, openPage, type Server, screenshotDir, signIn, startServer } from './harness';

const TEST_USER = { name: 'Test Inbox', email: 'test.inbox@example.com' };

describe('test user, verification and the delivery log in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const shots = screenshotDir();
  const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await openPage(browser, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates a test user, verifies it from the Mailbox, sends it a test and finds it in the log', async () => {
    await signIn(page, server.baseUrl, '/users');
    await page.getByRole('heading', { name: 'Users', exact: true }).waitFor();

    // The manual's test user.
    await page.getByRole('button', { name: 'Add user' }).click();
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Name').fill(TEST_USER.name);
    await form.getByLabel('Email address').fill(TEST_USER.email);
    await form.getByRole('radio', { name: 'Member' }).check();
    await form.getByRole('radio', { name: 'English' }).check();
    await form.getByRole('button', { name: 'Add user and send verification email' }).click();
    await page.getByText(`A verification email is on its way to ${TEST_USER.email}`).waitFor();
    const row = page.getByTestId(`user-row-${TEST_USER.email}`);
    await row.getByText('Not verified').waitFor();

    // The notice leads to the Mailbox, where the verification email waits.
    await page.getByRole('link', { name: 'Open it in the Mailbox' }).click();
    await page.waitForURL(/\/mailbox/);
    const mail = await openVerificationMail(page, TEST_USER.email);
    console.log(`Verification link read from ${mail.via}: ${mail.url}`);

    // Follow the link as the recipient would (PUBLIC_URL's host, so without the admin's session).
    await page.goto(mail.url);
    const verified = page.getByTestId('verified-text');
    await verified.waitFor();
    expect(await verified.textContent()).toBe(
      `Your address ${TEST_USER.email} is verified. Test emails can now be sent to it.`,
    );
    await shot('verify-email');

    await page.goto(`${server.baseUrl}/users`);
    await page.getByTestId(`user-row-${TEST_USER.email}`).getByText('Verified', { exact: true }).waitFor();
    await shot('users');

    const sent = await sendDigestTest(page, server.baseUrl, TEST_USER.email);
    console.log(`Test email sent through ${sent.via}: ${sent.message}`);
    expect(sent.message).toContain(TEST_USER.email);

    await page.goto(`${server.baseUrl}/deliveries`);
    const log = page.getByRole('table', { name: 'Messages of this account, newest first' });
    const digestRow = log
      .getByRole('row')
      .filter({ hasText: 'Data insights digest' })
      .filter({ hasText: TEST_USER.email });
    await digestRow.first().waitFor();
    await digestRow.first().locator('[data-status="SENT"]').waitFor({ timeout: 30_000 });
    // The verification email is in the log too.
    await log.getByRole('row').filter({ hasText: 'Email address verification' }).first().waitFor();
    await shot('delivery-log');

    await digestRow
      .first()
      .getByRole('button', { name: `Details of the message to ${TEST_USER.email}` })
      .click();
    const details = page.getByTestId('delivery-details');
    await details.waitFor();
    await waitUntilStill(page.getByRole('dialog', { name: 'Message details' }));
    expect(await details.textContent()).toMatch(/Message-ID.*<.+@.+>/);
    expect(await details.textContent()).toContain('250');
    expect(new URL(page.url()).searchParams.get('delivery')).toBeTruthy();
    await shot('delivery-detail');

    // Escape closes the drawer and takes the message out of the URL.
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('delivery')).toBeNull();

    expect(pageErrors).toEqual([]);
  });
});
