import { useMutation } from '@apollo/client/react';
import { RetryDeliveryMutation } from '../graphql/deliveries.graphql';

export function useRetryDelivery() {
  // The answer carries the id and the fields a retry changes, so the cache updates the row and the
  // detail view by itself; the list is re-read too, because a status filter may no longer match it.
  const [mutate, { loading, error, reset }] = useMutation(RetryDeliveryMutation, {
    refetchQueries: ['Deliveries'],
  });
  /** The error comes back too: the caller reports it in a toast, where hook state would be too late. */
  const retryDelivery = async (id: string) => {
    try {
      const result = await mutate({ variables: { id } });
      return { delivery: result.data?.retryDelivery ?? null, error: undefined };
    } catch (caught) {
      return { delivery: null, error: caught };
    }
  };
  return { retryDelivery, loading, error, reset };
}
