import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MailboxQuery } from '../graphql/mailbox.graphql';

/** New mail arrives without any action on this page, so the list polls while the page is open. */
export const MAILBOX_POLL_MS = 5_000;
const PAGE_SIZE = 100;

export function useMailbox() {
  // Polls quietly: only the Refresh button shows that it is working.
  const { data, loading, networkStatus, error, refetch } = useQuery(MailboxQuery, {
    variables: { first: PAGE_SIZE },
    pollInterval: MAILBOX_POLL_MS,
    notifyOnNetworkStatusChange: true,
  });
  const refresh = () => refetch().catch(() => undefined);
  return {
    enabled: data?.mailboxEnabled,
    messages: data?.mailbox,
    loading: loading && !data,
    refreshing: networkStatus === NetworkStatus.refetch,
    error,
    refresh,
  };
}
