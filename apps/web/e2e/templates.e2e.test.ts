import path from 'node:path';
import { getDefaultContent, LOCALES, TEMPLATE_KEYS } from '@ametrika/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlFromPage } from './delivery-helpers';
import {
  ADMIN_EMAIL,
  launchChromium,
  openPage,
  type Server,
  screenshotDir,
  signIn,
  startServer,
} from './harness';
import { pickEntry, previewHtml, replaceBody, waitForPreview } from './templates-helpers';

const PREVIEW_QUERY = `query Preview($input: PreviewEmailInput!) { previewEmail(input: $input) { html } }`;
const editorPath = (key: string, locale = 'EN') => `/settings/email/templates?key=${key}&locale=${locale}`;

describe('the template editor in Chromium against the built API', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const shots = screenshotDir();
  const shot = (name: string) => page.screenshot({ path: path.join(shots, name), fullPage: true });
  const pageErrors: string[] = [];
  const consoleMessages: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await openPage(browser, pageErrors, { viewport: { width: 1440, height: 1000 } });
    page.on('console', (message) => consoleMessages.push(message.text()));
    await signIn(page, server.baseUrl, editorPath('insights_digest'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('renders every template and locale in the browser byte for byte like previewEmail', async () => {
    const mismatches: string[] = [];
    for (const key of TEMPLATE_KEYS) {
      for (const locale of LOCALES) {
        await page.goto(`${server.baseUrl}${editorPath(key, locale)}`);
        const { previewEmail } = await gqlFromPage<{ previewEmail: { html: string } }>(page, PREVIEW_QUERY, {
          input: { key, locale },
        });
        await waitForPreview(page, (html) => html.length > 0);
        // The preview settles once the footer and account name are loaded; give it that moment.
        await expect
          .poll(() => previewHtml(page), { timeout: 5000 })
          .toBe(previewEmail.html)
          .catch(() => mismatches.push(`${key}/${locale}`));
      }
    }
    console.log(
      `Parity: ${TEMPLATE_KEYS.length * LOCALES.length - mismatches.length} of ${TEMPLATE_KEYS.length * LOCALES.length} identical`,
    );
    expect(mismatches).toEqual([]);
  });

  it('previews a changed subject before saving, keeps it after a reload, and resets it with undo', async () => {
    await page.goto(`${server.baseUrl}${editorPath('insights_digest')}`);
    const subject = page.getByRole('textbox', { name: 'Subject' });
    await subject.waitFor();
    const defaults = getDefaultContent('insights_digest', 'EN');
    expect(await subject.inputValue()).toBe(defaults.subject);
    await waitForPreview(page, (html) => html.length > 0);

    await subject.fill('E2E weekly digest for {{ account_name }}');
    await page
      .getByTestId('preview-subject')
      .getByText(/E2E weekly digest for/)
      .waitFor();
    await waitForPreview(page, (html) => html.includes('E2E weekly digest for'));

    // Leaving with unsaved changes asks first.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Users' })
      .click();
    await page.getByRole('dialog', { name: 'Leave without saving?' }).waitFor();
    await page.getByRole('button', { name: 'Keep editing' }).click();
    expect(new URL(page.url()).pathname).toBe('/settings/email/templates');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved as the current version.').waitFor();
    await shot('templates-editor.png');

    await page.reload();
    await subject.waitFor();
    expect(await subject.inputValue()).toBe('E2E weekly digest for {{ account_name }}');
    expect(await page.getByTestId('customized-badge').textContent()).toBe('Customised');
    await waitForPreview(page, (html) => html.includes('E2E weekly digest for'));

    await page.getByRole('button', { name: 'Reset to default' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset to the default text?' });
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => subject.inputValue()).toBe(defaults.subject);
    expect(await page.getByTestId('customized-badge').textContent()).toBe('Default text');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => subject.inputValue()).toBe('E2E weekly digest for {{ account_name }}');
    await page.getByRole('button', { name: 'Reset to default' }).click();
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => subject.inputValue()).toBe(defaults.subject);
  });

  it('never runs scripts pasted into the body: the preview frame is sandboxed', async () => {
    await page.goto(`${server.baseUrl}${editorPath('insights_digest')}`);
    await replaceBody(
      page,
      '<p>Sandbox check</p>\n<img src=x onerror="parent.window.__pwned=1">\n<script>parent.window.__pwned=1</script>',
    );
    await waitForPreview(page, (html) => html.includes('Sandbox check') && html.includes('onerror'));
    await page.waitForTimeout(1000); // time enough for an image error or a script to run
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const sandbox = await page.getByTestId('template-preview').getAttribute('sandbox');
    expect(sandbox).toBe('');
    expect(sandbox).not.toContain('allow-scripts');
    expect(consoleMessages.some((text) => /Blocked script execution/.test(text))).toBe(true);
    await page
      .getByTestId('preview-warnings')
      .getByText(/scripts/)
      .waitFor();
    await page.getByRole('button', { name: 'Discard changes' }).click();
  });

  it('edits the footer and shows it in the preview of a template that carries it', async () => {
    await page.goto(`${server.baseUrl}${editorPath('insights_digest')}`);
    await pickEntry(page, 'Email footer', 'footer');
    await page.waitForURL(/\/settings\/email\/footer/);
    await page.getByRole('tab', { name: 'Footer', selected: true }).waitFor();
    await replaceBody(page, '<p style="margin:0;">E2E footer line for {{ recipient_email }}</p>');
    await waitForPreview(page, (html) => html.includes('E2E footer line for'));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved as the current version.').waitFor();
    await shot('templates-footer.png');

    await pickEntry(page, 'Data insights digest', 'insights_digest');
    await page.waitForURL(/key=insights_digest/);
    await waitForPreview(page, (html) => html.includes('E2E footer line for'));
  });

  it('sends a test of the insights digest to the admin and shows the confirmation', async () => {
    await page.goto(`${server.baseUrl}${editorPath('insights_digest')}`);
    const to = page.getByRole('combobox', { name: 'Test email address' });
    await expect.poll(() => to.inputValue()).toBe(ADMIN_EMAIL);
    await page.getByRole('button', { name: 'Send test' }).click();
    const result = page.getByTestId('send-test-result');
    await result.waitFor({ timeout: 30_000 });
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('Test email sent');
    expect(text).toContain(ADMIN_EMAIL);
    expect(text).toContain('250');
    expect(pageErrors).toEqual([]);
  });
});
