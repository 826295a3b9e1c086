import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from '../lib/graphql-errors';
import { MeQuery } from '../modules/auth/graphql/auth.graphql';

/**
 * When the session ends (expired, signed out in another tab), any operation answers
 * UNAUTHENTICATED. Writing `me: null` makes the route guard send the user to the sign-in page
 * and back afterwards, wherever the error happened.
 */
const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (!hasErrorCode(error, 'UNAUTHENTICATED')) return;
  if (operation.operationName === 'SignIn') return; // A failed sign-in is shown by the form.
  operation.client.cache.writeQuery({ query: MeQuery, data: { me: null } });
});

export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    // Same origin: the HttpOnly session cookie goes along; JSON POSTs satisfy the API's CSRF guard.
    link: ApolloLink.from([sessionEndedLink, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
  });
}
