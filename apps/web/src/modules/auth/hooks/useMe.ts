import { useQuery } from '@apollo/client/react';
import { MeQuery } from '../graphql/auth.graphql';

/** The signed-in user; `me` is null when signed out, undefined while loading. */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  return { me: data?.me, loading: loading && !data, error, refetch };
}
