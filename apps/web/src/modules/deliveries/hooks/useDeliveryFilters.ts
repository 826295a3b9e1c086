import { useSearchParams } from 'react-router';
import type { DeliveryStatus } from '../../../gql/graphql';
import { isDeliveryStatus } from '../lib/delivery-status';

export type DeliveryFilters = { status: DeliveryStatus | null; templateKey: string | null };

/**
 * Filters and the open message live in the URL, so a view of the log can be linked, reloaded
 * and navigated with the browser's back button.
 */
export function useDeliveryFilters() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const filters: DeliveryFilters = {
    status: isDeliveryStatus(status) ? status : null,
    templateKey: params.get('type') || null,
  };
  const openDeliveryId = params.get('delivery');

  const update = (changes: Record<string, string | null>, replace = false) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace },
    );

  return {
    filters,
    setStatus: (value: DeliveryStatus | null) => update({ status: value }, true),
    setTemplateKey: (value: string | null) => update({ type: value }, true),
    clearFilters: () => update({ status: null, type: null }, true),
    openDeliveryId,
    openDelivery: (id: string) => update({ delivery: id }),
    closeDelivery: () => update({ delivery: null }),
  };
}
