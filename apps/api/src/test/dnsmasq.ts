/**
 * A real DNS server (dnsmasq, `apt-get install -y dnsmasq`) on 127.0.0.1 for engine and e2e tests.
 *
 *   const dns = await startDnsmasq({
 *     zones: ['example.test'],                       // names below these that are not listed → NXDOMAIN
 *     txt: [['_ametrika.example.test', 'ametrika-verification=t']],   // long values are split into 255-byte strings
 *     cname: [['bounce.example.test', 'bounce.platform.test']],      // the target must be in `txt`, `a` or `cname`
 *     a: [['bounce.platform.test', '127.0.0.2']],    // IPv4 or IPv6; several entries per name are fine
 *   });
 *   process.env.DNS_SERVERS = dns.servers;          // '127.0.0.1:PORT'
 *   await dns.setRecords({ ...dns.records, txt: [...] });  // restart on the same port with new data
 *   await dns.stop();
 *
 * Names outside `zones` answer REFUSED. Failures: `startSilentDnsServer()` swallows every query (a
 * timeout → UNKNOWN), `startServfailDnsServer()` answers SERVFAIL to everything.
 * `dnsResolverFor(servers)` gives the `(name, type) => Promise` resolver that mailauth takes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DNSMASQ_BINARY = process.env.DNSMASQ_BINARY ?? '/usr/sbin/dnsmasq';

export type DnsmasqRecords = {
  zones: string[];
  /** A string is one TXT record (dnsmasq splits it at 255 bytes); an array gives its strings explicitly. */
  txt?: Array<[name: string, value: string | string[]]>;
  cname?: Array<[name: string, target: string]>;
  a?: Array<[name: string, ip: string]>;
};

export type DnsmasqServer = {
  port: number;
  /** For `DNS_SERVERS` and `createDnsClient({ servers: [dns.servers] })`. */
  servers: string;
  records: DnsmasqRecords;
  setRecords: (records: DnsmasqRecords) => Promise<void>;
  stop: () => Promise<void>;
};

// Inside double quotes the conf-file parser keeps commas and understands \" and \\.
const quoted = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

const configFor = (port: number, records: DnsmasqRecords): string => {
  const lines = [
    `port=${port}`,
    'listen-address=127.0.0.1',
    'bind-interfaces',
    'no-resolv',
    'no-hosts',
    'no-poll',
    'log-facility=-',
    ...records.zones.map((zone) => `local=/${zone}/`),
    ...(records.txt ?? []).map(
      ([name, value]) =>
        `txt-record=${name},${(typeof value === 'string' ? [value] : value).map(quoted).join(',')}`,
    ),
    ...(records.cname ?? []).map(([name, target]) => `cname=${name},${target}`),
  ];
  const addresses = new Map<string, string[]>();
  for (const [name, ip] of records.a ?? []) addresses.set(name, [...(addresses.get(name) ?? []), ip]);
  for (const [name, ips] of addresses) lines.push(`host-record=${name},${ips.join(',')}`);
  return `${lines.join('\n')}\n`;
};

/** A port free for both UDP and TCP on loopback (dnsmasq binds both). */
const freePort = async (): Promise<number> => {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const udpFree = await new Promise<boolean>((resolve) => {
      const socket = createSocket('udp4');
      socket.once('error', () => resolve(false));
      socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
    });
    if (udpFree) return port;
  }
  throw new Error('No free loopback port for dnsmasq');
};

const waitUntilAnswering = async (port: number, child: ChildProcess, stderr: () => string, zone: string) => {
  const resolver = new Resolver({ timeout: 200, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dnsmasq exited (${child.exitCode}): ${stderr()}`);
    try {
      await resolver.resolveTxt(`_probe.${zone}`);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Any DNS answer (NXDOMAIN, NODATA, REFUSED) means it is serving.
      if (code !== 'ECONNREFUSED' && code !== 'ETIMEOUT') return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`dnsmasq did not answer on port ${port}: ${stderr()}`);
};

const launch = async (dir: string, port: number, records: DnsmasqRecords) => {
  const conf = join(dir, 'dnsmasq.conf');
  await writeFile(conf, configFor(port, records));
  // --no-daemon: stays our child and writes no pid file; the conf file replaces /etc/dnsmasq.conf.
  const child = spawn(DNSMASQ_BINARY, ['--no-daemon', `--conf-file=${conf}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.once('error', (error) => {
    stderr += String(error);
  });
  await waitUntilAnswering(port, child, () => stderr, records.zones[0] ?? 'test');
  return child;
};

const terminate = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

export const startDnsmasq = async (records: DnsmasqRecords): Promise<DnsmasqServer> => {
  const dir = await mkdtemp(join(tmpdir(), 'dnsmasq-'));
  let port = 0;
  let child: ChildProcess | undefined;
  for (let attempt = 0; attempt < 5 && !child; attempt++) {
    port = await freePort();
    try {
      child = await launch(dir, port, records);
    } catch (error) {
      // Another process may take the port between the probe and dnsmasq's bind.
      if (attempt === 4 || !String(error).includes('in use')) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  const server: DnsmasqServer = {
    port,
    servers: `127.0.0.1:${port}`,
    records,
    setRecords: async (next) => {
      if (child) await terminate(child);
      child = await launch(dir, port, next);
      server.records = next;
    },
    stop: async () => {
      if (child) await terminate(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
  return server;
};

export type FakeDnsServer = {
  port: number;
  servers: string;
  queries: () => number;
  stop: () => Promise<void>;
};

const startUdpServer = async (reply: ((query: Buffer) => Buffer) | null): Promise<FakeDnsServer> => {
  const socket = createSocket('udp4');
  let count = 0;
  socket.on('message', (query, peer) => {
    count++;
    if (reply && query.length >= 12) socket.send(reply(query), peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  return {
    port,
    servers: `127.0.0.1:${port}`,
    queries: () => count,
    stop: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
};

/** Receives queries and never answers: lookups end in a timeout. */
export const startSilentDnsServer = () => startUdpServer(null);

/** Answers every query with SERVFAIL (the question echoed, no records). */
export const startServfailDnsServer = () =>
  startUdpServer((query) => {
    // Header plus the first question only: an EDNS OPT record in the query must not be echoed.
    let end = 12;
    while (end < query.length && query[end] !== 0) end += query[end]! + 1;
    const response = Buffer.from(query.subarray(0, Math.min(end + 5, query.length)));
    response[2] = 0x80 | (query[2]! & 0x79); // QR=1, keep opcode and RD
    response[3] = 0x80 | 0x02; // RA=1, RCODE=SERVFAIL
    response.writeUInt16BE(1, 4); // one question, nothing else
    response.writeUInt16BE(0, 6);
    response.writeUInt16BE(0, 8);
    response.writeUInt16BE(0, 10);
    return response;
  });

/** The resolver function mailauth's `authenticate({ resolver })` expects, asking only `servers`. */
export const dnsResolverFor = (servers: string) => {
  const resolver = new Resolver({ timeout: 1000, tries: 2 });
  resolver.setServers(servers.split(','));
  // The same answers as mailauth's default (dns.promises.resolve); its type declares only string lists.
  return (name: string, rrtype: string) => resolver.resolve(name, rrtype) as Promise<string[] | string[][]>;
};
