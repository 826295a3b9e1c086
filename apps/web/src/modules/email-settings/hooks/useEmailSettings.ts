import { useQuery } from '@apollo/client/react';
import { EmailSettingsQuery } from '../graphql/sender.graphql';

export function useEmailSettings() {
  const { data, loading, error, refetch } = useQuery(EmailSettingsQuery, {
    notifyOnNetworkStatusChange: true,
  });
  return { settings: data?.emailSettings, loading: loading && !data, error, refetch };
}
