import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { records, renderHostedPage, settingsMock, settingsWith, hostedDomain } from '../test/hosted-fixtures';

const setClipboard = (writeText: (text: string) => Promise<void>) =>
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

describe('copy buttons', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('copies the exact value and says "Copied"', async () => {
    const writeText = vi.fn(async () => undefined);
    setClipboard(writeText);
    await renderHostedPage([settingsMock(settingsWith(hostedDomain()))]);
    const button = await screen.findByRole('button', {
      name: 'Copy value of the DKIM signature (am202501) record',
    });
    fireEvent.click(button);
    await waitFor(() => expect(button.textContent).toBe('Copied'));
    expect(writeText).toHaveBeenCalledWith(records[1]?.value);
    expect(screen.getByText('Copied to the clipboard.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Copy host of the Return path record' }));
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith('bounce.mail'));
  });

  it('falls back to a selected read-only field when the browser refuses', async () => {
    setClipboard(
      vi.fn(async () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))),
    );
    await renderHostedPage([settingsMock(settingsWith(hostedDomain()))]);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy host of the Ownership record' }));
    const field = (await screen.findByLabelText('Text to copy')) as HTMLTextAreaElement;
    expect(field.value).toBe('_ametrika.mail');
    expect(field.readOnly).toBe(true);
    expect(screen.getByRole('alert').textContent).toContain('press Ctrl+C');
    await waitFor(() => expect(document.activeElement).toBe(field));
  });
});
