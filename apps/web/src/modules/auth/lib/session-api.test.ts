import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { type DocumentNode, type FieldNode, Kind, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MeQuery, SignInMutation } from '../graphql/auth.graphql';
import { createSessionApi, ME_QUERY, SIGN_IN_MUTATION } from './session-api';

// The strings ask for __typename so the shell can prime Apollo's cache; otherwise they must match.
const withoutTypename = (document: DocumentNode) =>
  print(
    visit(document, {
      [Kind.FIELD]: (node: FieldNode) => (node.name.value === '__typename' ? null : undefined),
    }),
  );

const answer =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status, headers: { 'content-type': 'application/json' } });

describe('the first page’s session requests', () => {
  it('ask exactly what auth.graphql.ts asks, plus __typename', () => {
    expect(withoutTypename(parse(ME_QUERY))).toBe(print(MeQuery));
    expect(withoutTypename(parse(SIGN_IN_MUTATION))).toBe(print(SignInMutation));
    expect(parse(ME_QUERY).definitions.map((d) => d.kind)).toContain(Kind.FRAGMENT_DEFINITION);
  });

  it('post JSON on the same origin, which passes the API’s CSRF prevention', async () => {
    let seen: RequestInit | undefined;
    const api = createSessionApi({
      fetch: async (_input, init) => {
        seen = init;
        return answer('{"data":{"me":null}}')();
      },
    });
    expect(await api.me()).toBeNull();
    expect(seen?.method).toBe('POST');
    expect(seen?.credentials).toBe('same-origin');
    expect(new Headers(seen?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(seen?.body))).toMatchObject({ operationName: 'Me' });
  });

  it('fail with Apollo’s error classes, so the UI reads them like any other', async () => {
    const refused = JSON.stringify({
      errors: [{ message: 'Wrong.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await expect(createSessionApi({ fetch: answer(refused, 400) }).signIn('a@b.c', 'x')).rejects.toSatisfy(
      (error) => CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.code === 'UNAUTHENTICATED',
    );
    await expect(createSessionApi({ fetch: answer('<html>Bad gateway</html>', 502) }).me()).rejects.toSatisfy(
      ServerParseError.is,
    );
    await expect(createSessionApi({ fetch: answer('{}', 503) }).me()).rejects.toSatisfy(ServerError.is);
  });
});
