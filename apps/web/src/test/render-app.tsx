import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Providers } from '../app/Providers';
import { AppRoutes } from '../app/routes';
import type { Role } from '../gql/graphql';
import { type Language, setupI18n } from '../i18n/setup';
import { AccountQuery, MeQuery } from '../modules/auth/graphql/auth.graphql';
import { sessionApiFromMocks } from './session-fetch';

type Options = { mocks?: MockLink.MockedResponse[]; path?: string; language?: Language };

/**
 * The whole app (routes, providers, i18n) on a memory router with mocked GraphQL: the mocks answer
 * the shell's Apollo operations and the first page's own requests (`me`, sign-in) alike.
 */
export async function renderApp({ mocks = [], path = '/', language = 'en' }: Options = {}) {
  const i18n = await setupI18n(language);
  const view = render(
    <MockedProvider mocks={mocks}>
      <Providers i18n={i18n} sessionApi={sessionApiFromMocks(mocks)}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </Providers>
    </MockedProvider>,
  );
  return { ...view, i18n };
}

export const adminUser = {
  __typename: 'User' as const,
  id: 'u1',
  email: 'admin@example.com',
  name: 'Ada Admin',
  role: 'ADMIN' as Role,
  emailVerified: true,
  locale: 'EN' as const,
};

export const meMock = (me: typeof adminUser | null): MockLink.MockedResponse => ({
  request: { query: MeQuery },
  result: { data: { me } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

export const accountMock: MockLink.MockedResponse = {
  request: { query: AccountQuery },
  result: { data: { account: { __typename: 'Account', id: 'a1', name: 'Demo' } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
