import type { CurrentUserFieldsFragment } from '../../../gql/graphql';
import { type GraphqlFetchOptions, postGraphql } from '../../../lib/graphql-fetch';

export type CurrentUser = CurrentUserFieldsFragment & { __typename?: 'User' };

// Plain strings instead of the generated documents: those need graphql-js to print and pull the
// generated module into the first page. session-api.test.ts checks that they match auth.graphql.ts;
// `__typename` is asked for so the shell can write the user into Apollo's cache as is.
const CURRENT_USER_FIELDS = `fragment CurrentUserFields on User {
  __typename
  id
  email
  name
  role
  emailVerified
  locale
}`;

export const ME_QUERY = `query Me {
  me {
    ...CurrentUserFields
  }
}
${CURRENT_USER_FIELDS}`;

export const SIGN_IN_MUTATION = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    ...CurrentUserFields
  }
}
${CURRENT_USER_FIELDS}`;

/** What the first page asks the API: who is signed in, and signing in. Signing out is in the shell. */
export type SessionApi = {
  me: () => Promise<CurrentUser | null>;
  signIn: (email: string, password: string) => Promise<CurrentUser>;
};

export function createSessionApi(options: GraphqlFetchOptions = {}): SessionApi {
  return {
    me: async () =>
      (await postGraphql<{ me: CurrentUser | null }>({ query: ME_QUERY, operationName: 'Me' }, options)).me,
    signIn: async (email, password) =>
      (
        await postGraphql<{ signIn: CurrentUser }>(
          { query: SIGN_IN_MUTATION, operationName: 'SignIn', variables: { email, password } },
          options,
        )
      ).signIn,
  };
}
