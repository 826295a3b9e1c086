import type { LocalizedText } from '../common.js';

export const DNS_RECORD_PURPOSES = ['OWNERSHIP', 'DKIM', 'RETURN_PATH', 'SPF', 'DMARC'] as const;
export type DnsRecordPurpose = (typeof DNS_RECORD_PURPOSES)[number];

export const DNS_RECORD_STATUSES = ['VERIFIED', 'MISSING', 'MISMATCH', 'DUPLICATE', 'UNKNOWN'] as const;
export type DnsRecordStatus = (typeof DNS_RECORD_STATUSES)[number];

export const DOMAIN_STATUSES = ['PENDING', 'VERIFIED', 'FAILED', 'DEGRADED'] as const;
export type DomainStatus = (typeof DOMAIN_STATUSES)[number];

export type HostedRecordType = 'TXT' | 'CNAME';

/** One record the admin publishes (or, with `present`, one that already exists and stays). */
export type HostedDnsRecord = {
  purpose: DnsRecordPurpose;
  type: HostedRecordType;
  /** Fully qualified, lower case, without the trailing dot. */
  name: string;
  /** Relative to the registrable zone; `@` for the apex. Most DNS panels want this form. */
  host: string;
  value: string;
  ttl: 'Auto';
  required: boolean;
  /** Already published as it should be (an existing DMARC record): nothing to add. */
  present?: boolean;
  note?: LocalizedText;
};

/**
 * The answer of one DNS question, as the Node engine reports it. Universal so that the
 * comparison rules live in shared and can be unit-tested without a resolver.
 */
export type DnsLookupResult =
  | { kind: 'answers'; values: string[] }
  | { kind: 'nodata' }
  | { kind: 'nxdomain' }
  | { kind: 'error'; code: string };

export type DnsRecordCheck = {
  status: DnsRecordStatus;
  /** What DNS returned at the name (normalised), so the admin sees what is wrong. */
  observed: string[];
  message?: LocalizedText;
};

export type CheckedDnsRecord = HostedDnsRecord & DnsRecordCheck;
