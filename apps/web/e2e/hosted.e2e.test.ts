import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DnsmasqServer } from '../../api/src/test/dnsmasq';
import { launchChromium, openPage, type Server, screenshotDir, signIn, startServer } from './harness';
import { PLATFORM_ENV, type PublishedRecord, publishRecords, startPlatformDns } from './hosted-dns';

const ZONE = 'example.test';
const DOMAIN = `mail.${ZONE}`;

describe('hosted email in Chromium: apply, copy, publish, verify, enable', () => {
  let dns: DnsmasqServer;
  let server: Server;
  let browser: Browser;
  let page: Page;
  const shots = screenshotDir();
  // From the top: a full-page shot of a scrolled page draws the fixed header in the middle.
  const shot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  };
  const pageErrors: string[] = [];
  const readClipboard = () => page.evaluate(() => navigator.clipboard.readText());

  beforeAll(async () => {
    dns = await startPlatformDns();
    server = await startServer({ env: { ...PLATFORM_ENV, DNS_SERVERS: dns.servers } });
    browser = await launchChromium();
    // The copy buttons are checked by reading the clipboard back, which needs both permissions.
    page = await openPage(browser, pageErrors, {
      viewport: { width: 1440, height: 1000 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await dns?.stop();
  });

  it('generates the records, copies each one exactly, verifies them from DNS and enables HOSTED', async () => {
    await signIn(page, server.baseUrl, '/settings/email');

    // Email › Sender: the hosted card leads to the hosted-domain page.
    await page.getByRole('tab', { name: 'Sender' }).waitFor();
    await page.getByRole('link', { name: 'Set up your domain' }).click();
    await page.getByRole('heading', { name: 'Hosted email for your domain', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings/email/hosted');

    await page.getByRole('textbox', { name: 'Domain' }).fill(DOMAIN);
    await page.getByRole('textbox', { name: 'Sender address' }).fill('news');
    await page.getByRole('textbox', { name: 'Sender name' }).fill('Example News');
    await page.getByRole('button', { name: 'Apply' }).click();

    const table = page.getByRole('table', { name: `DNS records to publish for ${DOMAIN}` });
    await table.waitFor();
    const rows = table.locator('tbody tr[data-record]');
    expect(await rows.count()).toBe(5);
    for (const status of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')))) {
      expect(status).toBe('MISSING');
    }
    await expect.poll(() => table.getByText('Missing', { exact: true }).count()).toBe(5);
    await shot('hosted-records');

    // Each host and value through its own copy button, pressed from the keyboard, read back from the clipboard.
    const copied: PublishedRecord[] = [];
    for (let index = 0; index < 5; index++) {
      const row = rows.nth(index);
      const type = ((await row.locator('td').first().textContent()) ?? '').trim();
      const copy = async (what: 'host' | 'value') => {
        const button = row.getByRole('button', { name: new RegExp(`^Copy ${what} of the `) });
        await button.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => button.textContent()).toBe('Copied');
        return readClipboard();
      };
      const host = await copy('host');
      const value = await copy('value');
      expect(host).toBe(await row.getByTestId('record-host').textContent());
      expect(value).toBe(await row.getByTestId('record-value').textContent());
      const name = host === '@' ? ZONE : `${host}.${ZONE}`;
      await row.getByText(`Full name: ${name}`).waitFor();
      copied.push({ type, name, value });
    }
    expect(copied.map((r) => `${r.type} ${r.name}`)).toEqual([
      `TXT _ametrika.${DOMAIN}`,
      expect.stringMatching(new RegExp(`^TXT am\\d{6}\\._domainkey\\.${DOMAIN.replace('.', '\\.')}$`)),
      `CNAME bounce.${DOMAIN}`,
      `TXT ${DOMAIN}`,
      `TXT _dmarc.${DOMAIN}`,
    ]);
    expect(copied[1]?.value).toMatch(/^v=DKIM1; k=rsa; p=[A-Za-z0-9+/=]{300,}$/);

    await page.getByRole('button', { name: 'Copy all as a zone file' }).click();
    await expect.poll(readClipboard).toContain(`$ORIGIN ${ZONE}.`);

    // Enable says what is missing until the records verify.
    const enable = page.getByRole('button', { name: 'Enable hosted sending' });
    expect(await enable.isDisabled()).toBe(true);
    expect(await page.getByTestId('enable-missing').textContent()).toContain(`_ametrika.${DOMAIN}`);

    await publishRecords(dns, copied);
    await page.getByRole('button', { name: 'Verify now' }).click();
    await expect
      .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status'))), {
        timeout: 30_000,
      })
      .toEqual(['VERIFIED', 'VERIFIED', 'VERIFIED', 'VERIFIED', 'VERIFIED']);
    await expect.poll(() => page.getByTestId('domain-status').getAttribute('data-status')).toBe('VERIFIED');
    // Green: the badges use Mantine's green filled variant.
    const badgeColor = await table
      .locator('.mantine-Badge-root[data-status="VERIFIED"]')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(badgeColor).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
    const [r, g, b] = (badgeColor.match(/\d+/g) ?? []).map(Number);
    expect(g).toBeGreaterThan(r ?? 0);
    expect(g).toBeGreaterThan(b ?? 0);
    await shot('hosted-verified');

    await enable.click();
    await page.getByTestId('hosted-active').getByText(`news@${DOMAIN}`).waitFor();
    const settings = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ emailSettings { senderMode activeFromAddress } }' }),
      });
      return response.json();
    });
    expect(settings.data.emailSettings).toEqual({
      senderMode: 'HOSTED',
      activeFromAddress: `news@${DOMAIN}`,
    });
    expect(pageErrors).toEqual([]);
  });
});
