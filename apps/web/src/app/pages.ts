import { type ComponentType, lazy } from 'react';
import { lazyPublicPage } from './public-page';

// Everything but the sign-in page loads on demand, so a visitor's first page stays small.
function lazyPage<Module>(load: () => Promise<Module>, name: keyof Module) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/**
 * The signed-in shell (AppShell, menu, header) is its own chunk: the sign-in page does not need
 * it. The route guard starts loading it at once, in parallel with the `me` query.
 */
export const loadAppLayout = () => import('./AppLayout');
export const AppLayout = lazyPage(loadAppLayout, 'AppLayout');

export const EmailSettingsPage = lazyPage(
  () => import('../modules/email-settings/components/EmailSettingsPage'),
  'EmailSettingsPage',
);
export const HostedDomainPage = lazyPage(
  () => import('../modules/hosted/components/HostedDomainPage'),
  'HostedDomainPage',
);
export const UsersPage = lazyPage(() => import('../modules/users/components/UsersPage'), 'UsersPage');
export const ApiTokensPage = lazyPage(
  () => import('../modules/api-tokens/components/ApiTokensPage'),
  'ApiTokensPage',
);
export const DeliveriesPage = lazyPage(
  () => import('../modules/deliveries/components/DeliveriesPage'),
  'DeliveriesPage',
);
export const MailboxPage = lazyPage(() => import('../modules/mailbox/components/MailboxPage'), 'MailboxPage');
export const PlaygroundPage = lazyPage(
  () => import('../modules/playground/components/PlaygroundPage'),
  'PlaygroundPage',
);
/** Public: the link in a verification email, opened signed in or not; brings Apollo along. */
export const VerifyEmailPage = lazyPublicPage(
  () => import('../modules/verify-email/components/VerifyEmailPage'),
  'VerifyEmailPage',
);
export const NotFoundPage = lazyPage(() => import('../components/NotFoundPage'), 'NotFoundPage');
