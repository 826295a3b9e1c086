import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from '../lib/graphql-errors';

type ApolloClientOptions = {
  uri?: string;
  /**
   * When the session ends (expired, signed out in another tab), any operation answers
   * UNAUTHENTICATED. Ending the session makes the route guard send the user to the sign-in page
   * and back afterwards, wherever the error happened.
   */
  onSessionEnded: () => void;
  /** For tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
};

export function createApolloClient({ uri = '/graphql', onSessionEnded, fetch }: ApolloClientOptions) {
  const sessionEndedLink = new ErrorLink(({ error }) => {
    if (hasErrorCode(error, 'UNAUTHENTICATED')) onSessionEnded();
  });
  return new ApolloClient({
    // Same origin: the HttpOnly session cookie goes along; JSON POSTs satisfy the API's CSRF guard.
    link: ApolloLink.from([sessionEndedLink, new HttpLink({ uri, credentials: 'same-origin', fetch })]),
    cache: new InMemoryCache(),
  });
}
