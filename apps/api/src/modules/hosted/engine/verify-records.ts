import {
  type CheckedDnsRecord,
  type CompareContext,
  compareDnsRecord,
  type DnsLookupResult,
  type DnsProviderId,
  detectDnsProvider,
  dmarcRecordName,
  type HostedDnsRecord,
  type RecordObservation,
} from '@ametrika/shared';
import type { DnsClient } from './dns-client.js';

/** Asks DNS what the comparison needs for one record. */
export const observeRecord = async (
  record: HostedDnsRecord,
  dns: Pick<DnsClient, 'txt' | 'cname' | 'addresses'>,
): Promise<RecordObservation> => {
  if (record.type === 'TXT') return { lookup: await dns.txt(record.name) };
  const lookup = await dns.cname(record.name);
  if (lookup.kind !== 'nodata' && lookup.kind !== 'nxdomain') return { lookup };
  // No CNAME: the provider may flatten it, answering with the target's addresses.
  const [name, target] = await Promise.all([dns.addresses(record.name), dns.addresses(record.value)]);
  return { lookup, addresses: { name, target } };
};

/** Checks every record against DNS, in parallel; a failed lookup gives UNKNOWN, never an exception. */
export const verifyHostedRecords = async (
  records: readonly HostedDnsRecord[],
  dns: Pick<DnsClient, 'txt' | 'cname' | 'addresses'>,
  ctx: CompareContext = {},
): Promise<CheckedDnsRecord[]> =>
  Promise.all(
    records.map(async (record) => ({
      ...record,
      ...compareDnsRecord(record, await observeRecord(record, dns), ctx),
    })),
  );

export type ExistingMailRecords = {
  /** All TXT values at the domain (the generator picks the SPF ones). */
  existingSpf: string[];
  existingDmarc: string[];
  /** Lookups that failed: APPLY should say that the SPF merge may be incomplete. */
  errors: Array<{ name: string; code: string }>;
};

const valuesOf = (name: string, result: DnsLookupResult, errors: ExistingMailRecords['errors']) => {
  if (result.kind === 'error') errors.push({ name, code: result.code });
  return result.kind === 'answers' ? result.values : [];
};

/** What APPLY must merge with: the domain's current SPF and DMARC records. */
export const lookupExistingMailRecords = async (
  domain: string,
  dns: Pick<DnsClient, 'txt'>,
): Promise<ExistingMailRecords> => {
  const errors: ExistingMailRecords['errors'] = [];
  const [spf, dmarc] = await Promise.all([dns.txt(domain), dns.txt(dmarcRecordName(domain))]);
  return {
    existingSpf: valuesOf(domain, spf, errors),
    existingDmarc: valuesOf(dmarcRecordName(domain), dmarc, errors),
    errors,
  };
};

/** The provider that runs the zone, from the NS records of the registrable domain. */
export const detectProviderViaDns = async (
  registrableDomain: string,
  dns: Pick<DnsClient, 'ns'>,
): Promise<{ provider: DnsProviderId; nameServers: string[] }> => {
  const result = await dns.ns(registrableDomain);
  const nameServers = result.kind === 'answers' ? result.values : [];
  return { provider: detectDnsProvider(nameServers), nameServers };
};
