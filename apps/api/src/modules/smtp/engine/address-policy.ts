/**
 * Which IP addresses a customer's SMTP host may resolve to. Only ordinary public unicast
 * addresses pass: anything else could reach the operator's own network (SSRF).
 */
import ipaddr from 'ipaddr.js';

export type AddressVerdict =
  | { allowed: true; address: string; family: 4 | 6 }
  | { allowed: false; address: string; family: 4 | 6; reason: string };

const IPV4_REASONS: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT (100.64.0.0/10) address',
  private: 'a private address',
  reserved: 'a reserved, documentation or benchmarking address',
  as112: 'a reserved (AS112) address',
  amt: 'a reserved (AMT) address',
};

const IPV6_REASONS: Record<string, string> = {
  unspecified: 'an unspecified address',
  linkLocal: 'a link-local address',
  multicast: 'a multicast address',
  loopback: 'a loopback address',
  uniqueLocal: 'a unique-local (fc00::/7) address',
  deprecatedSiteLocal: 'a site-local address',
  discard: 'a discard-only address',
  '6to4': 'a 6to4 tunnel address',
  teredo: 'a Teredo tunnel address',
  benchmarking: 'a benchmarking address',
  reserved: 'a reserved or documentation address',
};

/** IPv6 forms that carry an IPv4 address in their last 32 bits; the embedded one decides. */
const EMBEDDING_RANGES = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052']);
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3') as [ipaddr.IPv6, number];

export const checkAddress = (address: string): AddressVerdict => {
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return checkIpv4(parsed as ipaddr.IPv4);
  return checkIpv6(parsed as ipaddr.IPv6);
};

const checkIpv4 = (ip: ipaddr.IPv4): AddressVerdict => {
  const address = ip.toString();
  const range = ip.range();
  if (range === 'unicast') return { allowed: true, address, family: 4 };
  return {
    allowed: false,
    address,
    family: 4,
    reason: IPV4_REASONS[range] ?? `a special-purpose (${range}) address`,
  };
};

const checkIpv6 = (ip: ipaddr.IPv6): AddressVerdict => {
  const address = ip.toString();
  const range = ip.range();
  if (EMBEDDING_RANGES.has(range)) {
    // Mapped and NAT64 forms are how IPv6-only networks reach IPv4 hosts, so a public IPv4 inside passes.
    const embedded = new ipaddr.IPv4(ip.toByteArray().slice(12));
    const inner = checkIpv4(embedded);
    if (inner.allowed) return { allowed: true, address, family: 6 };
    return {
      allowed: false,
      address,
      family: 6,
      reason: `an IPv6 address embedding ${inner.address}, ${inner.reason}`,
    };
  }
  if (range !== 'unicast') {
    return {
      allowed: false,
      address,
      family: 6,
      reason: IPV6_REASONS[range] ?? `a special-purpose (${range}) address`,
    };
  }
  // Outside 2000::/3 nothing is assigned for public use (this also catches IPv4-compatible ::a.b.c.d).
  if (!ip.match(GLOBAL_UNICAST)) {
    return { allowed: false, address, family: 6, reason: 'an address outside the public IPv6 range' };
  }
  return { allowed: true, address, family: 6 };
};

/**
 * inet_aton(3) semantics: what getaddrinfo would connect to for hosts such as `2130706433`,
 * `0x7f.1`, `017700000001` or `127.1`. Returns the dotted quad, or undefined when the host is
 * not a numeric IPv4 form.
 */
export const parseNumericIpv4 = (host: string): string | undefined => {
  const parts = host.replace(/\.$/, '').split('.');
  if (parts.length > 4 || parts.some((part) => !/^(0x[0-9a-f]*|0[0-7]*|[1-9]\d*)$/i.test(part)))
    return undefined;
  const values = parts.map((part) => {
    if (/^0x/i.test(part)) return part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16);
    if (part.length > 1 && part.startsWith('0')) return Number.parseInt(part, 8);
    return Number.parseInt(part, 10);
  });
  const last = values.pop() as number;
  if (values.some((value) => value > 255)) return undefined;
  // The last part fills all bytes the earlier parts left: `127.1` is 127.0.0.1.
  if (last >= 2 ** (8 * (4 - values.length))) return undefined;
  const octets = [...values];
  for (let shift = 8 * (3 - values.length); shift >= 0; shift -= 8)
    octets.push(Math.floor(last / 2 ** shift) % 256);
  return octets.join('.');
};
