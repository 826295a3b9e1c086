import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './harness';

export async function signIn(page: Page, baseUrl: string, path: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel('Email address').fill(ADMIN_EMAIL);
  await page.getByLabel('Password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
}

/** GraphQL over HTTP with the page's session cookie, as the SPA itself calls it. */
export async function graphqlInPage<T>(page: Page, query: string, variables: Record<string, unknown>) {
  const answer = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

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

/** Picks an entry of the template dropdown by its visible name. */
export async function pickEntry(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Email', exact: true }).click();
  await page.getByRole('option', { name, exact: true }).click();
}
