import { useQuery } from '@apollo/client/react';
import { AccountQuery } from '../graphql/auth.graphql';

export function useAccount() {
  const { data, loading, error } = useQuery(AccountQuery);
  return { account: data?.account, loading, error };
}
