import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { DnsLookupResult } from '@ametrika/shared';

export type DnsClient = {
  txt(name: string): Promise<DnsLookupResult>;
  cname(name: string): Promise<DnsLookupResult>;
  /** A and AAAA together: flattened CNAMEs may answer with either family. */
  addresses(name: string): Promise<DnsLookupResult>;
  ns(name: string): Promise<DnsLookupResult>;
};

export type DnsClientOptions = {
  /** `ip[:port]` entries as in `DNS_SERVERS`; empty → the system's resolvers. */
  servers?: readonly string[];
  /** Per try; c-ares doubles it on each retry. */
  timeoutMs?: number;
  tries?: number;
};

/**
 * `DNS_SERVERS=1.1.1.1,127.0.0.1:5353,[::1]:53` → the form `Resolver#setServers` takes.
 * Throws on anything else, so a typo fails at start instead of silently using the system's.
 */
export const parseDnsServers = (value: string | undefined): string[] => {
  if (!value?.trim()) return [];
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const bracketed = entry.match(/^\[([^\]]+)\](?::(\d+))?$/);
      const [host, port] = bracketed
        ? [bracketed[1]!, bracketed[2]]
        : isIP(entry) === 6
          ? [entry, undefined]
          : (entry.split(':') as [string, string | undefined]);
      const family = isIP(host);
      const portNumber = port === undefined ? 53 : Number(port);
      if (!family || !Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535) {
        throw new Error(`DNS_SERVERS: "${entry}" is not ip[:port] (for example 1.1.1.1 or 127.0.0.1:5353)`);
      }
      if (port === undefined) return host;
      return family === 6 ? `[${host}]:${portNumber}` : `${host}:${portNumber}`;
    });
};

/** c-ares codes → the few outcomes the comparison distinguishes. */
const toResult = (error: unknown): DnsLookupResult => {
  const code = (error as { code?: string }).code ?? 'UNKNOWN';
  if (code === 'ENODATA') return { kind: 'nodata' };
  if (code === 'ENOTFOUND') return { kind: 'nxdomain' };
  const names: Record<string, string> = {
    ESERVFAIL: 'SERVFAIL',
    ETIMEOUT: 'TIMEOUT',
    EREFUSED: 'REFUSED',
    ECONNREFUSED: 'CONNECTION_REFUSED',
    EFORMERR: 'FORMERR',
    EBADRESP: 'BAD_RESPONSE',
  };
  return { kind: 'error', code: names[code] ?? code };
};

const answers = (values: string[]): DnsLookupResult =>
  // A CNAME-only answer to an A query comes back as an empty list: that is "no data".
  values.length === 0 ? { kind: 'nodata' } : { kind: 'answers', values };

const settle = async (query: () => Promise<string[]>): Promise<DnsLookupResult> => {
  try {
    return answers(await query());
  } catch (error) {
    return toResult(error);
  }
};

const mergeFamilies = (a: DnsLookupResult, b: DnsLookupResult): DnsLookupResult => {
  const values = [...(a.kind === 'answers' ? a.values : []), ...(b.kind === 'answers' ? b.values : [])];
  if (values.length > 0) return { kind: 'answers', values };
  if (a.kind === 'error') return a;
  if (b.kind === 'error') return b;
  return a.kind === 'nxdomain' || b.kind === 'nxdomain' ? { kind: 'nxdomain' } : { kind: 'nodata' };
};

export const createDnsClient = ({
  servers = [],
  timeoutMs = 2000,
  tries = 2,
}: DnsClientOptions = {}): DnsClient => {
  const resolver = new Resolver({ timeout: timeoutMs, tries });
  if (servers.length > 0) resolver.setServers([...servers]);
  return {
    // A long TXT record arrives as several strings; DKIM keys are one value joined back together.
    txt: (name) => settle(async () => (await resolver.resolveTxt(name)).map((strings) => strings.join(''))),
    cname: (name) => settle(() => resolver.resolveCname(name)),
    addresses: async (name) => {
      const [v4, v6] = await Promise.all([
        settle(() => resolver.resolve4(name)),
        settle(() => resolver.resolve6(name)),
      ]);
      return mergeFamilies(v4, v6);
    },
    ns: (name) => settle(() => resolver.resolveNs(name)),
  };
};

/** The client for this process: `DNS_SERVERS` if set, else the system's resolvers. */
export const createDnsClientFromEnv = (
  env: NodeJS.ProcessEnv = process.env,
  options: Omit<DnsClientOptions, 'servers'> = {},
) => createDnsClient({ ...options, servers: parseDnsServers(env.DNS_SERVERS) });
