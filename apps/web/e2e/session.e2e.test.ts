import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, launchChromium, type Server, startServer } from './harness';

// The first page signs in and asks for `me` with a plain fetch; Apollo arrives with the shell.
// These walk the session's edges across that seam: sign-out, an expired session, a public page.
describe('the session across the first page and the shell, in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const operations: string[] = [];
  let graphqlInFlight = 0;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      if (new URL(request.url()).pathname !== '/graphql' || request.method() !== 'POST') return;
      operations.push((request.postDataJSON() as { operationName?: string }).operationName ?? '?');
      graphqlInFlight += 1;
      const done = () => {
        graphqlInFlight -= 1;
      };
      void request.response().then(done, done);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const path = () => new URL(page.url()).pathname;
  const signIn = async () => {
    await page.getByRole('heading', { name: 'Sign in to Ametrika Email' }).waitFor();
    await page.getByLabel('Email address').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  };

  it('knows the user in the shell without asking again, and signs out to a fresh start', async () => {
    await page.goto(`${server.baseUrl}/api-tokens`);
    await signIn();
    await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
    expect(path()).toBe('/api-tokens');
    expect(await page.getByTestId('signed-in-user').getAttribute('title')).toBe(ADMIN_EMAIL);
    // One `me` for the guard; the shell's Apollo cache starts with the signed-in user.
    expect(operations.filter((name) => name === 'Me')).toHaveLength(1);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Ametrika Email' }).waitFor();
    expect(path()).toBe('/sign-in');
    expect(operations).toContain('SignOut');

    // Signing out forgets the last page: the next sign-in starts on the default one.
    await signIn();
    await page.getByRole('tab', { name: 'Sender' }).waitFor();
    expect(path()).toBe('/settings/email');
  });

  it('sends the user to sign in when the session expires, and back afterwards', async () => {
    // The page's own queries must have answered first: one still under way when the cookie goes would
    // meet the expired session before the click, and the shell would end it on the page before.
    await expect.poll(() => graphqlInFlight).toBe(0);
    await context.clearCookies();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Users' })
      .click();
    // The users query answers UNAUTHENTICATED; the shell ends the session and the guard steps in.
    await page.getByRole('heading', { name: 'Sign in to Ametrika Email' }).waitFor();
    await signIn();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    expect(path()).toBe('/users');
  });

  it('keeps /verify-email public', async () => {
    await context.clearCookies();
    await page.goto(`${server.baseUrl}/verify-email?token=not-a-token`);
    await page.getByText('The address could not be verified').waitFor();
    expect(path()).toBe('/verify-email');
    expect(pageErrors).toEqual([]);
  });
});
