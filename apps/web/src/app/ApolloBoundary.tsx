import { ApolloProvider, getApolloContext } from '@apollo/client/react';
import { type ReactNode, useContext, useState } from 'react';
import { MeQuery } from '../modules/auth/graphql/auth.graphql';
import { useSessionContext } from '../modules/auth/hooks/useSession';
import { createApolloClient } from './apollo';

/**
 * Apollo for everything past the first page: the signed-in shell and public lazy pages render
 * inside this, so Apollo Client, rxjs and graphql-js load with them instead of before sign-in.
 *
 * One client per mount: the shell unmounts when the session ends, so a new session never sees
 * the last one's cache. The cache starts with the signed-in user, so `useMe` needs no request.
 * An Apollo client given from outside (tests' MockedProvider) is used instead, primed the same way.
 */
export function ApolloBoundary({ children }: { children: ReactNode }) {
  const outer = useContext(getApolloContext()).client;
  const { me, endSession } = useSessionContext();
  const [client] = useState(() => {
    const client = outer ?? createApolloClient({ onSessionEnded: () => endSession('expired') });
    if (me !== undefined) client.cache.writeQuery({ query: MeQuery, data: { me } });
    return client;
  });
  if (client === outer) return children;
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
