import { listTemplateDefinitions } from '@ametrika/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registerModuleTexts } from '../../../i18n/module-texts';
import { accountMock, adminUser, meMock, renderApp } from '../../../test/render-app';
import { templateEditorMocks } from '../test/template-fixtures';
import { texts } from '../texts';

const PATH = '/settings/email/templates?key=insights_digest&locale=EN';
const mocks = (customized = false) => [
  meMock(adminUser),
  accountMock,
  ...templateEditorMocks('insights_digest', { customized }),
];

async function openEditor(customized = false) {
  await renderApp({ path: PATH, mocks: mocks(customized) });
  // Each test has a new i18next instance; the module registered its texts on the first one only.
  registerModuleTexts('templates', texts);
  return (await screen.findByRole('textbox', { name: 'Subject' }, { timeout: 10_000 })) as HTMLInputElement;
}

describe('the template editor', { timeout: 30_000 }, () => {
  it('lists every email type and, as its own entry, the footer', async () => {
    await openEditor();
    fireEvent.click(screen.getByRole('combobox', { name: 'Email' }));
    // Mantine fades the dropdown in; its options exist at once, visible or not.
    const names = [...listTemplateDefinitions().map((definition) => definition.name.en), 'Email footer'];
    for (const name of names) {
      expect(await screen.findByRole('option', { name, hidden: true }, { timeout: 5000 })).toBeTruthy();
    }
  });

  it('inserts a variable from the palette at the cursor', async () => {
    const subject = await openEditor();
    fireEvent.change(subject, { target: { value: 'Hello  there' } });
    fireEvent.focus(subject);
    subject.setSelectionRange(6, 6);
    fireEvent.click(screen.getByRole('button', { name: 'Insert account_name' }));
    await waitFor(() => expect(subject.value).toBe('Hello {{ account_name }} there'));
  });

  it('shows a syntax error with its line and column', async () => {
    const subject = await openEditor();
    fireEvent.change(subject, { target: { value: 'Digest for {{ account_name' } });
    const alert = await screen.findByText(/problem stops this email from rendering/, undefined, {
      timeout: 5000,
    });
    expect(alert.closest('[role="alert"]')?.textContent).toMatch(/Subject, line 1, column \d+/);
  });

  it('asks for confirmation before a reset', async () => {
    await openEditor(true);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to default' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset to the default text?' });
    expect(within(dialog).getByText(/Data insights digest|insights/i)).toBeTruthy();
    // Nothing was reset yet (no resetTemplate mock exists); cancelling closes the question.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Reset to the default text?' })).toBeNull(),
    );
  });
});
