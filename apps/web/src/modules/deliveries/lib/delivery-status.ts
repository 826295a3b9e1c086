import type { DeliveryStatus } from '../../../gql/graphql';

export const DELIVERY_STATUSES: DeliveryStatus[] = [
  'QUEUED',
  'SENDING',
  'SENT',
  'DEFERRED',
  'FAILED',
  'EXPIRED',
];

export const isDeliveryStatus = (value: unknown): value is DeliveryStatus =>
  DELIVERY_STATUSES.includes(value as DeliveryStatus);

/** Still on its way: the page refreshes itself while any of these is shown. */
export const isInFlight = (status: DeliveryStatus) =>
  status === 'QUEUED' || status === 'SENDING' || status === 'DEFERRED';

/** The API queues only these again ("send again"). */
export const isRetryable = (status: DeliveryStatus) => status === 'FAILED' || status === 'EXPIRED';

export const STATUS_COLORS: Record<DeliveryStatus, string> = {
  QUEUED: 'gray',
  SENDING: 'blue',
  SENT: 'teal',
  DEFERRED: 'yellow',
  FAILED: 'red',
  EXPIRED: 'grape',
};
