import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accountMock, adminUser, meMock, renderApp } from '../../../test/render-app';
import { ApiTokensQuery, CreateApiTokenMutation } from '../graphql/api-tokens.graphql';

const SECRET = 'amk_live_9f8e7d6c5b4a3210';
const apiToken = {
  __typename: 'ApiToken' as const,
  id: 't1',
  name: 'Reporting',
  scope: 'READ' as const,
  prefix: 'amk_live_9f8',
  createdAt: '2025-03-12T13:05:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
};

describe('ApiTokensPage', () => {
  it('shows a new token once, with a copy button and a warning, then only its prefix', async () => {
    const mocks = [
      meMock(adminUser),
      accountMock,
      { request: { query: ApiTokensQuery }, result: { data: { apiTokens: [] } } },
      {
        request: { query: CreateApiTokenMutation, variables: { name: 'Reporting', scope: 'READ' } },
        result: { data: { createApiToken: { __typename: 'CreatedApiToken', token: SECRET, apiToken } } },
      },
    ];
    await renderApp({ path: '/api-tokens', mocks });

    expect(await screen.findByText(/No API tokens yet/, undefined, { timeout: 5000 })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Token name/), { target: { value: 'Reporting' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create token' }));

    const token = await screen.findByTestId('created-token');
    expect(token.textContent).toBe(SECRET);
    expect(screen.getByText(/It is shown only once/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy token' })).toBeTruthy();

    const table = await screen.findByRole('table', { name: 'API tokens of this account' });
    expect(within(table).getByText('Reporting')).toBeTruthy();
    expect(within(table).queryByText(SECRET)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'I have copied the token' }));
    expect(screen.queryByText(SECRET)).toBeNull();
  });

  it('validates the name with the shared schema', async () => {
    const mocks = [
      meMock(adminUser),
      accountMock,
      { request: { query: ApiTokensQuery }, result: { data: { apiTokens: [apiToken] } } },
    ];
    await renderApp({ path: '/api-tokens', mocks });
    fireEvent.click(await screen.findByRole('button', { name: 'Create token' }, { timeout: 5000 }));
    expect(await screen.findByText('Give the token a name.')).toBeTruthy();
  });
});
