import { useQuery } from '@apollo/client/react';
import { UsersQuery } from '../graphql/users.graphql';

export function useUsers() {
  const { data, loading, error, refetch } = useQuery(UsersQuery, { notifyOnNetworkStatusChange: true });
  return { users: data?.users, loading, error, refetch };
}
