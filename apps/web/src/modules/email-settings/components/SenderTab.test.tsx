import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { accountMock, adminUser, meMock, renderApp } from '../../../test/render-app';
import { TestSmtpSettingsMutation, UpdateSmtpSettingsMutation } from '../graphql/sender.graphql';
import { failedAuthReport, savedSmtp, senderTabMocks } from '../test/sender-mocks';

const base = [meMock(adminUser), accountMock];
const savedInput = {
  host: 'smtp.example.com',
  port: 587,
  secure: false,
  username: 'mailer',
  fromEmail: 'noreply@example.com',
  fromName: null,
};

async function openSenderTab(mocks = [...base, ...senderTabMocks()], language: 'en' | 'de' = 'en') {
  const view = await renderApp({ path: '/settings/email', mocks, language });
  const label = language === 'de' ? 'SMTP-Server (Host)' : 'SMTP server (host)';
  await screen.findByLabelText(new RegExp(label.replace(/[()]/g, '\\$&')), undefined, { timeout: 5000 });
  return view;
}

// The first render loads the lazy page and tab chunks, which takes a few seconds under happy-dom.
describe('Sender tab', { timeout: 20_000 }, () => {
  it('suggests the matching port when TLS is switched, unless the user typed another port', async () => {
    await openSenderTab();
    const port = screen.getByLabelText(/^Port/) as HTMLInputElement;
    const tls = screen.getByRole('switch', { name: 'SSL/TLS' });
    expect(port.value).toBe('587');

    fireEvent.click(tls);
    expect(port.value).toBe('465');
    expect(screen.getByText('Port set to 465 to match.')).toBeTruthy();
    fireEvent.click(tls);
    expect(port.value).toBe('587');

    fireEvent.change(port, { target: { value: '2525' } });
    fireEvent.click(tls);
    expect(port.value).toBe('2525');
  });

  it('shows field errors from the shared schema inline and the server’s field error at its field', async () => {
    const refused = {
      request: { query: UpdateSmtpSettingsMutation, variables: { input: { ...savedInput, port: 2526 } } },
      result: {
        errors: [
          new GraphQLError('Port 2526 is not allowed; use one of 25, 465, 587, 2525.', {
            extensions: { code: 'BAD_USER_INPUT', field: 'port' },
          }),
        ],
      },
    };
    await openSenderTab([...base, ...senderTabMocks(), refused]);
    const host = screen.getByLabelText(/SMTP server \(host\)/);
    fireEvent.change(host, { target: { value: '' } });
    fireEvent.blur(host);
    expect(
      await screen.findByText("Enter the SMTP server's host name, for example smtp.example.com."),
    ).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Port/), { target: { value: '70000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Enter a port between 1 and 65535/)).toBeTruthy();

    fireEvent.change(host, { target: { value: 'smtp.example.com' } });
    fireEvent.change(screen.getByLabelText(/^Port/), { target: { value: '2526' } });
    expect(screen.queryByText("Enter the SMTP server's host name, for example smtp.example.com.")).toBeNull();
    // A changed port clears the stored password unless it is entered again: the form says so.
    expect(screen.getByText(/the stored password will be cleared/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Port 2526 is not allowed; use one of 25, 465, 587, 2525.')).toBeTruthy();
  });

  it('shows a failed test report with the stage hint in German', async () => {
    const failed = {
      request: {
        query: TestSmtpSettingsMutation,
        variables: { input: { settings: savedInput, to: 'admin@example.com' } },
      },
      result: { data: { testSmtpSettings: failedAuthReport } },
    };
    await openSenderTab([...base, ...senderTabMocks(), failed], 'de');
    fireEvent.click(screen.getByRole('button', { name: 'Testen' }));

    const hint = await screen.findByText(
      'Gmail hat das Passwort abgelehnt. Erstellen Sie ein App-Passwort und verwenden Sie es hier.',
      undefined,
      { timeout: 5000 },
    );
    expect(hint).toBeTruthy();
    const stages = screen.getByRole('list', { name: 'Schritte des Tests' });
    expect(within(stages).getByText('Anmelden')).toBeTruthy();
    expect(within(stages).getAllByText('Fehlgeschlagen')).toHaveLength(1);
    expect(
      await screen.findByText('Test fehlgeschlagen bei „Anmelden“.', undefined, { timeout: 5000 }),
    ).toBeTruthy();
    expect(screen.queryByText(/Create an app password/)).toBeNull();
  });

  it('keeps Enable disabled and says why until the saved settings passed a test', async () => {
    await openSenderTab();
    const enable = screen.getByRole('button', { name: 'Enable custom SMTP' }) as HTMLButtonElement;
    expect(enable.disabled).toBe(true);
    const reason = screen.getByTestId('enable-smtp-reason');
    expect(reason.textContent).toBe(savedSmtp.notReadyReason);
    expect(enable.getAttribute('aria-describedby')).toBe(reason.id);
  });

  it('explains in German why custom SMTP cannot be enabled', async () => {
    await openSenderTab(undefined, 'de');
    const reason = screen.getByTestId('enable-smtp-reason');
    expect(reason.textContent).toMatch(/^Testen Sie die gespeicherten SMTP-Einstellungen/);
    const card = screen.getByTestId('sender-CUSTOM_SMTP');
    const use = within(card).getByRole('button', { name: 'Diesen Absender verwenden' }) as HTMLButtonElement;
    expect(use.disabled).toBe(true);
  });
});
