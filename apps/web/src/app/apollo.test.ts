import { describe, expect, it, vi } from 'vitest';
import { AccountQuery } from '../modules/auth/graphql/auth.graphql';
import { createApolloClient } from './apollo';

const respond = (body: unknown) => async () =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

describe('createApolloClient', () => {
  it('ends the session when an operation answers UNAUTHENTICATED', async () => {
    const onSessionEnded = vi.fn();
    const client = createApolloClient({
      onSessionEnded,
      uri: 'http://api.test/graphql',
      fetch: respond({ errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] }),
    });
    await expect(client.query({ query: AccountQuery })).rejects.toThrow('Sign in first.');
    expect(onSessionEnded).toHaveBeenCalledOnce();
  });

  it('leaves the session alone on other errors', async () => {
    const onSessionEnded = vi.fn();
    const client = createApolloClient({
      onSessionEnded,
      uri: 'http://api.test/graphql',
      fetch: respond({ errors: [{ message: 'Admins only.', extensions: { code: 'FORBIDDEN' } }] }),
    });
    await expect(client.query({ query: AccountQuery })).rejects.toThrow('Admins only.');
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('sends the UI language as accept-language with every operation, as it is at that moment', async () => {
    const sent: (string | null)[] = [];
    let language = 'de';
    const client = createApolloClient({
      onSessionEnded: vi.fn(),
      uri: 'http://api.test/graphql',
      language: () => language,
      fetch: async (_input, init) => {
        sent.push(new Headers(init?.headers).get('accept-language'));
        return respond({ data: { account: { __typename: 'Account', id: '1', name: 'Demo' } } })();
      },
    });
    await client.query({ query: AccountQuery, fetchPolicy: 'network-only' });
    language = 'en';
    await client.query({ query: AccountQuery, fetchPolicy: 'network-only' });
    expect(sent).toEqual(['de', 'en']);
  });
});
