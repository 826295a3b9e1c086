import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from '../lib/graphql-errors';
import { uiLanguage } from '../lib/graphql-fetch';

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
  /** For tests; the page's UI language otherwise. */
  language?: () => string;
};

export function createApolloClient({
  uri = '/graphql',
  onSessionEnded,
  fetch,
  language = uiLanguage,
}: ApolloClientOptions) {
  const sessionEndedLink = new ErrorLink(({ error }) => {
    if (hasErrorCode(error, 'UNAUTHENTICATED')) onSessionEnded();
  });
  // Read per operation, not once: the user can switch languages while the client lives.
  const languageLink = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': language() },
    }));
    return forward(operation);
  });
  return new ApolloClient({
    // Same origin: the HttpOnly session cookie goes along; JSON POSTs satisfy the API's CSRF guard.
    link: ApolloLink.from([
      sessionEndedLink,
      languageLink,
      new HttpLink({ uri, credentials: 'same-origin', fetch }),
    ]),
    cache: new InMemoryCache(),
  });
}
