import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { StrictMode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../../app/Providers';
import { AppRoutes } from '../../../app/routes';
import { setupI18n } from '../../../i18n/setup';
import { meMock } from '../../../test/render-app';
import { VerifyEmailMutation } from '../graphql/verify-email.graphql';

// Strict mode as in main.tsx: its doubled effects must not spend the single-use token twice.
async function renderStrict(path: string, mocks: MockLink.MockedResponse[]) {
  const i18n = await setupI18n('en');
  return render(
    <StrictMode>
      <MockedProvider mocks={mocks}>
        <Providers i18n={i18n}>
          <MemoryRouter initialEntries={[path]}>
            <AppRoutes />
          </MemoryRouter>
        </Providers>
      </MockedProvider>
    </StrictMode>,
  );
}

// Each mock answers once: a second verifyEmail call would find no mock and show an error.
const verifyMock = (token: string, result: MockLink.MockedResponse['result']) => ({
  request: { query: VerifyEmailMutation, variables: { token } },
  result,
});

describe('VerifyEmailPage', () => {
  it('verifies once and says the address can now receive test emails', async () => {
    const verified = verifyMock('good-token', {
      data: {
        verifyEmail: { __typename: 'User', id: 'u2', email: 'tester@example.com', emailVerified: true },
      },
    });
    await renderStrict('/verify-email?token=good-token', [meMock(null), verified]);

    expect(await screen.findByRole('heading', { name: 'Verify your email address' }, { timeout: 5000 }));
    expect((await screen.findByTestId('verified-text')).textContent).toBe(
      'Your address tester@example.com is verified. Test emails can now be sent to it.',
    );
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy();
    // Still the success after strict mode's second effect run settled.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains an expired link and what to do, in German too', async () => {
    const expired = verifyMock('old-token', {
      errors: [
        new GraphQLError('This verification link has expired. Ask an administrator to send a new one.', {
          extensions: { code: 'BAD_USER_INPUT', field: 'token' },
        }),
      ],
    });
    await renderStrict('/verify-email?token=old-token', [meMock(null), expired]);

    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(alert.textContent).toContain('This verification link has expired: links are valid for 24 hours.');
    expect(alert.textContent).toContain('send a new verification email from the Users page');

    fireEvent.click(screen.getByRole('button', { name: 'Deutsch' }));
    expect(await screen.findByText('Dieser Bestätigungslink ist abgelaufen: Links sind 24 Stunden gültig.'));
    expect(screen.getByRole('heading', { name: 'E-Mail-Adresse bestätigen' })).toBeTruthy();
  });

  it('says what is wrong when the link has no token, without calling the API', async () => {
    await renderStrict('/verify-email', [meMock(null)]);
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(alert.textContent).toContain('the address you opened has no token');
  });
});
