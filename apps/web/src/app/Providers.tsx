import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { lazy, type ReactNode, Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { theme } from './theme';

// Toasts are only shown after actions on lazy pages, so their code need not delay the first page.
const Notifications = lazy(async () => ({ default: (await import('@mantine/notifications')).Notifications }));

type ProvidersProps = { client?: ApolloClient; i18n: I18n; children: ReactNode };

/** Everything but the router; tests pass their own Apollo provider (MockedProvider) instead. */
export function Providers({ client, i18n, children }: ProvidersProps) {
  const ui = (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <Suspense fallback={null}>
          <Notifications position="top-right" />
        </Suspense>
        {children}
      </MantineProvider>
    </I18nextProvider>
  );
  return client ? <ApolloProvider client={client}>{ui}</ApolloProvider> : ui;
}
