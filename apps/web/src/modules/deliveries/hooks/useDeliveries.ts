import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { DeliveriesQuery } from '../graphql/deliveries.graphql';
import { isInFlight } from '../lib/delivery-status';
import type { DeliveryFilters } from './useDeliveryFilters';

export const PAGE_SIZE = 25;
const POLL_MS = 3000;

/**
 * One page of the log at a time. Earlier pages' cursors are kept so "previous" works; refreshing
 * re-reads only the page on screen, so a poll never reshuffles what the user is looking at.
 */
export function useDeliveries(filters: DeliveryFilters) {
  const filterKey = `${filters.status ?? ''}|${filters.templateKey ?? ''}`;
  const [pages, setPages] = useState<{ key: string; cursors: (string | null)[] }>({
    key: filterKey,
    cursors: [null],
  });
  // New filters start again at the first page.
  const cursors = pages.key === filterKey ? pages.cursors : [null];
  const after = cursors[cursors.length - 1] ?? null;

  const { data, previousData, loading, error, refetch, startPolling, stopPolling } = useQuery(
    DeliveriesQuery,
    {
      variables: { first: PAGE_SIZE, after, status: filters.status, templateKey: filters.templateKey },
      notifyOnNetworkStatusChange: true,
    },
  );
  // Keep the old page visible while the next one loads, instead of flashing a spinner.
  const connection = (data ?? previousData)?.deliveries;
  const deliveries = connection?.edges.map((edge) => edge.node);
  const inFlight = deliveries?.some((delivery) => isInFlight(delivery.status)) ?? false;

  useEffect(() => {
    if (!inFlight) return;
    startPolling(POLL_MS);
    return stopPolling;
  }, [inFlight, startPolling, stopPolling]);

  const endCursor = data?.deliveries.pageInfo.endCursor;
  return {
    deliveries,
    totalCount: connection?.totalCount ?? 0,
    offset: (cursors.length - 1) * PAGE_SIZE,
    hasNext: Boolean(data?.deliveries.pageInfo.hasNextPage && endCursor),
    hasPrevious: cursors.length > 1,
    next: () => endCursor && setPages({ key: filterKey, cursors: [...cursors, endCursor] }),
    previous: () => setPages({ key: filterKey, cursors: cursors.slice(0, -1) }),
    inFlight,
    loading,
    error,
    refetch,
  };
}
