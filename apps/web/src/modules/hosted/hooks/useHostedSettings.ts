import { useQuery } from '@apollo/client/react';
import { HostedSettingsQuery } from '../graphql/hosted.graphql';

export function useHostedSettings() {
  const { data, loading, error, refetch } = useQuery(HostedSettingsQuery, {
    notifyOnNetworkStatusChange: true,
  });
  const settings = data?.emailSettings;
  return { settings, hosted: settings?.hosted ?? null, loading: loading && !data, error, refetch };
}
