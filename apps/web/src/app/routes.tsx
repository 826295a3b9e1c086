import { Suspense } from 'react';
import { Navigate, type RouteObject, useRoutes } from 'react-router';
import { FullPageLoader } from '../components/PageLoader';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { SignInPage } from '../modules/auth/components/SignInPage';
import { DEFAULT_PATH } from './paths';
import {
  AppLayout,
  ApiTokensPage,
  DeliveriesPage,
  EmailSettingsPage,
  HostedDomainPage,
  MailboxPage,
  NotFoundPage,
  PlaygroundPage,
  UsersPage,
  VerifyEmailPage,
} from './pages';

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/verify-email',
    element: (
      <Suspense fallback={<FullPageLoader />}>
        <VerifyEmailPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: <RequireAuth />,
    children: [
      {
        element: (
          <Suspense fallback={<FullPageLoader />}>
            <AppLayout />
          </Suspense>
        ),
        children: [
          { index: true, element: <Navigate to={DEFAULT_PATH} replace /> },
          { path: 'settings', element: <Navigate to={DEFAULT_PATH} replace /> },
          { path: 'settings/email', element: <EmailSettingsPage /> },
          { path: 'settings/email/hosted', element: <HostedDomainPage /> },
          { path: 'settings/email/:tab', element: <EmailSettingsPage /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'api-tokens', element: <ApiTokensPage /> },
          { path: 'deliveries', element: <DeliveriesPage /> },
          { path: 'mailbox', element: <MailboxPage /> },
          { path: 'playground', element: <PlaygroundPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** Declarative routing (no data router): the pages load their own data through Apollo. */
export function AppRoutes() {
  return useRoutes(routes);
}
