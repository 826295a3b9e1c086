import type { HostedDnsRecordFieldsFragment } from '../../../gql/graphql';

export type HostedRecord = HostedDnsRecordFieldsFragment;

export const STATUS_COLORS: Record<HostedRecord['status'], string> = {
  VERIFIED: 'green',
  MISSING: 'orange',
  MISMATCH: 'red',
  DUPLICATE: 'red',
  UNKNOWN: 'gray',
};

export const DOMAIN_STATUS_COLORS: Record<string, string> = {
  PENDING: 'yellow',
  VERIFIED: 'green',
  FAILED: 'red',
  DEGRADED: 'orange',
};

/** Two DKIM records exist during a rotation; the selector tells them apart. */
export const recordKey = (record: HostedRecord) => `${record.type} ${record.name} ${record.selector ?? ''}`;

/** Required records that block hosted sending, in the table's order. */
export const blockingRecords = (records: readonly HostedRecord[]) =>
  records.filter((record) => record.required && record.status !== 'VERIFIED');
