import { DELIVERY_STATUSES as ALL_STATUSES, RETRYABLE_DELIVERY_STATUSES } from '@ametrika/shared';
import type { DeliveryStatus } from '../../../gql/graphql';

export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ALL_STATUSES;

export const isDeliveryStatus = (value: unknown): value is DeliveryStatus =>
  DELIVERY_STATUSES.includes(value as DeliveryStatus);

/** Still on its way: the page refreshes itself while any of these is shown. */
export const isInFlight = (status: DeliveryStatus) =>
  status === 'QUEUED' || status === 'SENDING' || status === 'DEFERRED';

/** The API queues only these again ("send again"); the rule lives in packages/shared. */
export const isRetryable = (status: DeliveryStatus) => RETRYABLE_DELIVERY_STATUSES.includes(status);

export const STATUS_COLORS: Record<DeliveryStatus, string> = {
  QUEUED: 'gray',
  SENDING: 'blue',
  SENT: 'teal',
  DEFERRED: 'yellow',
  FAILED: 'red',
  EXPIRED: 'grape',
};
