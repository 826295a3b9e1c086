import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { describeFocus, expectVisibleFocus, tabTo } from './accessibility-helpers';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './harness';
import { waitForEditor } from './templates-helpers';

const pathOf = (page: Page) => new URL(page.url()).pathname;
const focusInside = (page: Page, selector: string) =>
  page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector);

/** Opens the template dropdown from the keyboard and walks its options with the arrows to `name`. */
async function pickWithArrows(page: Page, name: string) {
  await tabTo(page, (f) => f.tag === 'input' && f.name.startsWith('Email'));
  await page.keyboard.press('ArrowDown');
  await page.getByRole('listbox').waitFor();
  for (let step = 0; step < 30; step++) {
    const selected = page.locator('[role="option"][data-combobox-selected]');
    if ((await selected.count()) && (await selected.textContent())?.trim() === name) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The option "${name}" was not reached with the arrow keys.`);
}

/**
 * Walks the app with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, Escape): sign in, the
 * left menu, the sender cards, the template dropdown, a DNS record's copy buttons and Add user.
 * Pages are opened by address where a user would type or bookmark one; nothing is clicked.
 */
export async function runKeyboardWalk(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await tabTo(page, (f) => f.tag === 'input' && f.name.startsWith('Email address'));
  await page.keyboard.type(ADMIN_EMAIL);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ADMIN_PASSWORD);
  await page.keyboard.press('Enter');
  await page.locator('nav#main-navigation').waitFor();
  expect(pathOf(page)).toBe('/settings/email');

  // The skip link is the first stop, and it moves the focus to the page's content.
  await tabTo(page, (f) => f.name === 'Skip to content', { limit: 1 });
  await expectVisibleFocus(page.locator(':focus'));
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

  // The left menu.
  await tabTo(page, (f) => f.tag === 'a' && f.name === 'Users', { backwards: true });
  await expectVisibleFocus(page.locator(':focus'));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
  // The "Account configuration" group folds and unfolds from the keyboard.
  const group = page.getByRole('button', { name: 'Account configuration' });
  await tabTo(page, (f) => f.tag === 'button' && f.name === 'Account configuration', { backwards: true });
  expect(await group.getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('Space');
  await expect.poll(() => group.getAttribute('aria-expanded')).toBe('false');
  await page.keyboard.press('Enter');
  await expect.poll(() => group.getAttribute('aria-expanded')).toBe('true');
  await tabTo(page, (f) => f.tag === 'a' && f.name === 'Email', { limit: 1 });
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: 'Sender', selected: true }).waitFor();

  // The sender cards: a test through the platform card, enable custom SMTP, back to the platform.
  const card = (mode: string) => page.getByTestId(`sender-${mode}`);
  await tabTo(page, (f) => f.tag === 'button' && f.name === 'Send a test through “Ametrika platform domain”');
  await expectVisibleFocus(page.locator(':focus'));
  await page.keyboard.press('Enter');
  await card('PLATFORM').getByText(`Test email sent to ${ADMIN_EMAIL}`).waitFor({ timeout: 30_000 });
  await tabTo(page, (f) => f.tag === 'button' && f.name === 'Enable custom SMTP');
  await page.keyboard.press('Space');
  await expect.poll(() => card('CUSTOM_SMTP').getAttribute('data-active')).toBe('true');
  await tabTo(page, (f) => f.tag === 'button' && f.name === 'Use this sender');
  await page.keyboard.press('Enter');
  await expect.poll(() => card('PLATFORM').getAttribute('data-active')).toBe('true');

  // The tabs follow the arrows; then the template dropdown: the insights digest, then the footer.
  await tabTo(page, (f) => f.name === 'Sender' && f.tag === 'button', { backwards: true });
  await page.keyboard.press('ArrowRight');
  await page.waitForURL(/\/settings\/email\/templates/);
  await pickWithArrows(page, 'Data insights digest');
  await page.waitForURL(/key=insights_digest/);
  await waitForEditor(page, 'insights_digest');
  await page.locator('.cm-content').waitFor();
  await pickWithArrows(page, 'Email footer');
  await page.waitForURL(/\/settings\/email\/footer/);
  await waitForEditor(page, 'footer');
  await page.getByRole('tab', { name: 'Footer', selected: true }).waitFor();

  // A DNS record's copy buttons: Enter copies exactly what the row shows.
  await page.goto(`${baseUrl}/settings/email/hosted`);
  const row = page.locator('tr[data-record]').first();
  await row.waitFor();
  const readClipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await tabTo(page, (f) => f.tag === 'button' && f.name.startsWith('Copy host of the '));
  await expectVisibleFocus(page.locator(':focus'));
  await page.keyboard.press('Enter');
  await expect.poll(readClipboard).toBe(await row.getByTestId('record-host').textContent());
  await tabTo(page, (f) => f.tag === 'button' && f.name.startsWith('Copy value of the '));
  await page.keyboard.press('Enter');
  await expect.poll(readClipboard).toBe(await row.getByTestId('record-value').textContent());

  // Add user: open, Escape closes and gives the focus back; open, fill, submit.
  await page.goto(`${baseUrl}/users`);
  await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
  await tabTo(page, (f) => f.tag === 'button' && f.name === 'Add user');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add a user' });
  await dialog.waitFor();
  await expect.poll(() => focusInside(page, '[role="dialog"]')).toBe(true);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect((await describeFocus(page)).name).toBe('Add user');

  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await tabTo(page, (f) => f.tag === 'input' && f.name.startsWith('Name'), { limit: 10 });
  await page.keyboard.type('Keyboard User');
  await page.keyboard.press('Tab');
  await page.keyboard.type('keyboard.user@example.com');
  // The role radios: Tab lands on the checked one (Member), the arrows move to Administrator.
  await tabTo(page, (f) => f.tag === 'input' && f.name === 'Member', { limit: 3 });
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => dialog.getByRole('radio', { name: 'Administrator' }).isChecked()).toBe(true);
  // The focus stays inside the dialog while tabbing around it.
  for (let step = 0; step < 12; step++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(page, '[role="dialog"]')).toBe(true);
  }
  await tabTo(page, (f) => f.tag === 'button' && f.name === 'Add user and send verification email', {
    limit: 12,
  });
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('user-row-keyboard.user@example.com').waitFor();
}
