import {
  dnsProviderGuide,
  hostForProvider,
  missingRequiredPurposes,
  toCloudflareForm,
  toZoneFile,
  valueForProvider,
} from '@ametrika/shared';
import type { HostedDomainRow, StoredRecord } from './hosted-domain.entity.js';
import { CloudflareRecordType, DnsProviderType, DnsRecordType, HostedDomainType } from './hosted.types.js';

const NOT_CHECKED = { en: 'Not checked yet.', de: 'Noch nicht geprüft.' };

const toRecordType = (row: HostedDomainRow, record: StoredRecord): DnsRecordType => {
  const out = new DnsRecordType();
  const key = record.selector ? row.dkimKeys.find((k) => k.selector === record.selector) : undefined;
  const cloudflare = Object.assign(new CloudflareRecordType(), toCloudflareForm(record));
  Object.assign(out, {
    type: record.type,
    name: record.name,
    host: record.host,
    value: record.value,
    purpose: record.purpose,
    required: record.required,
    status: record.status ?? 'UNKNOWN',
    observed: record.observed ?? [],
    ttl: record.ttl,
    present: record.present ?? false,
    selector: record.selector ?? null,
    dkimKeyState: key?.state ?? null,
    cloudflare,
    providerHost: hostForProvider(record, row.provider),
    providerValue: valueForProvider(record, row.provider),
    messageText: record.message ?? (record.status ? null : NOT_CHECKED),
    noteText: record.note ?? null,
  });
  return out;
};

/** The GraphQL view of a hosted domain. Keys appear only by selector: the sealed private key never leaves. */
export const toHostedDomainView = (row: HostedDomainRow): HostedDomainType => {
  const guide = dnsProviderGuide(row.provider);
  const provider = Object.assign(new DnsProviderType(), {
    id: guide.provider,
    name: guide.name,
    nameServers: row.nameServers,
    whereText: guide.where,
    stepTexts: guide.steps,
  });
  const checkable = row.records.map((r) => ({ ...r, status: r.status ?? 'UNKNOWN' }));
  const missing = missingRequiredPurposes(checkable);
  return Object.assign(new HostedDomainType(), {
    domain: row.domain,
    domainUnicode: row.domainUnicode,
    zone: row.zone,
    fromEmail: row.fromEmail,
    fromName: row.fromName,
    status: row.status,
    records: row.records.map((r) => toRecordType(row, r)),
    missingRecords: missing,
    readyToEnable: row.status === 'VERIFIED',
    lastCheckedAt: row.lastCheckedAt,
    nextCheckAt: row.nextCheckAt,
    verifiedAt: row.verifiedAt,
    pendingSince: row.pendingSince,
    provider,
    zoneFile: toZoneFile(row.records, row.zone),
    selector: activeKey(row).selector,
    pendingSelector: row.dkimKeys.find((k) => k.state === 'PENDING')?.selector ?? null,
  });
};

export const activeKey = (row: HostedDomainRow) => {
  const key = row.dkimKeys.find((k) => k.state === 'ACTIVE');
  if (!key) throw new Error(`hosted domain of account ${row.accountId} has no active DKIM key`);
  return key;
};
