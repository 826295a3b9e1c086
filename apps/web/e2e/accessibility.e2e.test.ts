import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DnsmasqServer } from '../../api/src/test/dnsmasq';
import { auditEmailHtml, auditPage, type Finding } from './accessibility-helpers';
import { runKeyboardWalk } from './accessibility-keyboard';
import { gqlFromPage, openVerificationMail, waitUntilStill } from './delivery-helpers';
import { ADMIN_EMAIL, ADMIN_PASSWORD, launchChromium, type Server, startServer } from './harness';
import { PLATFORM_ENV, startPlatformDns } from './hosted-dns';
import { type CustomerSmtp, PEER_PASSWORD, PEER_USER, startCustomerSmtp } from './sender-peer';
import { waitForPreview } from './templates-helpers';

type Language = 'en' | 'de';

// The few visible texts the walk needs, per UI language.
const TEXTS = {
  en: {
    signIn: 'Sign in',
    email: 'Email address',
    password: 'Password',
    addUser: 'Add user',
    addUserForm: 'Add a user',
    addUserSubmit: 'Add user and send verification email',
    tokenName: 'Token name',
    createToken: 'Create token',
    notFound: 'Page not found',
  },
  de: {
    signIn: 'Anmelden',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    addUser: 'Benutzer anlegen',
    addUserForm: 'Benutzer anlegen',
    addUserSubmit: 'Benutzer anlegen und Bestätigungs-E-Mail senden',
    tokenName: 'Name des Tokens',
    createToken: 'Token erstellen',
    notFound: 'Seite nicht gefunden',
  },
} satisfies Record<Language, Record<string, string>>;

describe('accessibility in Chromium: axe on every page in English and German, and the keyboard', () => {
  let smtp: CustomerSmtp;
  let dns: DnsmasqServer;
  let server: Server;
  let browser: Browser;
  const pageErrors: string[] = [];
  const findings: Finding[] = [];
  const audited: string[] = [];

  beforeAll(async () => {
    [smtp, dns] = await Promise.all([startCustomerSmtp(), startPlatformDns()]);
    server = await startServer({ env: { ...smtp.env, ...PLATFORM_ENV, DNS_SERVERS: dns.servers } });
    browser = await launchChromium();
    await prepare();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([smtp?.close(), dns?.stop()]);
  });

  /** A browser context of its own (cookies, localStorage), so each language keeps its own session and choice. */
  const openPage = async () => {
    // Clipboard permissions: the keyboard walk presses the copy buttons and reads the clipboard back.
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'en-US',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  };

  const signIn = async (page: Page, language: Language) => {
    const texts = TEXTS[language];
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel(texts.email).fill(ADMIN_EMAIL);
    await page.getByLabel(texts.password).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: texts.signIn, exact: true }).click();
    await page.locator('nav#main-navigation').waitFor();
  };

  /** Data every page shows in both languages: a saved and tested SMTP server, a hosted domain. */
  const prepare = async () => {
    const page = await openPage();
    await signIn(page, 'en');
    await gqlFromPage(
      page,
      'mutation($input: SmtpSettingsInput!) { updateSmtpSettings(input: $input) { senderMode } }',
      {
        input: {
          host: 'localhost',
          port: smtp.peer.port,
          secure: true,
          username: PEER_USER,
          password: PEER_PASSWORD,
          fromEmail: 'reports@customer.example',
        },
      },
    );
    await gqlFromPage(page, 'mutation { testSmtpSettings(input: {}) { ok } }');
    await gqlFromPage(
      page,
      'mutation($input: HostedDomainInput!) { applyHostedDomain(input: $input) { senderMode } }',
      { input: { domain: 'mail.example.test', fromEmail: 'news', fromName: 'Example News' } },
    );
    await page.context().close();
  };

  /** Every page of the SPA, each in the state the issue names, audited in `language`. */
  const auditEveryPage = async (language: Language) => {
    const page = await openPage();
    const texts = TEXTS[language];
    const base = server.baseUrl;
    const audit = async (name: string, exclude: string[] = []) => {
      audited.push(`${language} ${name}`);
      findings.push(...(await auditPage(page, `${language} ${name}`, exclude)));
    };

    await page.goto(`${base}/sign-in`);
    if (language === 'de') await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('button', { name: texts.signIn, exact: true }).waitFor();
    await audit('sign-in');

    await page.goto(`${base}/verify-email?token=not-a-token`);
    await page.getByRole('alert').waitFor();
    await audit('verify-email (error)');

    await signIn(page, language);
    await page.goto(`${base}/settings/email`);
    await page.locator('[data-testid="smtp-test-report"][aria-busy="false"]').waitFor();
    await page.getByRole('form').first().waitFor();
    await audit('email > sender');

    await page.goto(`${base}/settings/email/templates?key=insights_digest&locale=${language.toUpperCase()}`);
    await page.locator('.cm-content').waitFor();
    await waitForPreview(page, (html) => html.length > 0);
    await audit('email > templates');
    await auditEmailHtml(page, `${language} insights digest`);

    await page.goto(`${base}/settings/email/footer`);
    await page.locator('.cm-content').waitFor();
    await waitForPreview(page, (html) => html.length > 0);
    await audit('email > footer');

    await page.goto(`${base}/settings/email/hosted`);
    await expect.poll(() => page.locator('tr[data-record]').count()).toBe(5);
    await audit('hosted domain');

    const testUser = `a11y.${language}@example.com`;
    await page.goto(`${base}/users`);
    await page.getByRole('button', { name: texts.addUser, exact: true }).click();
    const form = page.getByRole('form', { name: texts.addUserForm });
    await form.waitFor();
    await waitUntilStill(page.getByRole('dialog'));
    await audit('users (add user open)');
    await form.getByLabel(texts.email).fill(testUser);
    await form.getByRole('button', { name: texts.addUserSubmit }).click();
    await page.getByTestId(`user-row-${testUser}`).waitFor();

    await page.goto(`${base}/mailbox`);
    const mail = await openVerificationMail(page, testUser);
    await page.locator('iframe[title]').first().waitFor();
    await audit('mailbox (message open)');

    // The link names PUBLIC_URL's host; the same origin keeps the chosen language in localStorage.
    const link = new URL(mail.url);
    await page.goto(`${base}${link.pathname}${link.search}`);
    await page.getByTestId('verified-text').waitFor();
    await audit('verify-email (success)');

    await page.goto(`${base}/api-tokens`);
    await page.getByLabel(texts.tokenName).fill(`a11y ${language}`);
    await page.getByRole('button', { name: texts.createToken, exact: true }).click();
    await page.getByTestId('created-token').waitFor();
    await audit('api tokens (token shown)');

    await page.goto(`${base}/deliveries`);
    const details = page.locator('[data-testid^="delivery-row-"] button').first();
    await details.waitFor();
    await details.click();
    await page.getByTestId('delivery-details').waitFor();
    await waitUntilStill(page.getByRole('dialog'));
    await audit('delivery log (details open)');

    await page.goto(`${base}/playground`);
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 60_000 });
    // GraphiQL's editor tabs are <li role="tab"> holding two buttons (select, close): nested
    // interactive controls in @graphiql/react's own markup, which no prop or style of ours changes.
    await audit('playground', ['.graphiql-session-header .graphiql-tab']);

    await page.goto(`${base}/no-such-page`);
    await page.getByRole('heading', { name: texts.notFound, level: 1 }).waitFor();
    await audit('not found');
    await page.context().close();
  };

  it('finds no serious or critical axe violation on any page, in English and German', async () => {
    const started = Date.now();
    // Both languages at once, each in its own context: they share only the server's data.
    await Promise.all([auditEveryPage('en'), auditEveryPage('de')]);
    console.log(`Audited ${audited.length} pages in ${Math.round((Date.now() - started) / 1000)} s`);
    for (const f of findings) {
      console.error(`${f.page}: ${f.rule} (${f.impact}) ${f.help}\n  ${f.targets.join('\n  ')}`);
    }
    expect(findings.map((f) => `${f.page}: ${f.rule}`)).toEqual([]);
    expect(audited).toHaveLength(26);
    expect(pageErrors).toEqual([]);
  });

  it('reaches and uses the menu, the template dropdown, copy buttons, sender cards and Add user by keyboard', async () => {
    const page = await openPage();
    await runKeyboardWalk(page, server.baseUrl);
    expect(pageErrors).toEqual([]);
  });
});
