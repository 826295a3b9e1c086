import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { databaseKinds } from '../../test/databases.js';
import {
  type DnsmasqServer,
  startDnsmasq,
  startServfailDnsServer,
  startSilentDnsServer,
} from '../../test/dnsmasq.js';
import { errorCode, type GraphQLClient } from '../../test/graphql-client.js';
import { adminOfNewAccount, startTestApp, type TestApp } from '../../test/test-app.js';
import { createDnsClient } from './engine/index.js';
import { HostedCheckLoop } from './hosted-check-loop.js';
import { HostedDomainRow } from './hosted-domain.entity.js';
import {
  APPLY,
  byPurpose,
  type Hosted,
  PLATFORM_ENV,
  publish,
  SET_MODE,
  statuses,
  VERIFY,
} from './hosted-test-kit.js';

const INPUT = { domain: 'mail.example.test', fromEmail: 'news', fromName: 'Example News' };
const OTHER_KEY = 'v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAotherkey';

describe.each(databaseKinds())('hosted domain: record statuses and background checks on %s', (kind) => {
  let app: TestApp;
  let dns: DnsmasqServer;
  let admin: GraphQLClient;
  let records: Hosted['records'];
  const verify = async (client = admin) => (await client.ok(VERIFY)).verifyDnsRecords.hosted as Hosted;
  const rowOf = (domain: string) => app.db.getRepository(HostedDomainRow).findOneByOrFail({ domain });

  beforeAll(async () => {
    dns = await startDnsmasq(publish([]));
    app = await startTestApp(kind, { ...PLATFORM_ENV, DNS_SERVERS: dns.servers });
    admin = await app.adminClient();
    records = ((await admin.ok(APPLY, { input: INPUT })).applyHostedDomain.hosted as Hosted).records;
  });
  afterAll(async () => {
    await app?.close();
    await dns?.stop();
  });

  it('reports MISMATCH with what was found, DUPLICATE DKIM and DUPLICATE SPF', async () => {
    const dkimName = byPurpose({ records } as Hosted, 'DKIM')[0]!.name;
    await dns.setRecords(
      publish(
        records,
        {
          txt: [
            ['_ametrika.mail.example.test', 'ametrika-verification=someone-elses-token'],
            [dkimName, OTHER_KEY],
            ['mail.example.test', 'v=spf1 include:spf.other-provider.test ~all'],
          ],
          cname: [['bounce.mail.example.test', 'other-bounce.platform.test']],
          a: [['other-bounce.platform.test', '127.0.0.5']],
        },
        (r) => r.purpose === 'OWNERSHIP' || r.purpose === 'RETURN_PATH' || r.purpose === 'DMARC',
      ),
    );
    const hosted = await verify();
    expect(statuses(hosted)).toEqual([
      'OWNERSHIP=MISMATCH',
      `DKIM:${hosted.selector}=DUPLICATE`,
      'RETURN_PATH=MISMATCH',
      'SPF=DUPLICATE',
      'DMARC=MISSING',
    ]);
    expect(byPurpose(hosted, 'OWNERSHIP')[0]!.observed).toEqual([
      'ametrika-verification=someone-elses-token',
    ]);
    expect(byPurpose(hosted, 'RETURN_PATH')[0]).toMatchObject({
      observed: ['other-bounce.platform.test'],
      message: expect.stringContaining('other-bounce.platform.test'),
    });
    expect(byPurpose(hosted, 'DKIM')[0]!.observed).toHaveLength(2);
    expect(byPurpose(hosted, 'SPF')[0]!.message).toMatch(/more than one SPF record/);
    expect(hosted.status).toBe('PENDING');
  });

  it('verifies a 2048-bit key split into 255-byte strings and a flattened return-path CNAME', async () => {
    const dkim = byPurpose({ records } as Hosted, 'DKIM')[0]!;
    expect(dkim.value.length).toBeGreaterThan(255);
    const chunks = dkim.value.match(/.{1,255}/g) as string[];
    await dns.setRecords(
      publish(
        records,
        { txt: [[dkim.name, chunks]], a: [['bounce.mail.example.test', '127.0.0.1']] },
        (r) => r.purpose === 'DKIM' || r.purpose === 'RETURN_PATH',
      ),
    );
    const hosted = await verify();
    expect(statuses(hosted).every((s) => s.endsWith('=VERIFIED'))).toBe(true);
    expect(byPurpose(hosted, 'RETURN_PATH')[0]!.message).toMatch(/flattens/);
    expect(hosted.status).toBe('VERIFIED');
  });

  it('gives UNKNOWN when DNS does not answer, and a VERIFIED domain stays VERIFIED', async () => {
    const real = app.services.hosted.dns;
    const silent = await startSilentDnsServer();
    const servfail = await startServfailDnsServer();
    try {
      for (const server of [silent, servfail]) {
        app.services.hosted.dns = createDnsClient({ servers: [server.servers], timeoutMs: 200, tries: 1 });
        const hosted = await verify();
        expect(statuses(hosted).every((s) => s.endsWith('=UNKNOWN'))).toBe(true);
        expect(byPurpose(hosted, 'DKIM')[0]!.message).toMatch(/DNS did not answer \((TIMEOUT|SERVFAIL)\)/);
        expect(hosted.status).toBe('VERIFIED');
        expect(server.queries()).toBeGreaterThan(0);
      }
      expect((await admin.ok(SET_MODE, { mode: 'HOSTED' })).setSenderMode.senderMode).toBe('HOSTED');
    } finally {
      app.services.hosted.dns = real;
      await silent.stop();
      await servfail.stop();
    }
  });

  it('turns DEGRADED when a verified record disappears, and VERIFIED again when it is back', async () => {
    const published = dns.records;
    await dns.setRecords(publish(records, {}, (r) => r.purpose === 'DKIM'));
    const hosted = await verify();
    expect(hosted.status).toBe('DEGRADED');
    expect(byPurpose(hosted, 'DKIM')[0]!.status).toBe('MISSING');
    expect(hosted.missingRecords).toEqual(['DKIM']);
    await admin.ok(SET_MODE, { mode: 'PLATFORM' });
    const refused = await admin.request(SET_MODE, { mode: 'HOSTED' });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/lost a verified record.*DKIM/);
    await dns.setRecords(published);
    expect((await verify()).status).toBe('VERIFIED');
  });

  it('merges an existing SPF record and shows an existing DMARC record as present', async () => {
    const { client: other } = await adminOfNewAccount(
      app,
      `SPF ${kind}`,
      `spf-${kind}@x.test`,
      'spf password',
    );
    const dmarc = 'v=DMARC1; p=quarantine; rua=mailto:reports@other.test';
    await dns.setRecords({
      ...dns.records,
      txt: [
        ...(dns.records.txt ?? []),
        ['news.other.test', 'v=spf1 include:mail.other.test -all'],
        ['news.other.test', 'google-site-verification=abc'],
        ['_dmarc.news.other.test', dmarc],
      ],
    });
    const { applyHostedDomain } = await other.ok(APPLY, {
      input: { domain: 'news.other.test', fromEmail: 'hi' },
    });
    const hosted = applyHostedDomain.hosted as Hosted;
    const spf = byPurpose(hosted, 'SPF')[0]! as Hosted['records'][number] & { note: string };
    expect(spf.value).toBe('v=spf1 include:mail.other.test include:_spf.platform.test -all');
    expect(spf.note).toMatch(/Edit your existing SPF record/);
    expect(spf.status).toBe('MISMATCH');
    expect(byPurpose(hosted, 'DMARC')[0]).toMatchObject({ value: dmarc, present: true, status: 'VERIFIED' });
    expect(hosted.zoneFile).not.toContain('DMARC1');
  });

  it('re-checks pending domains with growing intervals, claims each once, and fails them after 72 hours', async () => {
    const due = async () =>
      app.db
        .getRepository(HostedDomainRow)
        .update({ domain: 'news.other.test' }, { nextCheckAt: new Date(Date.now() - 1000) });
    const gap = async () => {
      const row = await rowOf('news.other.test');
      return Math.round((row.nextCheckAt!.getTime() - row.lastCheckedAt!.getTime()) / 60_000);
    };
    expect(await gap()).toBe(1); // APPLY checked once and looks again in a minute
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      await due();
      expect(await app.services.hostedChecks.runDue()).toBeGreaterThanOrEqual(1);
      intervals.push(await gap());
    }
    expect(intervals).toEqual([2, 5, 15, 60, 60]);

    // Two processes see the same due domain: only one of them checks it.
    await due();
    const logger = createLogger('silent');
    const loops = [1, 2, 3].map(() => new HostedCheckLoop(app.db, app.services.hosted, logger));
    const counts = await Promise.all(loops.map((loop) => loop.runDue()));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);

    await app.db
      .getRepository(HostedDomainRow)
      .update({ domain: 'news.other.test' }, { pendingSince: new Date(Date.now() - 73 * 3600_000) });
    await due();
    await app.services.hostedChecks.runDue();
    const failed = await rowOf('news.other.test');
    expect(failed.status).toBe('FAILED');
    expect(failed.nextCheckAt).toBeNull();
    const { auditLog } = await (async () => {
      const c = app.client();
      await c.signIn(`spf-${kind}@x.test`, 'spf password');
      return c.ok('{ auditLog { actor action summary } }');
    })();
    expect(auditLog[0]).toMatchObject({
      actor: 'Automatic DNS check',
      action: 'HOSTED_DOMAIN_STATUS_CHANGED',
    });
    expect(auditLog[0].summary).toMatch(/PENDING → FAILED/);

    // Verify starts a new attempt.
    const c = app.client();
    await c.signIn(`spf-${kind}@x.test`, 'spf password');
    const again = await verify(c);
    expect(again.status).toBe('PENDING');
    expect(new Date(again.pendingSince as string).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });
});
