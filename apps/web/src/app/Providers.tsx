import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { lazy, type ReactNode, Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { SessionProvider } from '../modules/auth/components/SessionProvider';
import type { SessionApi } from '../modules/auth/lib/session-api';
import { cssVariablesResolver, theme } from './theme';

// Toasts are only shown after actions on lazy pages, so their code need not delay the first page.
const Notifications = lazy(async () => ({ default: (await import('@mantine/notifications')).Notifications }));

type ProvidersProps = { i18n: I18n; sessionApi?: SessionApi; children: ReactNode };

/**
 * Everything but the router and Apollo: Apollo's provider comes with the lazily loaded shell
 * (ApolloBoundary). Tests may wrap this in their own Apollo provider (MockedProvider) and pass a
 * session API that answers without a server.
 */
export function Providers({ i18n, sessionApi, children }: ProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider api={sessionApi}>
        <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
          <Suspense fallback={null}>
            <Notifications position="top-right" />
          </Suspense>
          {children}
        </MantineProvider>
      </SessionProvider>
    </I18nextProvider>
  );
}
