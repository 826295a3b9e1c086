/**
 * Shared pieces of the hosted-domain integration suites: the queries, the platform's DNS identity, and
 * `publish`, which puts what APPLY generated into the test DNS server the way an admin would.
 */
import type { DnsmasqRecords } from '../../test/dnsmasq.js';

export const PLATFORM_ENV = {
  PLATFORM_SPF_INCLUDE: '_spf.platform.test',
  PLATFORM_BOUNCE_HOST: 'bounce.platform.test',
  DMARC_RUA: 'dmarc@platform.test',
};

// The platform's side: `bounce.platform.test` carries the SPF that MAIL FROM bounces@bounce.<domain> is
// checked against (through the customer's CNAME); `_spf.platform.test` lists the relay (127.0.0.1).
export const PLATFORM_RECORDS = {
  txt: [
    ['_spf.platform.test', 'v=spf1 ip4:127.0.0.1 -all'],
    ['bounce.platform.test', 'v=spf1 include:_spf.platform.test -all'],
  ] as Array<[string, string]>,
  a: [['bounce.platform.test', '127.0.0.1']] as Array<[string, string]>,
};

export const ZONES = ['example.test', 'other.test', 'platform.test'];

export const RECORD_FIELDS = `type name host value purpose required status observed message note ttl present
  selector dkimKeyState cloudflare { type name contentLabel content proxyStatus ttl } providerHost providerValue`;
export const HOSTED_FIELDS = `domain domainUnicode zone fromEmail fromName status missingRecords readyToEnable
  lastCheckedAt nextCheckAt verifiedAt pendingSince zoneFile selector pendingSelector
  provider { id name nameServers where steps stepsDe: steps(locale: DE) }
  records { ${RECORD_FIELDS} }`;
export const SETTINGS = `emailSettings { senderMode activeFromAddress hosted { ${HOSTED_FIELDS} } }`;
export const APPLY = `mutation($input: HostedDomainInput!) { applyHostedDomain(input: $input) {
  senderMode hosted { ${HOSTED_FIELDS} } } }`;
export const VERIFY = `mutation { verifyDnsRecords { senderMode hosted { ${HOSTED_FIELDS} } } }`;
export const ROTATE = `mutation { rotateDkimKey { hosted { ${HOSTED_FIELDS} } } }`;
export const RETIRE = `mutation($selector: String!) { retireDkimKey(selector: $selector) { hosted { ${HOSTED_FIELDS} } } }`;
export const SET_MODE = `mutation($mode: SenderMode!) { setSenderMode(mode: $mode) { senderMode activeFromAddress } }`;

export type Rec = {
  type: string;
  name: string;
  value: string;
  purpose: string;
  required: boolean;
  status: string;
  observed: string[];
  message: string | null;
  present: boolean;
  selector: string | null;
  dkimKeyState: string | null;
};
export type Hosted = {
  domain: string;
  status: string;
  records: Rec[];
  selector: string;
  pendingSelector: string | null;
  missingRecords: string[];
  nextCheckAt: string | null;
  lastCheckedAt: string | null;
  [key: string]: unknown;
};

export const byPurpose = (hosted: Hosted, purpose: string) =>
  hosted.records.filter((r) => r.purpose === purpose);
export const statuses = (hosted: Hosted) =>
  hosted.records.map((r) => `${r.purpose}${r.selector ? `:${r.selector}` : ''}=${r.status}`);

/** DNS data with the generated records published (skipping `present` ones), plus the platform's. */
export function publish(
  records: readonly Rec[],
  extra: {
    txt?: Array<[string, string | string[]]>;
    cname?: Array<[string, string]>;
    a?: Array<[string, string]>;
  } = {},
  skip: (r: Rec) => boolean = () => false,
): DnsmasqRecords {
  const mine = records.filter((r) => !r.present && !skip(r));
  return {
    zones: ZONES,
    txt: [
      ...PLATFORM_RECORDS.txt,
      ...mine.filter((r) => r.type === 'TXT').map((r): [string, string] => [r.name, r.value]),
      ...(extra.txt ?? []),
    ],
    cname: [
      ...mine.filter((r) => r.type === 'CNAME').map((r): [string, string] => [r.name, r.value]),
      ...(extra.cname ?? []),
    ],
    a: [...PLATFORM_RECORDS.a, ...(extra.a ?? [])],
  };
}

/** Everything a response or log could leak: the PEM of a key, its sealed form, or any "PRIVATE KEY". */
export const SECRET_MARKERS = [/PRIVATE KEY/, /v1:[A-Za-z0-9+/=]{8,}:[A-Za-z0-9+/=]{8,}:/, /privateKey/i];
