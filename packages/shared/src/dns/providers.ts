import type { HostedDnsRecord } from './types.js';

export const DNS_PROVIDERS = [
  'cloudflare',
  'route53',
  'godaddy',
  'ionos',
  'strato',
  'hetzner',
  'google',
  'azure',
  'namecheap',
  'unknown',
] as const;
export type DnsProviderId = (typeof DNS_PROVIDERS)[number];

/** Name server host names say who runs the zone; the first match wins. */
const PATTERNS: ReadonlyArray<[DnsProviderId, RegExp]> = [
  ['cloudflare', /(?:^|\.)ns\.cloudflare\.com$/],
  ['route53', /(?:^|\.)awsdns-\d+\./],
  ['godaddy', /(?:^|\.)domaincontrol\.com$/],
  ['ionos', /(?:^|\.)ui-dns\.[a-z]+$/],
  ['strato', /(?:^|\.)(?:strato\.de|rzone\.de)$/],
  ['hetzner', /(?:^|\.)(?:hetzner\.com|hetzner\.de|your-server\.de|second-ns\.(?:de|com))$/],
  ['google', /(?:^|\.)googledomains\.com$/],
  ['azure', /(?:^|\.)azure-dns\.[a-z]+$/],
  ['namecheap', /(?:^|\.)registrar-servers\.com$/],
];

export const detectDnsProvider = (nameServers: readonly string[]): DnsProviderId => {
  const hosts = nameServers.map((ns) => ns.trim().replace(/\.$/, '').toLowerCase());
  for (const [id, pattern] of PATTERNS) {
    if (hosts.some((host) => pattern.test(host))) return id;
  }
  return 'unknown';
};

export const DNS_PROVIDER_NAMES: Record<DnsProviderId, string> = {
  cloudflare: 'Cloudflare',
  route53: 'Amazon Route 53',
  godaddy: 'GoDaddy',
  ionos: 'IONOS',
  strato: 'Strato',
  hetzner: 'Hetzner',
  google: 'Google Cloud DNS',
  azure: 'Azure DNS',
  namecheap: 'Namecheap',
  unknown: 'DNS provider',
};

/**
 * What to type into the provider's name field. All of them append the zone themselves,
 * so a full name would become `mail.example.com.example.com`. Route 53 and Google Cloud
 * DNS want the apex as an empty field rather than `@`.
 */
export const hostForProvider = (record: Pick<HostedDnsRecord, 'host'>, provider: DnsProviderId): string => {
  if (record.host !== '@') return record.host;
  return provider === 'route53' || provider === 'google' ? '' : '@';
};

/**
 * What to type into the value field. Route 53 takes TXT values in quotes, and a value over
 * 255 characters as several quoted strings in one line; the others quote and split themselves.
 */
export const valueForProvider = (
  record: Pick<HostedDnsRecord, 'type' | 'value'>,
  provider: DnsProviderId,
): string => {
  if (record.type !== 'TXT' || provider !== 'route53') return record.value;
  const parts = record.value.match(/.{1,255}/g) ?? [''];
  return parts.map((part) => `"${part.replace(/"/g, '\\"')}"`).join(' ');
};
