import type { AddressInfo } from 'node:net';
import { generateHostedRecords, type PlatformMailDns } from '@ametrika/shared';
import { authenticate } from 'mailauth';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../../../auth/secret-box.js';
import { type DnsmasqServer, dnsResolverFor, startDnsmasq } from '../../../test/dnsmasq.js';
import type { SenderSnapshot } from '../../sender/sender-snapshot.js';
import { createDnsClient } from './dns-client.js';
import { generateDkimKeyPair } from './dkim-keys.js';
import { hostedDkimOptions, type HostedTransport, hostedEnvelopeFrom } from './dkim-signing.js';
import { verifyHostedRecords } from './verify-records.js';

type Received = { raw: Buffer; mailFrom: string; helo: string; ip: string };

/** A receiving MX on loopback that keeps what a real receiver would authenticate: bytes, MAIL FROM, HELO, client IP. */
const startReceiver = async () => {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          raw: Buffer.concat(chunks),
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          helo: session.hostNameAppearsAs,
          ip: session.remoteAddress.replace(/^::ffff:/, ''),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};

// The platform's side of DNS, which the test DNS must serve as well:
// - the return-path target `bounce.platform.test` carries the SPF that MAIL FROM `bounces@bounce.<domain>`
//   is checked against (resolvers follow the customer's CNAME to it);
// - `_spf.platform.test` lists the relay's address: `ip4:127.0.0.1` is the mechanism that matches.
const PLATFORM: PlatformMailDns = {
  spfInclude: '_spf.platform.test',
  bounceHost: 'bounce.platform.test',
  dmarcRua: 'dmarc@platform.test',
};
const PLATFORM_TXT: Array<[string, string]> = [
  ['_spf.platform.test', 'v=spf1 ip4:127.0.0.1 -all'],
  ['bounce.platform.test', 'v=spf1 include:_spf.platform.test -all'],
];

describe('hosted mail passes DKIM, SPF and DMARC', () => {
  let dns: DnsmasqServer;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await dns?.stop();
    await receiver?.close();
  });

  it('signs with the generated key and authenticates against the generated records', async () => {
    const domain = 'mail.example.test';
    const key = await generateDkimKeyPair();
    const records = generateHostedRecords({
      domain,
      registrableDomain: 'example.test',
      verificationToken: 'token-e2e',
      dkimSelector: 'am202611',
      dkimPublicKeyBase64: key.publicKeyBase64,
      platform: PLATFORM,
      existingSpf: [],
      existingDmarc: [],
    });
    // Publish exactly what APPLY generated, as the admin would.
    dns = await startDnsmasq({
      zones: ['example.test', 'platform.test'],
      txt: [
        ...PLATFORM_TXT,
        ...records.filter((r) => r.type === 'TXT').map((r): [string, string] => [r.name, r.value]),
      ],
      cname: records.filter((r) => r.type === 'CNAME').map((r): [string, string] => [r.name, r.value]),
      a: [['bounce.platform.test', '127.0.0.1']],
    });
    const checked = await verifyHostedRecords(records, createDnsClient({ servers: [dns.servers] }));
    expect(checked.map((r) => `${r.purpose}:${r.status}`)).toEqual([
      'OWNERSHIP:VERIFIED',
      'DKIM:VERIFIED',
      'RETURN_PATH:VERIFIED',
      'SPF:VERIFIED',
      'DMARC:VERIFIED',
    ]);

    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: receiver.port,
      secure: false,
      ignoreTLS: true,
      name: 'relay.platform.test',
    });
    // The snapshot a queued hosted message carries, with the key sealed as in the database; the delivery
    // worker opens it the same way (see TransportFactory), then sends the message composed as one buffer
    // (compose-message.test.ts shows that signs to the same bytes; hosted-rotation sends it that way).
    const secrets = new SecretBox('test secret');
    const hosted: HostedTransport = {
      kind: 'hosted',
      domain,
      selector: 'am202611',
      privateKeySealed: secrets.seal(key.privateKeyPem),
    };
    const snapshot: SenderSnapshot = {
      mode: 'HOSTED',
      fromEmail: `news@${domain}`,
      fromName: 'Example News',
      replyTo: null,
      envelopeFrom: hostedEnvelopeFrom(domain),
      messageIdDomain: domain,
      transport: hosted,
    };
    await transport.sendMail({
      from: { name: snapshot.fromName ?? '', address: snapshot.fromEmail },
      to: 'alice@receiver.test',
      envelope: { from: snapshot.envelopeFrom, to: ['alice@receiver.test'] },
      messageId: `<outbox-42@${snapshot.messageIdDomain}>`,
      subject: 'Your weekly insights',
      text: 'Hello Alice',
      dkim: hostedDkimOptions(hosted, secrets.open(hosted.privateKeySealed)),
    });
    transport.close();

    const [mail] = receiver.received;
    expect(mail).toBeDefined();
    expect(mail!.mailFrom).toBe('bounces@bounce.mail.example.test');
    expect(mail!.raw.toString()).toMatch(/^Message-ID: <outbox-42@mail\.example\.test>\r$/im);

    const result = await authenticate(mail!.raw, {
      ip: mail!.ip,
      helo: mail!.helo,
      sender: mail!.mailFrom,
      mta: 'mx.receiver.test',
      resolver: dnsResolverFor(dns.servers),
      disableArc: true,
      disableBimi: true,
    });
    expect(mail!.ip).toBe('127.0.0.1');
    const dkim = result.dkim.results[0]!;
    expect(dkim.status.result).toBe('pass');
    expect(dkim.signingDomain).toBe(domain);
    expect(dkim.selector).toBe('am202611');
    // mailauth reports a skipped check as `false`.
    const spf = result.spf || undefined;
    const dmarc = result.dmarc || undefined;
    expect(spf?.status.result).toBe('pass');
    expect(spf?.domain).toBe('bounce.mail.example.test');
    expect(dmarc?.status.result).toBe('pass');
    expect(result.headers).toMatch(/dkim=pass/);
    expect(result.headers).toMatch(/spf=pass/);
    expect(result.headers).toMatch(/dmarc=pass/);
  });
});
