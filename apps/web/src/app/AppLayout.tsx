import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { PageLoader } from '../components/PageLoader';
import { ApolloBoundary } from './ApolloBoundary';
import './app.css';
import { MainNav } from './MainNav';
import { ShellHeader } from './ShellHeader';

export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();

  // On small screens the menu covers the page; close it once the user picked a page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => close(), [pathname]);

  return (
    <ApolloBoundary>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <a className="skip-link" href="#main-content">
          {t('app.skipToContent')}
        </a>
        <AppShell.Header>
          <ShellHeader navOpened={navOpened} onToggleNav={toggle} />
        </AppShell.Header>
        <AppShell.Navbar p="sm" id="main-navigation" component="nav" aria-label={t('app.mainNavigation')}>
          <MainNav />
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </ApolloBoundary>
  );
}
