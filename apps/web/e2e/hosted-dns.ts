import { type DnsmasqServer, startDnsmasq } from '../../api/src/test/dnsmasq';

/**
 * The platform's own DNS for the hosted-domain e2e test, as in the API's integration suite:
 * `_spf.platform.test` lists the relay, `bounce.platform.test` is what the customer's bounce CNAME targets.
 */
export const PLATFORM_ENV = {
  PLATFORM_SPF_INCLUDE: '_spf.platform.test',
  PLATFORM_BOUNCE_HOST: 'bounce.platform.test',
  DMARC_RUA: 'dmarc@platform.test',
};

const ZONES = ['example.test', 'platform.test'];
const PLATFORM_TXT: Array<[string, string]> = [
  ['_spf.platform.test', 'v=spf1 ip4:127.0.0.1 -all'],
  ['bounce.platform.test', 'v=spf1 include:_spf.platform.test -all'],
];
const PLATFORM_A: Array<[string, string]> = [['bounce.platform.test', '127.0.0.1']];

/** What an admin publishes: one entry per record, with the name and value they copied. */
export type PublishedRecord = { type: string; name: string; value: string };

export const startPlatformDns = () => startDnsmasq({ zones: ZONES, txt: PLATFORM_TXT, a: PLATFORM_A });

export function publishRecords(dns: DnsmasqServer, records: readonly PublishedRecord[]) {
  return dns.setRecords({
    zones: ZONES,
    txt: [
      ...PLATFORM_TXT,
      ...records.filter((r) => r.type === 'TXT').map((r): [string, string] => [r.name, r.value]),
    ],
    cname: records.filter((r) => r.type === 'CNAME').map((r): [string, string] => [r.name, r.value]),
    a: PLATFORM_A,
  });
}
