import path from 'node:path';
import { getDefaultContent } from '@ametrika/shared';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DnsmasqServer } from '../../api/src/test/dnsmasq';
import { gqlFromPage, openVerificationMail } from './delivery-helpers';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  launchChromium,
  type Server,
  screenshotDir,
  startServer,
} from './harness';
import { PLATFORM_ENV, type PublishedRecord, publishRecords, startPlatformDns } from './hosted-dns';
import { entry, fill, label, pattern, type WalkLanguage, walkTexts } from './manual-texts';
import { type CustomerSmtp, PEER_PASSWORD, PEER_USER, startCustomerSmtp } from './sender-peer';
import { previewHtml, replaceBody, waitForEditor, waitForPreview } from './templates-helpers';

// The product manual, walked from a fresh start in each UI language: sign in, Email settings,
// custom SMTP (tested against a real TLS server, then enabled), hosted email (records copied,
// published in DNS, verified, enabled), a template changed and tested to a test user verified on
// the way, the footer, RESET, and back to the platform sender. One screenshot per step.

const ZONE = 'example.test';
const DOMAIN = `mail.${ZONE}`;
const SENDER_ADDRESS = 'reports@customer.example';

for (const language of ['en', 'de'] as const satisfies readonly WalkLanguage[]) {
  const x = walkTexts(language);
  const testUser = { name: `Test inbox ${language}`, email: `test.inbox.${language}@example.com` };
  const bodyMarker = `Manual walk ${language}: weekly note`;
  const footerMarker = `Manual footer ${language}`;
  const subjectMarker = language === 'en' ? 'Your week in numbers:' : 'Ihre Woche in Zahlen:';

  describe(`the manual, walked end to end in Chromium (${language === 'en' ? 'English' : 'German'} UI)`, () => {
    let smtp: CustomerSmtp;
    let dns: DnsmasqServer;
    let server: Server;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const pageErrors: string[] = [];
    // A walk: once a step fails, the later ones would only fail for the same reason.
    let failed = false;
    const shots = screenshotDir();
    let step = 0;
    /** Viewport screenshots (1280×800) keep the README's copies small; toasts hidden where they cover the page. */
    const shot = async (name: string, options: { hideToasts?: boolean } = {}) => {
      step += 1;
      const file = `manual-${language}-${String(step).padStart(2, '0')}-${name}.png`;
      await page.screenshot({
        path: path.join(shots, file),
        style: options.hideToasts ? '.mantine-Notifications-root { display: none !important; }' : undefined,
      });
    };
    const centre = (locator: Locator) => locator.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    /** Scrolls an element to the top of the page, just below the fixed header. */
    const toTop = (locator: Locator) =>
      locator.evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -80);
      });
    /** Shows the end of the email in the preview frame (it runs no scripts, so by the mouse wheel). */
    const showPreviewEnd = async () => {
      const frame = page.getByTestId('template-preview');
      await centre(frame);
      await frame.hover();
      await page.mouse.wheel(0, 10_000);
      await page.waitForTimeout(300);
    };
    const nav = () => page.getByRole('navigation', { name: x.app.app.mainNavigation });
    const card = (mode: string) => page.getByTestId(`sender-${mode}`);
    const senderMode = async () =>
      (await gqlFromPage<{ emailSettings: { senderMode: string } }>(page, '{ emailSettings { senderMode } }'))
        .emailSettings.senderMode;
    const openEmailTab = async (tab: 'sender' | 'templates' | 'footer') => {
      await nav().getByRole('link', { name: x.app.nav.email, exact: true }).click();
      await page.getByRole('tab', { name: x.app.emailSettings.tabs.sender }).waitFor();
      if (tab !== 'sender') await page.getByRole('tab', { name: x.app.emailSettings.tabs[tab] }).click();
      await page.getByRole('tab', { name: x.app.emailSettings.tabs[tab], selected: true }).waitFor();
    };
    /** The manual's dropdown, in the UI language. */
    const pickEntry = async (name: string, key: string) => {
      await page.getByRole('combobox', { name: x.templates.picker.label, exact: true }).click();
      await page.getByRole('option', { name: entry(name, x.templates.editor.customized) }).click();
      await waitForEditor(page, key);
    };

    beforeAll(async () => {
      smtp = await startCustomerSmtp();
      dns = await startPlatformDns();
      server = await startServer({ env: { ...smtp.env, ...PLATFORM_ENV, DNS_SERVERS: dns.servers } });
      browser = await launchChromium();
      // The same browser for both walks: the German one switches with the UI's language switch.
      context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      page = await context.newPage();
      page.setDefaultTimeout(15_000);
      page.on('pageerror', (error) => pageErrors.push(error.message));
    });

    // Each step builds on the last: after a failure the later steps fail too (pointing at the first one)
    // instead of running against a half-done setup.
    beforeEach(() => {
      if (failed)
        throw new Error(
          `an earlier step of the ${language} walk failed; see its error and manual-${language}-failure.png`,
        );
    });

    afterEach(async (test) => {
      if (test.task.result?.state === 'fail') {
        failed = true;
        await page
          ?.screenshot({ path: path.join(shots, `manual-${language}-failure.png`), fullPage: true })
          .catch(() => undefined);
      }
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await dns?.stop();
      await smtp?.close();
    });

    it('1. signs in and opens LEFT MENU > Account configuration > Email', async () => {
      await page.goto(`${server.baseUrl}/`);
      await page.getByRole('heading', { name: walkTexts('en').app.auth.title }).waitFor();
      const switchButton = page.getByRole('button', { name: x.switchName, exact: true });
      await switchButton.click();
      await page.getByRole('heading', { name: x.app.auth.title }).waitFor();
      expect(await switchButton.getAttribute('aria-pressed')).toBe('true');
      await page.getByLabel(label(x.app.auth.email)).fill(ADMIN_EMAIL);
      await page.getByLabel(label(x.app.auth.password)).fill(ADMIN_PASSWORD);
      await shot('sign-in');
      await page.getByRole('button', { name: x.app.auth.submit, exact: true }).click();

      await nav().getByText(x.app.nav.accountConfiguration, { exact: true }).waitFor();
      await openEmailTab('sender');
      await card('PLATFORM').getByText(x.sender.cards.active, { exact: true }).waitFor();
      expect(await card('PLATFORM').getAttribute('data-active')).toBe('true');
      await shot('email-settings');
    });

    it('2. configures custom SMTP with TLS, tests it (the mail arrives) and enables it', async () => {
      const t = x.sender;
      const form = page.getByRole('form', { name: t.smtp.formLabel });
      await form.getByLabel(label(t.smtp.host)).fill('localhost');
      // The manual: TLS on (465 recommended). The peer listens with implicit TLS on a random port.
      const tls = form.getByRole('switch', { name: t.smtp.tls });
      if (!(await tls.isChecked())) await tls.check();
      await form.getByLabel(label(t.smtp.port)).fill(String(smtp.peer.port));
      await form.getByLabel(label(t.smtp.username)).fill(PEER_USER);
      await form.getByLabel(label(t.smtp.password)).fill(PEER_PASSWORD);
      await form.getByLabel(label(t.smtp.fromEmail)).fill(SENDER_ADDRESS);
      await form.getByRole('button', { name: t.smtp.save, exact: true }).click();
      await form.getByPlaceholder(t.smtp.passwordStored).waitFor();
      const enable = page.getByRole('button', { name: t.smtp.enable });
      expect(await enable.isDisabled()).toBe(true);

      await form.getByRole('button', { name: t.smtp.test, exact: true }).click();
      await page.getByText(t.report.passed).waitFor({ timeout: 30_000 });
      const stages = page.getByRole('list', { name: t.report.stagesLabel }).getByRole('listitem');
      expect(
        await stages.evaluateAll((items) => items.map((item) => item.getAttribute('data-status'))),
      ).toEqual(Array(7).fill('OK'));
      // "No mail in the test means it does not work": the customer's server got it, over TLS, with AUTH.
      const received = await smtp.peer.nextMessage(10_000);
      expect(received).toMatchObject({ envelopeFrom: SENDER_ADDRESS, secure: true, user: PEER_USER });
      expect(received.envelopeTo).toEqual([ADMIN_EMAIL]);
      await centre(page.getByTestId('smtp-test-report'));
      await shot('smtp-tested', { hideToasts: true });

      await expect.poll(() => enable.isEnabled(), { timeout: 10_000 }).toBe(true);
      await enable.click();
      await page.getByText(t.smtp.active).first().waitFor();
      await expect.poll(() => card('CUSTOM_SMTP').getAttribute('data-active')).toBe('true');
      expect(await senderMode()).toBe('CUSTOM_SMTP');
      await centre(card('CUSTOM_SMTP'));
      await shot('smtp-enabled');
    });

    it('3. applies the hosted domain, copies every record, publishes them, verifies and enables HOSTED', async () => {
      const t = x.hosted;
      await card('HOSTED').getByRole('link', { name: x.sender.cards.setUpHosted }).click();
      await page.getByRole('heading', { name: t.title, level: 1 }).waitFor();
      await page.getByRole('textbox', { name: t.form.domain, exact: true }).fill(DOMAIN);
      await page.getByRole('textbox', { name: t.form.fromEmail, exact: true }).fill('news');
      await page.getByRole('textbox', { name: t.form.fromName, exact: true }).fill('Example News');
      await page.getByRole('button', { name: t.form.apply, exact: true }).click();

      const table = page.getByRole('table', { name: fill(t.records.caption, { domain: DOMAIN }) });
      await table.waitFor();
      const rows = table.locator('tbody tr[data-record]');
      const statuses = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')));
      expect(await statuses()).toEqual(Array(5).fill('MISSING'));
      await toTop(table);
      await shot('hosted-records');

      // Every host and value through its copy button, read back from the clipboard.
      const copied: PublishedRecord[] = [];
      for (const row of await rows.all()) {
        const type = ((await row.locator('td').first().textContent()) ?? '').trim();
        const copy = async (button: Locator, shown: Locator) => {
          await button.click();
          await expect.poll(() => button.textContent()).toBe(t.copy.copied);
          const text = await page.evaluate(() => navigator.clipboard.readText());
          expect(text).toBe(await shown.textContent());
          return text;
        };
        const button = (label: string) => row.getByRole('button', { name: pattern(label) });
        const host = await copy(button(t.records.copyHost), row.getByTestId('record-host'));
        const value = await copy(button(t.records.copyValue), row.getByTestId('record-value'));
        copied.push({ type, name: host === '@' ? ZONE : `${host}.${ZONE}`, value });
      }
      expect(copied.map((record) => record.type)).toEqual(['TXT', 'TXT', 'CNAME', 'TXT', 'TXT']);

      // Published exactly as copied, in the test DNS server; then Verify now.
      await publishRecords(dns, copied);
      await page.getByRole('button', { name: t.status.verify, exact: true }).click();
      await expect.poll(statuses, { timeout: 30_000 }).toEqual(Array(5).fill('VERIFIED'));
      await expect.poll(() => page.getByTestId('domain-status').getAttribute('data-status')).toBe('VERIFIED');
      expect(await table.getByText(t.records.statuses.VERIFIED, { exact: true }).count()).toBe(5);
      await toTop(table);
      await shot('hosted-verified', { hideToasts: true });

      await page.getByRole('button', { name: t.enable.button, exact: true }).click();
      await page.getByTestId('hosted-active').getByText(`news@${DOMAIN}`).waitFor();
      expect(await senderMode()).toBe('HOSTED');
      await page.getByRole('link', { name: t.back }).click();
      await expect.poll(() => card('HOSTED').getAttribute('data-active'), { timeout: 10_000 }).toBe('true');
      await centre(card('HOSTED'));
      await shot('hosted-enabled');
    });

    it('4. changes the insights email, creates and verifies a test user, and sends it a test', async () => {
      const t = x.templates;
      await openEmailTab('templates');
      await pickEntry(x.insightsName, 'insights_digest');
      await page.waitForURL(/key=insights_digest/);
      await waitForPreview(page, (html) => html.length > 0);
      const before = await previewHtml(page);
      expect(before).not.toContain(bodyMarker);

      // Change its text: the subject, and a line at the end of the body; the preview follows as you type.
      await page
        .getByRole('textbox', { name: t.editor.subject, exact: true })
        .fill(`${subjectMarker} {{ account_name }}`);
      await page.getByTestId('preview-subject').getByText(subjectMarker).waitFor();
      const body = page.locator('.cm-content').first();
      await body.click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.insertText(`\n<p>${bodyMarker}</p>`);
      await waitForPreview(page, (html) => html.includes(bodyMarker));
      await page.getByRole('button', { name: t.editor.save, exact: true }).click();
      await page.getByText(t.editor.saved).waitFor();
      expect(await page.getByTestId('customized-badge').textContent()).toBe(t.editor.customized);
      await showPreviewEnd();
      await shot('template-edited', { hideToasts: true });

      // The manual's test user, on the Users page.
      await nav().getByRole('link', { name: x.app.nav.users, exact: true }).click();
      await page.getByRole('heading', { name: x.users.title, level: 1 }).waitFor();
      await page.getByRole('button', { name: x.users.add, exact: true }).click();
      const form = page.getByRole('form', { name: x.users.form });
      await form.getByLabel(label(x.users.name)).fill(testUser.name);
      await form.getByLabel(label(x.users.email)).fill(testUser.email);
      await form.getByRole('radio', { name: x.users.member }).check();
      await form.getByRole('button', { name: x.users.submit }).click();
      await page.getByText(fill(x.users.created, { email: testUser.email })).waitFor();
      await page.getByTestId(`user-row-${testUser.email}`).getByText(x.users.notVerified).waitFor();
      await shot('test-user-created');

      // Its verification email in the Mailbox; the link, followed as the recipient would.
      await page.getByRole('link', { name: x.users.openMailbox }).click();
      await page.waitForURL(/\/mailbox/);
      const mail = await openVerificationMail(page, testUser.email);
      expect(mail.via).toBe('the Mailbox page');
      await shot('verification-mail');
      await page.goto(mail.url);
      // The link's host (PUBLIC_URL) is another origin: the recipient picks the language there too.
      await page.getByRole('button', { name: x.switchName, exact: true }).click();
      const verified = page.getByTestId('verified-text');
      await verified.waitFor();
      await expect.poll(() => verified.textContent()).toBe(fill(x.verifiedText, { email: testUser.email }));
      await shot('test-user-verified');

      // Back in the template editor: SEND TEST of the changed insights email to the test user.
      await page.goto(`${server.baseUrl}/users`);
      await page
        .getByTestId(`user-row-${testUser.email}`)
        .getByText(x.users.verified, { exact: true })
        .waitFor();
      await openEmailTab('templates');
      await pickEntry(x.insightsName, 'insights_digest');
      await waitForPreview(page, (html) => html.includes(bodyMarker));
      const panel = page.getByRole('region', { name: t.sendTest.title });
      await panel.getByRole('combobox', { name: t.sendTest.to }).click();
      await page.getByRole('option', { name: testUser.email, exact: true }).click();
      await panel.getByRole('button', { name: t.sendTest.send, exact: true }).click();
      const result = panel.getByTestId('send-test-result');
      await result.waitFor({ timeout: 30_000 });
      expect(await result.getAttribute('role')).toBe('status');
      expect(await result.textContent()).toContain(t.sendTest.sentTitle);
      expect(await result.textContent()).toContain(testUser.email);
      await centre(panel);
      await shot('send-test-confirmed');

      // The test, with the changed text, left through the active (hosted) sender into the relay.
      await expect
        .poll(
          async () => {
            const { mailbox } = await gqlFromPage<{
              mailbox: { envelopeFrom: string; envelopeTo: string[]; raw: string }[];
            }>(page, '{ mailbox(first: 10) { envelopeFrom envelopeTo raw } }');
            return mailbox.some(
              (message) =>
                message.envelopeTo.includes(testUser.email) &&
                message.raw.replace(/=\r?\n/g, '').includes(bodyMarker),
            );
          },
          { timeout: 15_000 },
        )
        .toBe(true);
    });

    it('5. edits the footer through its dropdown entry and sees it in a template that carries it', async () => {
      const t = x.templates;
      await pickEntry(x.footerName, 'footer');
      await page.waitForURL(/\/settings\/email\/footer/);
      await page.getByRole('tab', { name: x.app.emailSettings.tabs.footer, selected: true }).waitFor();
      await replaceBody(page, `<p style="margin:0;">${footerMarker} · {{ recipient_email }}</p>`);
      await waitForPreview(page, (html) => html.includes(footerMarker));
      await page.getByRole('button', { name: t.editor.save, exact: true }).click();
      await page.getByText(t.editor.saved).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot('footer-edited', { hideToasts: true });

      await pickEntry(x.insightsName, 'insights_digest');
      await page.waitForURL(/key=insights_digest/);
      await waitForPreview(page, (html) => html.includes(footerMarker) && html.includes(bodyMarker));
      // The footer closes the email.
      await showPreviewEnd();
      await shot('footer-in-template', { hideToasts: true });
    });

    it('6. RESETs the insights email and shows the default again', async () => {
      const t = x.templates;
      await page.getByRole('button', { name: t.reset.button, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: t.reset.title });
      await dialog.getByRole('button', { name: t.reset.confirm, exact: true }).click();
      await expect.poll(() => page.getByTestId('customized-badge').textContent()).toBe(t.editor.default);
      await waitForPreview(page, (html) => !html.includes(bodyMarker) && html.includes(footerMarker));
      expect(await page.getByTestId('preview-subject').textContent()).not.toContain(subjectMarker);
      const subject = page.getByRole('textbox', { name: t.editor.subject, exact: true });
      expect(await subject.inputValue()).toBe(getDefaultContent('insights_digest', x.locale).subject);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot('template-reset', { hideToasts: true });
    });

    it('7. goes back to the platform sender', async () => {
      await openEmailTab('sender');
      await card('PLATFORM').getByRole('button', { name: x.sender.cards.use }).click();
      await expect.poll(() => card('PLATFORM').getAttribute('data-active')).toBe('true');
      expect(await senderMode()).toBe('PLATFORM');
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot('platform-sender', { hideToasts: true });
      expect(pageErrors).toEqual([]);
    });
  });
}
