import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_EMAIL,
  launchChromium,
  openPage,
  type Server,
  screenshotDir,
  signIn,
  startServer,
} from './harness';
import { type CustomerSmtp, PEER_PASSWORD, PEER_USER, startCustomerSmtp } from './sender-peer';

const SENDER_ADDRESS = 'reports@customer.example';

describe('Sender settings and the mailbox in Chromium', () => {
  let smtp: CustomerSmtp;
  let server: Server;
  let browser: Browser;
  let page: Page;
  const shots = screenshotDir();
  const shot = (name: string, fullPage = false) =>
    page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });
  const pageErrors: string[] = [];

  beforeAll(async () => {
    smtp = await startCustomerSmtp();
    server = await startServer({ env: smtp.env });
    browser = await launchChromium();
    page = await openPage(browser, pageErrors);
  });

  // A failure leaves a picture of what the browser showed.
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await shot('sender-failure', true).catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  const card = (mode: string) => page.getByTestId(`sender-${mode}`);
  // Confirmation toasts close by themselves after a few seconds; screenshots should show the page.
  const toastsGone = () =>
    page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 });

  it('configures, tests and enables custom SMTP, switches back, and reads a message in the mailbox', async () => {
    await signIn(page, server.baseUrl, '/settings/email');

    await page.getByRole('tab', { name: 'Sender', selected: true }).waitFor();
    await card('PLATFORM').getByText('Active').waitFor();
    expect(await card('PLATFORM').getAttribute('data-active')).toBe('true');
    const enable = page.getByRole('button', { name: 'Enable custom SMTP' });
    expect(await enable.isDisabled()).toBe(true);
    await page.getByText('Enter and save your SMTP server first, then test it.').first().waitFor();
    await shot('sender-cards');

    // The customer's server: implicit TLS on the peer's port, AUTH, a CA trusted via SMTP_CA_FILE.
    const form = page.getByRole('form', { name: 'Custom SMTP settings' });
    await form.getByLabel('SMTP server (host)').fill('localhost');
    expect(await form.getByRole('switch', { name: 'SSL/TLS' }).isChecked()).toBe(true);
    await form.getByLabel('Port').fill(String(smtp.peer.port));
    await form.getByLabel('User name').fill(PEER_USER);
    await form.getByLabel('Password').fill(PEER_PASSWORD);
    await form.getByLabel('Sender address').fill(SENDER_ADDRESS);
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByPlaceholder('•••••• stored').waitFor();
    await page
      .getByText('Test the saved SMTP settings; custom SMTP can be enabled once a test email arrives.')
      .first()
      .waitFor();

    await form.getByRole('button', { name: 'Test' }).click();
    await page.getByText('Test passed: the test email was accepted.').waitFor({ timeout: 30_000 });
    const stages = page.getByRole('list', { name: 'Stages of the test' }).getByRole('listitem');
    expect(await stages.count()).toBe(7);
    for (const stage of await stages.all()) expect(await stage.getAttribute('data-status')).toBe('OK');
    await page
      .getByTestId('smtp-test-report')
      .evaluate((report) => report.scrollIntoView({ block: 'center' }));
    await toastsGone();
    await shot('sender-smtp-test');

    // The test message really arrived at the customer's server, through TLS, as the configured sender.
    const received = await smtp.peer.nextMessage(10_000);
    expect(received.envelopeTo).toEqual([ADMIN_EMAIL]);
    expect(received.envelopeFrom).toBe(SENDER_ADDRESS);
    expect(received.secure).toBe(true);
    expect(received.user).toBe(PEER_USER);

    await expect.poll(() => enable.isEnabled(), { timeout: 10_000 }).toBe(true);
    await enable.click();
    await page.getByText('Custom SMTP is the active sender.').waitFor();
    await expect.poll(() => card('CUSTOM_SMTP').getAttribute('data-active')).toBe('true');

    // Switching back to the platform domain is always allowed.
    await card('PLATFORM').getByRole('button', { name: 'Use this sender' }).click();
    await expect.poll(() => card('PLATFORM').getAttribute('data-active')).toBe('true');
    await page.getByRole('button', { name: 'Enable custom SMTP' }).waitFor();

    // A PLATFORM card test goes through the relay, i.e. the built-in mailbox.
    await card('PLATFORM')
      .getByRole('button', { name: /Send a test through/ })
      .click();
    await card('PLATFORM').getByText(`Test email sent to ${ADMIN_EMAIL}`).waitFor({ timeout: 30_000 });

    // The audit list records who changed what.
    await page
      .getByRole('table', { name: /Changes of the sender settings/ })
      .getByText('Sender changed from CUSTOM_SMTP to PLATFORM')
      .waitFor();

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Mailbox' })
      .click();
    const list = page.getByRole('table', { name: 'Received messages' });
    await list.waitFor();
    await list.getByRole('cell', { name: 'noreply@ametrika.com' }).first().waitFor();
    await toastsGone();
    await shot('mailbox-list');
    await list
      .getByRole('link', { name: /^Open message/ })
      .first()
      .click();

    const frame = page.locator('iframe[title^="Rendered HTML"]');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    const body = page.frameLocator('iframe[title^="Rendered HTML"]').locator('body');
    await expect.poll(async () => ((await body.textContent()) ?? '').trim().length).toBeGreaterThan(0);
    await shot('mailbox');

    await page.getByRole('tab', { name: 'Headers' }).click();
    await page.getByRole('cell', { name: 'Message-ID' }).waitFor();
    await page.getByRole('tab', { name: 'Source' }).click();
    await page
      .getByText(/Content-Type:/)
      .first()
      .waitFor();

    // The Sender tab in German: the longer texts must still fit the cards.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Email' })
      .click();
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { name: 'Absender', exact: true, level: 2 }).waitFor();
    await card('PLATFORM').getByText('Aktiv').waitFor();
    await page.getByRole('button', { name: 'Eigenen SMTP-Server aktivieren' }).waitFor();
    await shot('sender-cards-de');

    expect(pageErrors).toEqual([]);
  });
});
