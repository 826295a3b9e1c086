import {
  generateHostedRecords,
  type HostedDnsRecord,
  nextDomainStatus,
  type PlatformMailDns,
} from '@ametrika/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DnsmasqRecords,
  type DnsmasqServer,
  startDnsmasq,
  startServfailDnsServer,
  startSilentDnsServer,
} from '../../../test/dnsmasq.js';
import { createDnsClient } from './dns-client.js';
import { generateDkimKeyPair } from './dkim-keys.js';
import { detectProviderViaDns, lookupExistingMailRecords, verifyHostedRecords } from './verify-records.js';

const PLATFORM: PlatformMailDns = {
  spfInclude: '_spf.platform.test',
  bounceHost: 'bounce.platform.test',
  dmarcRua: 'dmarc@platform.test',
};
// What the platform itself serves: the return-path target with an address and its SPF.
const PLATFORM_DNS = {
  txt: [['_spf.platform.test', 'v=spf1 ip4:127.0.0.1 -all']] as Array<[string, string]>,
  a: [['bounce.platform.test', '127.0.0.2']] as Array<[string, string]>,
};

const statuses = (checked: Array<{ purpose: string; status: string }>) =>
  Object.fromEntries(checked.map((r) => [r.purpose, r.status]));

/** The zone as an admin would publish it, with `edit` to break or add records. */
const zoneWith = (
  records: HostedDnsRecord[],
  edit: Partial<DnsmasqRecords> = {},
  skip: string[] = [],
): DnsmasqRecords => {
  const published = records.filter((r) => !skip.includes(r.purpose));
  return {
    zones: ['example.test', 'platform.test'],
    txt: [
      ...PLATFORM_DNS.txt,
      ...published.filter((r) => r.type === 'TXT').map((r): [string, string] => [r.name, r.value]),
      ...(edit.txt ?? []),
    ],
    cname: [
      ...published.filter((r) => r.type === 'CNAME').map((r): [string, string] => [r.name, r.value]),
      ...(edit.cname ?? []),
    ],
    a: [...PLATFORM_DNS.a, ...(edit.a ?? [])],
  };
};

describe('verifyHostedRecords against dnsmasq', () => {
  let dns: DnsmasqServer;
  let records: HostedDnsRecord[];
  let otherKey: string;
  const check = () =>
    verifyHostedRecords(records, createDnsClient({ servers: [dns.servers] }), {
      spfInclude: PLATFORM.spfInclude,
    });

  beforeAll(async () => {
    const [key, other] = await Promise.all([generateDkimKeyPair(), generateDkimKeyPair()]);
    otherKey = other.publicKeyBase64;
    records = generateHostedRecords({
      domain: 'mail.example.test',
      registrableDomain: 'example.test',
      verificationToken: 'token-1',
      dkimSelector: 'am202611',
      dkimPublicKeyBase64: key.publicKeyBase64,
      platform: PLATFORM,
      existingSpf: [],
      existingDmarc: [],
    });
    dns = await startDnsmasq({ zones: ['example.test', 'platform.test'] });
  });
  afterAll(() => dns?.stop());

  it('reports every record MISSING before anything is published', async () => {
    const checked = await check();
    expect(statuses(checked)).toEqual({
      OWNERSHIP: 'MISSING',
      DKIM: 'MISSING',
      RETURN_PATH: 'MISSING',
      SPF: 'MISSING',
      DMARC: 'MISSING',
    });
    expect(
      nextDomainStatus({ previous: 'PENDING', records: checked, pendingSince: new Date(), now: new Date() }),
    ).toBe('PENDING');
  });

  it('verifies all records once published, including the 2048-bit key split into 255-byte strings', async () => {
    const dkim = records.find((r) => r.purpose === 'DKIM')!;
    expect(dkim.value.length).toBeGreaterThan(255);
    await dns.setRecords(zoneWith(records));
    const checked = await check();
    expect(statuses(checked)).toEqual({
      OWNERSHIP: 'VERIFIED',
      DKIM: 'VERIFIED',
      RETURN_PATH: 'VERIFIED',
      SPF: 'VERIFIED',
      DMARC: 'VERIFIED',
    });
    expect(checked.find((r) => r.purpose === 'DKIM')!.observed).toEqual([dkim.value]);
    expect(
      nextDomainStatus({ previous: 'PENDING', records: checked, pendingSince: new Date(), now: new Date() }),
    ).toBe('VERIFIED');
  });

  it('reports wrong values as MISMATCH with what was found', async () => {
    await dns.setRecords(
      zoneWith(
        records,
        {
          txt: [
            ['_ametrika.mail.example.test', 'ametrika-verification=someone-else'],
            ['am202611._domainkey.mail.example.test', `v=DKIM1; k=rsa; p=${otherKey}`],
          ],
          cname: [['bounce.mail.example.test', 'bounce.elsewhere.test']],
        },
        ['OWNERSHIP', 'DKIM', 'RETURN_PATH'],
      ),
    );
    const checked = await check();
    expect(statuses(checked)).toMatchObject({
      OWNERSHIP: 'MISMATCH',
      DKIM: 'MISMATCH',
      RETURN_PATH: 'MISMATCH',
      SPF: 'VERIFIED',
    });
    expect(checked.find((r) => r.purpose === 'OWNERSHIP')!.observed).toEqual([
      'ametrika-verification=someone-else',
    ]);
    expect(checked.find((r) => r.purpose === 'RETURN_PATH')!.message?.en).toContain('bounce.elsewhere.test');
  });

  it('reports two DKIM keys at the selector and two SPF records as DUPLICATE', async () => {
    await dns.setRecords(
      zoneWith(records, {
        txt: [
          ['am202611._domainkey.mail.example.test', `v=DKIM1; k=rsa; p=${otherKey}`],
          ['mail.example.test', 'v=spf1 include:_spf.other.test -all'],
        ],
      }),
    );
    const checked = await check();
    expect(statuses(checked)).toMatchObject({ DKIM: 'DUPLICATE', SPF: 'DUPLICATE', OWNERSHIP: 'VERIFIED' });
    expect(checked.find((r) => r.purpose === 'SPF')!.observed).toHaveLength(2);
  });

  it("accepts a flattened return-path CNAME whose addresses equal the target's", async () => {
    await dns.setRecords(
      zoneWith(records, { a: [['bounce.mail.example.test', '127.0.0.2']] }, ['RETURN_PATH']),
    );
    const flattened = (await check()).find((r) => r.purpose === 'RETURN_PATH')!;
    expect(flattened).toMatchObject({ status: 'VERIFIED', observed: ['127.0.0.2'] });
    expect(flattened.message?.en).toMatch(/flattens/);

    await dns.setRecords(
      zoneWith(records, { a: [['bounce.mail.example.test', '127.0.0.9']] }, ['RETURN_PATH']),
    );
    expect((await check()).find((r) => r.purpose === 'RETURN_PATH')!.status).toBe('MISMATCH');
  });

  it('turns a verified domain DEGRADED when a record disappears', async () => {
    await dns.setRecords(zoneWith(records, {}, ['DKIM']));
    const checked = await check();
    expect(statuses(checked).DKIM).toBe('MISSING');
    expect(
      nextDomainStatus({
        previous: 'VERIFIED',
        records: checked,
        pendingSince: new Date(0),
        now: new Date(),
      }),
    ).toBe('DEGRADED');
  });

  it('gives UNKNOWN when DNS does not answer or fails, and a VERIFIED domain stays VERIFIED', async () => {
    for (const server of [await startSilentDnsServer(), await startServfailDnsServer()]) {
      try {
        const client = createDnsClient({ servers: [server.servers], timeoutMs: 150, tries: 1 });
        const checked = await verifyHostedRecords(records, client);
        expect(new Set(checked.map((r) => r.status))).toEqual(new Set(['UNKNOWN']));
        expect(checked[0]!.message?.en).toMatch(/TIMEOUT|SERVFAIL/);
        expect(
          nextDomainStatus({
            previous: 'VERIFIED',
            records: checked,
            pendingSince: new Date(0),
            now: new Date(),
          }),
        ).toBe('VERIFIED');
      } finally {
        await server.stop();
      }
    }
  });

  it('finds the existing SPF and DMARC records that APPLY merges with', async () => {
    await dns.setRecords({
      zones: ['example.test'],
      txt: [
        ['example.test', 'v=spf1 mx -all'],
        ['example.test', 'google-site-verification=x'],
        ['_dmarc.example.test', 'v=DMARC1; p=quarantine'],
      ],
    });
    const existing = await lookupExistingMailRecords(
      'example.test',
      createDnsClient({ servers: [dns.servers] }),
    );
    expect(existing.existingSpf.sort()).toEqual(['google-site-verification=x', 'v=spf1 mx -all']);
    expect(existing).toMatchObject({ existingDmarc: ['v=DMARC1; p=quarantine'], errors: [] });
  });
});

describe('detectProviderViaDns', () => {
  // dnsmasq serves NS only in its authoritative mode, so the NS lookup is injected here.
  it('detects the provider from the NS answer and falls back to unknown', async () => {
    const ns = async (name: string) =>
      name === 'example.com'
        ? { kind: 'answers' as const, values: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'] }
        : { kind: 'error' as const, code: 'TIMEOUT' };
    expect(await detectProviderViaDns('example.com', { ns })).toEqual({
      provider: 'cloudflare',
      nameServers: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'],
    });
    expect((await detectProviderViaDns('other.com', { ns })).provider).toBe('unknown');
  });
});
