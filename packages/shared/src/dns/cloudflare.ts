import type { HostedDnsRecord } from './types.js';

/** The fields of Cloudflare's "Add record" form, in its order and with its labels. */
export type CloudflareRecordForm = {
  type: 'TXT' | 'CNAME';
  /** Cloudflare appends the zone; `@` is the apex. */
  name: string;
  /** The form calls this field "Target" for CNAME and "Content" for TXT. */
  contentLabel: 'Target' | 'Content';
  content: string;
  /** Only CNAME (and A/AAAA) have the orange/grey cloud; a proxied bounce host would not receive mail. */
  proxyStatus: 'DNS only' | null;
  ttl: 'Auto';
};

export const toCloudflareForm = (record: HostedDnsRecord): CloudflareRecordForm => ({
  type: record.type,
  name: record.host,
  contentLabel: record.type === 'CNAME' ? 'Target' : 'Content',
  content: record.value,
  proxyStatus: record.type === 'CNAME' ? 'DNS only' : null,
  ttl: 'Auto',
});
