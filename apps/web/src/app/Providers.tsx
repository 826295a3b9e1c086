import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { lazy, type ReactNode, Suspense, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
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
        <LocalizedMantineProvider>
          <Suspense fallback={null}>
            <Notifications position="top-right" />
          </Suspense>
          {children}
        </LocalizedMantineProvider>
      </SessionProvider>
    </I18nextProvider>
  );
}

/**
 * The theme plus the texts Mantine draws itself: the close (×) button of every dialog and drawer
 * is icon-only, so it gets its name here, in the current language, instead of at each dialog.
 */
function LocalizedMantineProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the texts change with the language
  const localized = useMemo(() => {
    const closeButtonProps = { 'aria-label': t('common.close') };
    return mergeThemeOverrides(theme, {
      components: {
        Modal: { defaultProps: { closeButtonProps } },
        Drawer: { defaultProps: { closeButtonProps } },
      },
    });
  }, [t, i18n.language]);
  return (
    <MantineProvider theme={localized} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}
