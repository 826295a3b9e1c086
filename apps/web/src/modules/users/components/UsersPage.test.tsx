import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { accountMock, adminUser, meMock, renderApp } from '../../../test/render-app';
import { CreateUserMutation, UsersMailboxEnabledQuery, UsersQuery } from '../graphql/users.graphql';

const row = (id: string, email: string, role: 'ADMIN' | 'MEMBER', emailVerified: boolean) => ({
  __typename: 'User' as const,
  id,
  name: null as string | null,
  email,
  role,
  locale: 'EN' as const,
  emailVerified,
  createdAt: '2025-03-12T13:05:00.000Z',
});
const admin = { ...row('u1', adminUser.email, 'ADMIN', true), name: adminUser.name };
const tester = row('u2', 'tester@example.com', 'MEMBER', false);
const usersMock = (users: ReturnType<typeof row>[]) => ({
  request: { query: UsersQuery },
  result: { data: { users } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const mailboxMock = {
  request: { query: UsersMailboxEnabledQuery },
  result: { data: { mailboxEnabled: true } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const fill = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('UsersPage', () => {
  it('validates the new user with the shared schema, then shows the server’s field error', async () => {
    const taken = {
      request: {
        query: CreateUserMutation,
        variables: { input: { email: 'tester@example.com', name: 'Tess', role: 'MEMBER', locale: 'EN' } },
      },
      result: {
        errors: [
          new GraphQLError('tester@example.com already belongs to a user.', {
            extensions: { code: 'CONFLICT', field: 'email' },
          }),
        ],
      },
    };
    await renderApp({
      path: '/users',
      mocks: [meMock(adminUser), accountMock, usersMock([admin, tester]), mailboxMock, taken],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Add user' }, { timeout: 5000 }));
    const form = await screen.findByRole('form', { name: 'Add a user' });
    const submit = within(form).getByRole('button', { name: 'Add user and send verification email' });

    fireEvent.click(submit);
    expect(await within(form).findByText('Enter an email address.')).toBeTruthy();

    fill(/Email address/, 'not-an-address');
    fireEvent.click(submit);
    expect(await within(form).findByText(/Enter a valid email address/)).toBeTruthy();

    fill(/Name/, 'Tess');
    fill(/Email address/, 'tester@example.com');
    fireEvent.click(submit);
    expect(await within(form).findByText('tester@example.com already belongs to a user.')).toBeTruthy();
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  it('adds a user and says a verification email went out, with a link to the Mailbox', async () => {
    const created = {
      request: {
        query: CreateUserMutation,
        variables: { input: { email: 'new@example.com', name: null, role: 'MEMBER', locale: 'EN' } },
      },
      result: { data: { createUser: row('u3', 'new@example.com', 'MEMBER', false) } },
    };
    await renderApp({
      path: '/users',
      mocks: [meMock(adminUser), accountMock, usersMock([admin]), mailboxMock, created],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Add user' }, { timeout: 5000 }));
    await screen.findByRole('form', { name: 'Add a user' });
    fill(/Email address/, 'new@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Add user and send verification email' }));

    expect(await screen.findByText(/A verification email is on its way to new@example.com/)).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Open it in the Mailbox' })).getAttribute('href')).toBe(
      '/mailbox',
    );
    const table = screen.getByRole('table', { name: 'Users of this account' });
    expect(within(table).getByText('new@example.com')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Resend the verification email to new@example.com' }),
    ).toBeTruthy();
    // Nobody deletes themselves.
    expect(screen.queryByRole('button', { name: `Delete user ${adminUser.email}` })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete user new@example.com' })).toBeTruthy();
  });

  it('shows members the list read-only', async () => {
    const member = { ...adminUser, id: 'u2', email: tester.email, role: 'MEMBER' as const };
    await renderApp({ path: '/users', mocks: [meMock(member), accountMock, usersMock([admin, tester])] });
    expect(await screen.findByText('tester@example.com', undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/Only administrators can add, verify or delete users/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add user' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Resend/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
  });
});
