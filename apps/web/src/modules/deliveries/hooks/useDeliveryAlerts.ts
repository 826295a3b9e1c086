import { useQuery } from '@apollo/client/react';
import { DeliveryAlertsQuery } from '../graphql/deliveries.graphql';

/** Account-level problems (e.g. the SMTP server refusing our login); checked again now and then. */
export function useDeliveryAlerts() {
  const { data, error } = useQuery(DeliveryAlertsQuery, { pollInterval: 30_000 });
  // A failed check shows nothing: the log itself still reports each message's own outcome.
  return { alerts: data?.deliveryAlerts ?? [], error };
}
