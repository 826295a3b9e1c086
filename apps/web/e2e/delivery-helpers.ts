import type { Locator, Page } from 'playwright-core';

const VERIFY_LINK = /https?:\/\/[^\s"'<>]+\/verify-email\?token=[A-Za-z0-9_%-]+/;

/** A GraphQL call from the page, so the session cookie of the signed-in admin goes along. */
export async function gqlFromPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const body = await page.evaluate(
    async ([q, v]) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ query: q, variables: v }),
      });
      return response.json();
    },
    [query, variables] as const,
  );
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/**
 * Opens the newest message to `to` in the Mailbox page and reads the verification link from it
 * (the HTML part sits in the iframe's srcdoc). Falls back to the `mailbox` query when the page
 * shows no such message, and says which way it went.
 */
export async function openVerificationMail(page: Page, to: string): Promise<{ url: string; via: string }> {
  const row = page.getByRole('row').filter({ hasText: to }).first();
  try {
    await row.waitFor({ timeout: 20_000 });
    await row.getByRole('link').first().click();
    await page.locator('#mail-subject').waitFor({ timeout: 10_000 });
    const match = VERIFY_LINK.exec((await page.content()).replaceAll('&amp;', '&'));
    if (match) return { url: match[0], via: 'the Mailbox page' };
  } catch {
    // Fall through to the query below.
  }
  for (let attempt = 0; attempt < 40; attempt++) {
    const { mailbox } = await gqlFromPage<{
      mailbox: { envelopeTo: string[]; text: string | null; raw: string }[];
    }>(page, 'query { mailbox(first: 20) { envelopeTo text raw } }');
    const mail = mailbox.find((message) => message.envelopeTo.includes(to));
    const match =
      mail && VERIFY_LINK.exec(mail.text ?? mail.raw.replace(/=\r?\n/g, '').replaceAll('=3D', '='));
    if (match) return { url: match[0], via: 'the mailbox query' };
    await page.waitForTimeout(500);
  }
  throw new Error(`No verification mail to ${to} arrived in the mailbox.`);
}

/**
 * SEND TEST of the insights digest from the template editor; when the editor's Send test panel
 * is not there, `sendTestEmail` through GraphQL. Returns the confirmation and which way it went.
 */
export async function sendDigestTest(page: Page, baseUrl: string, to: string) {
  await page.goto(`${baseUrl}/settings/email/templates?key=insights_digest&locale=EN`);
  const panel = page.getByRole('region', { name: 'Send test' });
  try {
    await panel.waitFor({ timeout: 20_000 });
    await panel.getByLabel('Test email address').click();
    await page.getByRole('option', { name: to, exact: true }).click();
    await panel.getByRole('button', { name: 'Send test' }).click();
    const result = panel.getByTestId('send-test-result');
    await result.waitFor({ timeout: 30_000 });
    return { message: (await result.textContent()) ?? '', via: 'the template editor' };
  } catch (error) {
    console.warn(`Send test through the editor failed (${String(error)}); using sendTestEmail instead.`);
  }
  const { sendTestEmail } = await gqlFromPage<{ sendTestEmail: { ok: boolean; message: string } }>(
    page,
    'mutation($input: SendTestEmailInput!) { sendTestEmail(input: $input) { ok message } }',
    { input: { key: 'insights_digest', locale: 'EN', to } },
  );
  return { message: sendTestEmail.message, via: 'the sendTestEmail mutation' };
}

/** Waits until an element stops moving (a drawer's slide-in), so a screenshot shows it in place. */
export async function waitUntilStill(locator: Locator) {
  let last = '';
  for (let attempt = 0; attempt < 40; attempt++) {
    const box = JSON.stringify(await locator.boundingBox());
    if (box === last) return;
    last = box;
    await locator.page().waitForTimeout(100);
  }
}
