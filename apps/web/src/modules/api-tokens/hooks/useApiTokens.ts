import { useQuery } from '@apollo/client/react';
import { ApiTokensQuery } from '../graphql/api-tokens.graphql';

export function useApiTokens() {
  const { data, loading, error, refetch } = useQuery(ApiTokensQuery, { notifyOnNetworkStatusChange: true });
  return { tokens: data?.apiTokens, loading, error, refetch };
}
