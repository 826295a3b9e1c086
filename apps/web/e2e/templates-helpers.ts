import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const preview = (page: Page) => page.getByTestId('template-preview');

export const previewHtml = async (page: Page) => (await preview(page).getAttribute('srcdoc')) ?? '';

/** Waits until the live preview's HTML satisfies `check` (it renders deferred, after typing). */
export async function waitForPreview(page: Page, check: (html: string) => boolean, timeout = 10_000) {
  await preview(page).waitFor();
  await expect.poll(async () => check(await previewHtml(page)), { timeout }).toBe(true);
}

/** Replaces the text of the CodeMirror body editor, as if pasted. */
export async function replaceBody(page: Page, text: string) {
  const content = page.locator('.cm-content').first();
  await content.waitFor();
  await content.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/**
 * Waits until the editor on screen is the one for `entry` (a template key, or 'footer'). The URL
 * changes as soon as the dropdown navigates, but the router renders the new editor in a transition:
 * typing before it commits would type into the editor being left.
 */
export async function waitForEditor(page: Page, entry: string) {
  await page.locator(`[data-testid="entry-editor"][data-entry="${entry}"]`).waitFor();
}

/** Picks an entry of the template dropdown by its visible name, and waits for its editor. */
export async function pickEntry(page: Page, name: string, entry: string) {
  await page.getByRole('combobox', { name: 'Email', exact: true }).click();
  await page.getByRole('option', { name, exact: true }).click();
  await waitForEditor(page, entry);
}
