import { GraphQLError } from 'graphql';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accountMock, adminUser, meMock, renderApp } from '../../../test/render-app';
import { SignInMutation, SignOutMutation } from '../graphql/auth.graphql';

const fill = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('SignInPage', () => {
  it('shows field errors from the shared schema before calling the API', async () => {
    await renderApp({ path: '/sign-in', mocks: [meMock(null)] });
    const submit = await screen.findByRole('button', { name: 'Sign in' });

    fireEvent.click(submit);
    expect(await screen.findByText('Enter an email address.')).toBeTruthy();
    expect(screen.getByText('Enter a password.')).toBeTruthy();

    fill(/Email address/, 'not-an-address');
    fill(/Password/, 'secret');
    fireEvent.click(submit);
    expect(await screen.findByText(/Enter a valid email address/)).toBeTruthy();
    expect(screen.queryByText('Enter a password.')).toBeNull();
  });

  // The sign-in page posts with a plain fetch (no Apollo); renderApp answers it from these mocks.
  it("shows the server's error when the sign-in is refused", async () => {
    const refused = {
      request: { query: SignInMutation, variables: { email: 'admin@example.com', password: 'wrong' } },
      result: {
        errors: [
          new GraphQLError('The email address or the password is wrong.', {
            extensions: { code: 'UNAUTHENTICATED' },
          }),
        ],
      },
    };
    await renderApp({ path: '/sign-in', mocks: [meMock(null), refused] });
    await screen.findByRole('button', { name: 'Sign in' });

    fill(/Email address/, 'admin@example.com');
    fill(/Password/, 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The email address or the password is wrong.');
  });

  it('signs in, takes the user back, and the shell knows the user without asking again', async () => {
    const signedIn = {
      request: { query: SignInMutation, variables: { email: 'admin@example.com', password: 'right' } },
      result: { data: { signIn: adminUser } },
    };
    const signedOut = { request: { query: SignOutMutation }, result: { data: { signOut: true } } };
    // Apollo's `me` would say "signed out": the header can only know the user from the primed cache.
    await renderApp({ path: '/nowhere', mocks: [meMock(null), signedIn, accountMock, signedOut] });
    await screen.findByRole('heading', { name: 'Sign in to Ametrika Email' });

    fill(/Email address/, 'admin@example.com');
    fill(/Password/, 'right');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Page not found' }, { timeout: 5000 })).toBeTruthy();
    expect((await screen.findByTestId('signed-in-user')).textContent).toContain('Ada Admin');

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Ametrika Email' })).toBeTruthy();
  });
});
