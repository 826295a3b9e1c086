import { authenticate } from 'mailauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { type DnsmasqServer, dnsResolverFor, startDnsmasq } from '../../test/dnsmasq.js';
import { errorCode, type GraphQLClient } from '../../test/graphql-client.js';
import { ADMIN, startTestApp, type TestApp } from '../../test/test-app.js';
import {
  APPLY,
  byPurpose,
  type Hosted,
  PLATFORM_ENV,
  publish,
  RETIRE,
  ROTATE,
  SET_MODE,
  SETTINGS,
  VERIFY,
} from './hosted-test-kit.js';

const INPUT = { domain: 'mail.example.test', fromEmail: 'news', fromName: 'Example News' };
const SEND = `mutation($input: SendTestEmailInput!) { sendTestEmail(input: $input) { ok message senderMode } }`;
const MAILBOX = '{ mailbox(first: 1) { envelopeFrom envelopeTo subject raw } }';

/**
 * The whole path: hosted settings → SEND TEST → outbox → worker → built-in mailbox; then mailauth checks
 * the received bytes against the test DNS, as a receiving MX would.
 */
describe.each(databaseKinds())('hosted domain: DKIM rotation and mail that authenticates on %s', (kind) => {
  let app: TestApp;
  let dns: DnsmasqServer;
  let admin: GraphQLClient;
  const hosted = async () => (await admin.ok(`{ ${SETTINGS} }`)).emailSettings.hosted as Hosted;

  /** Sends a test email and returns what mailauth says about it as received. */
  const sendAndAuthenticate = async () => {
    const { sendTestEmail } = await admin.ok(SEND, { input: { key: 'welcome', to: ADMIN.email } });
    expect(sendTestEmail, sendTestEmail.message).toMatchObject({ ok: true, senderMode: 'HOSTED' });
    const [mail] = (await admin.ok(MAILBOX)).mailbox;
    expect(mail.envelopeFrom).toBe('bounces@bounce.mail.example.test');
    const result = await authenticate(Buffer.from(mail.raw), {
      ip: '127.0.0.1',
      helo: 'relay.platform.test',
      sender: mail.envelopeFrom,
      mta: 'mx.receiver.test',
      resolver: dnsResolverFor(dns.servers),
      disableArc: true,
      disableBimi: true,
    });
    const dkim = result.dkim.results[0];
    const spf = result.spf || undefined; // mailauth reports a skipped check as false
    const dmarc = result.dmarc || undefined;
    return {
      selector: dkim?.selector,
      dkim: dkim?.status.result,
      signingDomain: dkim?.signingDomain,
      spf: spf?.status.result,
      dmarc: dmarc?.status.result,
    };
  };

  beforeAll(async () => {
    dns = await startDnsmasq(publish([]));
    app = await startTestApp(kind, { ...PLATFORM_ENV, DNS_SERVERS: dns.servers });
    admin = await app.adminClient();
    const applied = (await admin.ok(APPLY, { input: INPUT })).applyHostedDomain.hosted as Hosted;
    await dns.setRecords(publish(applied.records));
    expect((await admin.ok(VERIFY)).verifyDnsRecords.hosted.status).toBe('VERIFIED');
    await admin.ok(SET_MODE, { mode: 'HOSTED' });
  });
  afterAll(async () => {
    await app?.close();
    await dns?.stop();
  });

  it('sends mail that passes DKIM, SPF and DMARC', async () => {
    const { selector } = await hosted();
    expect(await sendAndAuthenticate()).toEqual({
      selector,
      dkim: 'pass',
      signingDomain: 'mail.example.test',
      spf: 'pass',
      dmarc: 'pass',
    });
  });

  it('rotates: the new key signs only after its record verifies; mail passes before, during and after', async () => {
    const first = (await hosted()).selector;
    const rotated = (await admin.ok(ROTATE)).rotateDkimKey.hosted as Hosted;
    const next = rotated.pendingSelector as string;
    expect(next).toMatch(/^am\d{6}[b-z]$/);
    expect(rotated.selector).toBe(first);
    expect(byPurpose(rotated, 'DKIM').map((r) => [r.selector, r.dkimKeyState, r.required, r.status])).toEqual(
      [
        [first, 'ACTIVE', true, 'VERIFIED'],
        [next, 'PENDING', false, 'MISSING'],
      ],
    );
    expect(rotated.status).toBe('VERIFIED');
    expect(errorCode(await admin.request(ROTATE))).toBe('CONFLICT');

    // During: the pending record is not published, so the old key still signs.
    expect(await sendAndAuthenticate()).toMatchObject({ selector: first, dkim: 'pass', dmarc: 'pass' });

    // Publish the new record next to the old one; the check switches signing.
    await dns.setRecords(publish(rotated.records));
    const switched = (await admin.ok(VERIFY)).verifyDnsRecords.hosted as Hosted;
    expect(switched.selector).toBe(next);
    expect(switched.pendingSelector).toBeNull();
    expect(byPurpose(switched, 'DKIM').map((r) => [r.selector, r.dkimKeyState, r.required])).toEqual([
      [first, 'RETIRING', false],
      [next, 'ACTIVE', true],
    ]);
    expect(await sendAndAuthenticate()).toMatchObject({
      selector: next,
      dkim: 'pass',
      spf: 'pass',
      dmarc: 'pass',
    });

    // The active key cannot be retired; the old one can, and leaves the list.
    expect(errorCode(await admin.request(RETIRE, { selector: next }))).toBe('CONFLICT');
    const retired = (await admin.ok(RETIRE, { selector: first })).retireDkimKey.hosted as Hosted;
    expect(byPurpose(retired, 'DKIM').map((r) => r.selector)).toEqual([next]);
    expect(retired.status).toBe('VERIFIED');
    const { auditLog } = await admin.ok('{ auditLog { action } }');
    expect(auditLog.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'HOSTED_DKIM_KEY_ADDED',
        'HOSTED_DKIM_KEY_SWITCHED',
        'HOSTED_DKIM_KEY_RETIRED',
      ]),
    );
    // No key material reached the logs while signing.
    expect(app.logLines.join('\n')).not.toMatch(/PRIVATE KEY/);
  });
});
