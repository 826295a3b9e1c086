import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  launchChromium,
  openPage,
  type Server,
  screenshotDir,
  startServer,
} from './harness';

describe('the SPA in Chromium against the built API', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const shots = screenshotDir();
  const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) });
  const pageErrors: string[] = [];
  const offOrigin: string[] = [];

  beforeAll(async () => {
    console.log(`Screenshots: ${shots}`);
    server = await startServer();
    browser = await launchChromium();
    page = await openPage(browser, pageErrors);
    // Nothing may come from a CDN: the app must work offline.
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        offOrigin.push(url);
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in, shows the shell, switches to German and runs a query in the playground', async () => {
    await page.goto(`${server.baseUrl}/users`);
    // Signed out: the guard sends us to the sign-in page.
    await page.getByRole('heading', { name: 'Sign in to Ametrika Email' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await shot('01-sign-in');

    await page.getByLabel('Email address').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // ... and back to where we wanted to go.
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.waitFor();
    // Level 1: the page also has an "All users" heading.
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/users');
    await page.getByRole('cell', { name: ADMIN_EMAIL }).waitFor();
    for (const item of [
      'Account configuration',
      'Email',
      'Users',
      'API tokens',
      'Delivery log',
      'Mailbox',
      'Playground',
    ]) {
      await nav.getByText(item, { exact: true }).first().waitFor();
    }
    await page.getByText('Demo').first().waitFor();
    await shot('02-users');

    await nav.getByRole('link', { name: 'Email' }).click();
    await page.getByRole('tab', { name: 'Sender' }).waitFor();
    await shot('03-email-settings');

    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('tab', { name: 'Absender' }).waitFor();
    const navDe = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await navDe.getByText('Kontokonfiguration').waitFor();
    await navDe.getByText('Versandprotokoll').waitFor();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('ametrika.language'))).toBe('de');
    await shot('04-email-settings-de');

    // The choice survives a reload.
    await page.reload();
    await page.getByRole('tab', { name: 'Absender' }).waitFor();

    await navDe.getByRole('link', { name: 'Playground' }).click();
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor({ timeout: 60_000 });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    // insertText bypasses Monaco's auto-closing brackets, so the query arrives exactly as written.
    await page.keyboard.insertText('{ me { email } }');
    // GraphiQL derives the operation from the editor a moment after typing; until then a run may
    // still carry the default query's operation name. So run until the answer holds the address.
    const result = page.locator('.graphiql-response');
    let answer = '';
    for (let attempt = 0; attempt < 10 && !answer.includes(ADMIN_EMAIL); attempt++) {
      await page.waitForTimeout(500);
      await page.locator('button.graphiql-execute-button').click();
      await expect
        .poll(async () => (await result.textContent()) ?? '', { timeout: 10_000 })
        .toMatch(/"(data|errors)"/);
      answer = (await result.textContent()) ?? '';
    }
    expect(answer).toContain(ADMIN_EMAIL);
    await shot('05-playground');

    expect(pageErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
  });
});
