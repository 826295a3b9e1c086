import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accountMock, adminUser, meMock, renderApp } from '../../../test/render-app';

describe('RequireAuth', () => {
  it('sends signed-out visitors to the sign-in page', async () => {
    await renderApp({ path: '/users', mocks: [meMock(null)] });
    expect(await screen.findByRole('heading', { name: 'Sign in to Ametrika Email' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
  });

  it('shows the shell with the left menu to a signed-in user', async () => {
    await renderApp({ path: '/settings/email', mocks: [meMock(adminUser), accountMock] });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' }, { timeout: 5000 });
    for (const item of [
      'Account configuration',
      'Email',
      'Users',
      'API tokens',
      'Delivery log',
      'Mailbox',
      'Playground',
    ]) {
      expect(nav.textContent).toContain(item);
    }
    expect(await screen.findByText('Demo')).toBeTruthy();
    expect(await screen.findByRole('tab', { name: 'Sender' }, { timeout: 5000 })).toBeTruthy();
  });
});
