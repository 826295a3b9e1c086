import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DnsmasqServer,
  startDnsmasq,
  startServfailDnsServer,
  startSilentDnsServer,
} from '../../../test/dnsmasq.js';
import { createDnsClient, createDnsClientFromEnv, parseDnsServers } from './dns-client.js';

describe('parseDnsServers', () => {
  it('accepts ip[:port] lists in both families', () => {
    expect(parseDnsServers(' 1.1.1.1, 127.0.0.1:5353 ,[::1]:5300,2001:db8::1')).toEqual([
      '1.1.1.1',
      '127.0.0.1:5353',
      '[::1]:5300',
      '2001:db8::1',
    ]);
    expect(parseDnsServers(undefined)).toEqual([]);
    expect(parseDnsServers('')).toEqual([]);
  });

  it('refuses host names and bad ports with the variable name', () => {
    expect(() => parseDnsServers('dns.google')).toThrow(/DNS_SERVERS: "dns.google"/);
    expect(() => parseDnsServers('1.1.1.1:99999')).toThrow(/DNS_SERVERS/);
  });
});

describe('createDnsClient against dnsmasq', () => {
  let dns: DnsmasqServer;
  const longValue = `v=DKIM1; k=rsa; p=${'A'.repeat(600)}`;

  beforeAll(async () => {
    dns = await startDnsmasq({
      zones: ['example.test', 'platform.test'],
      txt: [
        ['long.example.test', longValue],
        ['two.example.test', 'one'],
        ['two.example.test', 'two'],
        ['target.platform.test', 'via cname'],
      ],
      cname: [['alias.example.test', 'target.platform.test']],
      a: [
        ['target.platform.test', '127.0.0.2'],
        ['target.platform.test', '::2'],
      ],
    });
  });
  afterAll(() => dns?.stop());

  it('joins the 255-byte strings of one TXT record and keeps records apart', async () => {
    const client = createDnsClient({ servers: [dns.servers] });
    expect(await client.txt('long.example.test')).toEqual({ kind: 'answers', values: [longValue] });
    const two = await client.txt('two.example.test');
    expect(two.kind === 'answers' && [...two.values].sort()).toEqual(['one', 'two']);
  });

  it('tells NXDOMAIN from no data, and follows CNAMEs like a resolver', async () => {
    const client = createDnsClientFromEnv({ DNS_SERVERS: dns.servers });
    expect(await client.txt('nothing.example.test')).toEqual({ kind: 'nxdomain' });
    expect(await client.cname('two.example.test')).toEqual({ kind: 'nodata' });
    expect(await client.cname('alias.example.test')).toEqual({
      kind: 'answers',
      values: ['target.platform.test'],
    });
    expect(await client.txt('alias.example.test')).toEqual({ kind: 'answers', values: ['via cname'] });
    const addresses = await client.addresses('target.platform.test');
    expect(addresses.kind === 'answers' && addresses.values.sort()).toEqual(['127.0.0.2', '::2']);
  });

  it('reports REFUSED outside the served zones', async () => {
    const client = createDnsClient({ servers: [dns.servers], tries: 1 });
    expect(await client.txt('example.org')).toEqual({ kind: 'error', code: 'REFUSED' });
  });

  it('reports a server that does not answer as TIMEOUT and one that fails as SERVFAIL', async () => {
    const silent = await startSilentDnsServer();
    const failing = await startServfailDnsServer();
    try {
      const started = Date.now();
      const quiet = createDnsClient({ servers: [silent.servers], timeoutMs: 200, tries: 1 });
      expect(await quiet.txt('example.test')).toEqual({ kind: 'error', code: 'TIMEOUT' });
      expect(Date.now() - started).toBeLessThan(3000);
      expect(silent.queries()).toBeGreaterThan(0);
      const broken = createDnsClient({ servers: [failing.servers], timeoutMs: 200, tries: 1 });
      expect(await broken.txt('example.test')).toEqual({ kind: 'error', code: 'SERVFAIL' });
    } finally {
      await silent.stop();
      await failing.stop();
    }
  });
});
