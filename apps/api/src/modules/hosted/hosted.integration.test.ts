import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { type DnsmasqServer, startDnsmasq } from '../../test/dnsmasq.js';
import { errorCode, type GraphQLClient } from '../../test/graphql-client.js';
import { addUser, adminOfNewAccount, Role, startTestApp, type TestApp } from '../../test/test-app.js';
import { HostedDomainRow } from './hosted-domain.entity.js';
import {
  APPLY,
  byPurpose,
  type Hosted,
  PLATFORM_ENV,
  publish,
  SECRET_MARKERS,
  SET_MODE,
  SETTINGS,
  statuses,
  VERIFY,
} from './hosted-test-kit.js';

const INPUT = { domain: 'Mail.Example.test', fromEmail: 'news', fromName: 'Example News' };

describe.each(databaseKinds())('hosted domain: apply, verify, enable on %s', (kind) => {
  let app: TestApp;
  let dns: DnsmasqServer;
  let admin: GraphQLClient;
  const seen: string[] = [];
  const ok = async (query: string, vars?: Record<string, unknown>) => {
    const data = await admin.ok(query, vars);
    seen.push(JSON.stringify(data));
    return data;
  };

  beforeAll(async () => {
    dns = await startDnsmasq(publish([]));
    app = await startTestApp(kind, { ...PLATFORM_ENV, DNS_SERVERS: dns.servers });
    app.services.hosted.nsLookup = async (zone) =>
      zone === 'example.test' ? ['ada.ns.cloudflare.com.', 'bob.ns.cloudflare.com.'] : [];
    admin = await app.adminClient();
  });
  afterAll(async () => {
    await app?.close();
    await dns?.stop();
  });

  it('generates the records on APPLY, refuses HOSTED naming what is missing, and leaks no secret', async () => {
    const { applyHostedDomain } = await ok(APPLY, { input: INPUT });
    const hosted = applyHostedDomain.hosted as Hosted;
    expect(hosted).toMatchObject({
      domain: 'mail.example.test',
      zone: 'example.test',
      fromEmail: 'news@mail.example.test',
      fromName: 'Example News',
      status: 'PENDING',
      readyToEnable: false,
      provider: { id: 'cloudflare', name: 'Cloudflare' },
    });
    expect(hosted.selector).toMatch(/^am\d{6}$/);
    expect(hosted.records.map((r) => `${r.purpose} ${r.type} ${r.name} ${r.required}`)).toEqual([
      'OWNERSHIP TXT _ametrika.mail.example.test true',
      `DKIM TXT ${hosted.selector}._domainkey.mail.example.test true`,
      'RETURN_PATH CNAME bounce.mail.example.test true',
      'SPF TXT mail.example.test true',
      'DMARC TXT _dmarc.mail.example.test false',
    ]);
    const [dkim] = byPurpose(hosted, 'DKIM');
    expect(dkim!.value).toMatch(/^v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA/);
    expect(byPurpose(hosted, 'SPF')[0]!.value).toBe('v=spf1 include:_spf.platform.test ~all');
    expect(byPurpose(hosted, 'RETURN_PATH')[0]).toMatchObject({
      value: 'bounce.platform.test',
      host: 'bounce.mail',
      cloudflare: { type: 'CNAME', name: 'bounce.mail', proxyStatus: 'DNS only', contentLabel: 'Target' },
    });
    expect(byPurpose(hosted, 'DMARC')[0]!.value).toBe('v=DMARC1; p=none; rua=mailto:dmarc@platform.test');
    expect(statuses(hosted).every((s) => s.endsWith('=MISSING'))).toBe(true);
    expect(hosted.missingRecords).toEqual(['OWNERSHIP', 'DKIM', 'RETURN_PATH', 'SPF']);
    expect(hosted.zoneFile).toContain('$ORIGIN example.test.');
    expect(hosted.zoneFile).toMatch(/_ametrika\.mail\tIN\tTXT\t"ametrika-verification=/);
    expect((hosted.provider as { steps: string[] }).steps.join(' ')).toMatch(/grey/);
    expect((hosted.provider as { stepsDe: string[] }).stepsDe.join(' ')).toMatch(/Wolke.*grau/);
    expect(hosted.nextCheckAt).not.toBeNull();

    const refused = await admin.request(SET_MODE, { mode: 'HOSTED' });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/OWNERSHIP.*DKIM.*RETURN_PATH.*SPF/);
    expect(refused.errors?.[0]?.message).toContain('_ametrika.mail.example.test');

    // The sealed key and the token's hash are in the database, never in a response or a log line.
    const row = await app.db.getRepository(HostedDomainRow).findOneByOrFail({ domain: 'mail.example.test' });
    const sealed = row.dkimKeys[0]!.privateKeySealed;
    expect(app.services.secrets.open(sealed)).toMatch(/BEGIN PRIVATE KEY/);
    const tokenHash = createHash('sha256').update(row.verificationToken).digest('hex');
    const everything = seen.join('\n') + app.logLines.join('\n');
    expect(everything).not.toContain(sealed.split(':')[3]!.slice(0, 40));
    expect(everything).not.toContain(tokenHash);
    for (const marker of SECRET_MARKERS) expect(everything).not.toMatch(marker);
  });

  it('verifies once the records are published, then enables HOSTED with the domain as sender', async () => {
    const before = (await ok(`{ ${SETTINGS} }`)).emailSettings.hosted as Hosted;
    await dns.setRecords(publish(before.records));
    const { verifyDnsRecords } = await ok(VERIFY);
    const hosted = verifyDnsRecords.hosted as Hosted;
    expect(statuses(hosted).every((s) => s.endsWith('=VERIFIED'))).toBe(true);
    expect(hosted).toMatchObject({ status: 'VERIFIED', readyToEnable: true, missingRecords: [] });
    expect(hosted.verifiedAt).not.toBeNull();
    expect(new Date(hosted.nextCheckAt!).getTime() - Date.now()).toBeGreaterThan(5 * 3600_000);

    const { setSenderMode } = await ok(SET_MODE, { mode: 'HOSTED' });
    expect(setSenderMode).toEqual({ senderMode: 'HOSTED', activeFromAddress: 'news@mail.example.test' });
    const snapshot = await app.services.sender.snapshot(
      (await app.db.getRepository(HostedDomainRow).findOneByOrFail({ domain: 'mail.example.test' }))
        .accountId,
    );
    expect(snapshot).toMatchObject({
      mode: 'HOSTED',
      fromEmail: 'news@mail.example.test',
      fromName: 'Example News',
      envelopeFrom: 'bounces@bounce.mail.example.test',
      transport: { kind: 'hosted', domain: 'mail.example.test', selector: hosted.selector },
    });
    const { auditLog } = await ok('{ auditLog { actor action summary } }');
    expect(auditLog.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'HOSTED_DOMAIN_APPLIED',
        'HOSTED_DOMAIN_STATUS_CHANGED',
        'SENDER_MODE_CHANGED',
      ]),
    );
  });

  it('keeps key and token when the same domain is applied again; another domain starts over', async () => {
    const before = (await ok(`{ ${SETTINGS} }`)).emailSettings.hosted as Hosted;
    const again = (await ok(APPLY, { input: { ...INPUT, fromEmail: 'reports@mail.example.test' } }))
      .applyHostedDomain.hosted as Hosted;
    expect(again.fromEmail).toBe('reports@mail.example.test');
    expect(again.status).toBe('VERIFIED');
    expect(again.records.map((r) => r.value)).toEqual(before.records.map((r) => r.value));

    const other = await ok(APPLY, { input: { domain: 'news.other.test', fromEmail: 'hello' } });
    const hosted = other.applyHostedDomain.hosted as Hosted;
    expect(hosted.status).toBe('PENDING');
    expect(byPurpose(hosted, 'OWNERSHIP')[0]!.value).not.toBe(byPurpose(before, 'OWNERSHIP')[0]!.value);
    expect(byPurpose(hosted, 'DKIM')[0]!.value).not.toBe(byPurpose(before, 'DKIM')[0]!.value);
    // Sending as the old domain stops: the account falls back to its previous sender.
    expect(other.applyHostedDomain.senderMode).toBe('PLATFORM');
    // Back to the first domain: a new token and key, so its records must be published again.
    const back = (await ok(APPLY, { input: INPUT })).applyHostedDomain.hosted as Hosted;
    expect(back.status).toBe('PENDING');
    await dns.setRecords(publish(back.records));
    expect((await ok(VERIFY)).verifyDnsRecords.hosted.status).toBe('VERIFIED');
  });

  it('gives field errors for bad input and stores nothing', async () => {
    const before = JSON.stringify((await ok(`{ ${SETTINGS} }`)).emailSettings.hosted.records);
    const cases: [Record<string, unknown>, string][] = [
      [{ domain: '192.0.2.1' }, 'domain'],
      [{ domain: '[2001:db8::1]' }, 'domain'],
      [{ domain: 'localhost' }, 'domain'],
      [{ domain: 'com' }, 'domain'],
      [{ domain: 'co.uk' }, 'domain'],
      [{ domain: `${'a'.repeat(64)}.example.test` }, 'domain'],
      [{ domain: `${Array.from({ length: 50 }, () => 'abcd').join('.')}.example.test` }, 'domain'],
      [{ domain: 'mail.ametrika.com' }, 'domain'],
      [{ domain: 'analytics-report.com' }, 'domain'],
      [{ fromName: 'Evil\r\nBcc: victim@example.com' }, 'fromName'],
      [{ fromName: 'Say "hi"' }, 'fromName'],
      [{ fromEmail: 'news@elsewhere.test' }, 'fromEmail'],
      [{ fromEmail: 'two words' }, 'fromEmail'],
    ];
    for (const [override, field] of cases) {
      const res = await admin.request(APPLY, { input: { ...INPUT, ...override } });
      expect(errorCode(res), JSON.stringify(override)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field, JSON.stringify(override)).toBe(field);
    }
    const after = (await ok(`{ ${SETTINGS} }`)).emailSettings.hosted;
    expect(JSON.stringify(after.records)).toBe(before);
    expect(after.domain).toBe('mail.example.test');
  });

  it('shows an IDN both ways', async () => {
    const { client: idn } = await adminOfNewAccount(app, `IDN ${kind}`, `idn-${kind}@x.test`, 'idn password');
    const { applyHostedDomain } = await idn.ok(APPLY, {
      input: { domain: 'post.bücher.test', fromEmail: 'info' },
    });
    expect(applyHostedDomain.hosted).toMatchObject({
      domain: 'post.xn--bcher-kva.test',
      domainUnicode: 'post.bücher.test',
      fromEmail: 'info@post.xn--bcher-kva.test',
    });
  });

  it('lets MEMBER and READ read but not change; other accounts see nothing and cannot take the domain', async () => {
    await addUser(app, {
      email: `member-${kind}@example.com`,
      password: 'member password',
      role: Role.MEMBER,
    });
    const member = app.client();
    await member.signIn(`member-${kind}@example.com`, 'member password');
    expect((await member.ok(`{ ${SETTINGS} }`)).emailSettings.hosted.domain).toBe('mail.example.test');
    const { createApiToken } = await ok('mutation { createApiToken(name: "reader", scope: READ) { token } }');
    const reader = app.client();
    reader.bearer = createApiToken.token;
    for (const client of [member, reader]) {
      for (const [query, vars] of [
        [APPLY, { input: INPUT }],
        [VERIFY, {}],
        ['mutation { rotateDkimKey { senderMode } }', {}],
        ['mutation { retireDkimKey(selector: "x") { senderMode } }', {}],
      ] as const) {
        expect(errorCode(await client.request(query, vars))).toBe('FORBIDDEN');
      }
    }
    const anonymous = await app.client().request(VERIFY);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');

    const { client: intruder } = await adminOfNewAccount(
      app,
      `Other ${kind}`,
      `admin-${kind}@other.test`,
      'other password',
    );
    expect((await intruder.ok(`{ ${SETTINGS} }`)).emailSettings.hosted).toBeNull();
    const taken = await intruder.request(APPLY, { input: INPUT });
    expect(errorCode(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0]?.message).toMatch(/already verified by another account/);
    expect(errorCode(await intruder.request(VERIFY))).toBe('CONFLICT');
    // Two accounts may both be pending for a domain nobody has verified.
    const pending = await intruder.ok(APPLY, { input: { domain: 'shared.other.test', fromEmail: 'a' } });
    expect(pending.applyHostedDomain.hosted.status).toBe('PENDING');
    const { client: thirdAdmin } = await adminOfNewAccount(
      app,
      `Third ${kind}`,
      `admin-${kind}@third.test`,
      'third password',
    );
    const alsoPending = await thirdAdmin.ok(APPLY, {
      input: { domain: 'shared.other.test', fromEmail: 'b' },
    });
    expect(alsoPending.applyHostedDomain.hosted.status).toBe('PENDING');
    expect((await ok(`{ ${SETTINGS} }`)).emailSettings.hosted.domain).toBe('mail.example.test');
  });
});
