import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { DeliveryQuery } from '../graphql/deliveries.graphql';
import { isInFlight } from '../lib/delivery-status';

/** One message for the detail view; refreshes itself while the message is on its way. */
export function useDelivery(id: string | null) {
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(DeliveryQuery, {
    variables: { id: id ?? '' },
    skip: !id,
  });
  const delivery = data?.delivery;
  const inFlight = delivery ? isInFlight(delivery.status) : false;

  useEffect(() => {
    if (!inFlight) return;
    startPolling(3000);
    return stopPolling;
  }, [inFlight, startPolling, stopPolling]);

  return { delivery, loading: loading && !data, error, refetch };
}
