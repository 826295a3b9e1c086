import type { DnsRecordStatus, DomainStatus } from './types.js';

/** A domain that is not verified within this time is FAILED until APPLY or Verify starts again. */
export const HOSTED_DOMAIN_PENDING_LIMIT_MS = 72 * 60 * 60 * 1000;

export type DomainStatusInput = {
  previous: DomainStatus;
  records: ReadonlyArray<{ required: boolean; status: DnsRecordStatus }>;
  /** When the current attempt started (APPLY, or the last manual Verify of a FAILED domain). */
  pendingSince: Date;
  now: Date;
};

/**
 * The domain's status after a check. A DNS error says nothing about the records, so
 * UNKNOWN never moves a domain away from VERIFIED, nor pushes a pending one into FAILED.
 */
export const nextDomainStatus = ({
  previous,
  records,
  pendingSince,
  now,
}: DomainStatusInput): DomainStatus => {
  const required = records.filter((record) => record.required);
  if (required.every((record) => record.status === 'VERIFIED')) return 'VERIFIED';
  const definitelyBroken = required.some(
    (record) => record.status !== 'VERIFIED' && record.status !== 'UNKNOWN',
  );
  const wasVerified = previous === 'VERIFIED' || previous === 'DEGRADED';
  if (wasVerified) return definitelyBroken ? 'DEGRADED' : previous;
  const expired = now.getTime() - pendingSince.getTime() >= HOSTED_DOMAIN_PENDING_LIMIT_MS;
  if (expired && definitelyBroken) return 'FAILED';
  return previous === 'FAILED' && expired ? 'FAILED' : 'PENDING';
};

/** Hosted sending may be enabled only when every required record is verified; this names the rest. */
export const missingRequiredPurposes = <
  T extends { required: boolean; status: DnsRecordStatus; purpose: string },
>(
  records: readonly T[],
): string[] => records.filter((r) => r.required && r.status !== 'VERIFIED').map((r) => r.purpose);
