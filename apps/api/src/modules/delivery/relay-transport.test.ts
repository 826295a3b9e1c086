import { generateKeyPairSync } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCertificates } from '../../test/certs.js';
import { type SmtpPeer, startSmtpPeer } from '../../test/smtp-peers.js';
import { createRelayTransport, sendTracked } from './relay-transport.js';

const PASSWORD = 'relay-Secret-9!';

// A fixed Date and boundary, so the two ways of sending can be compared byte for byte.
const digest = (overrides: SendMailOptions = {}): SendMailOptions => ({
  date: new Date('2026-11-29T08:00:00Z'),
  baseBoundary: 'b0undary',
  from: { name: 'Nordlicht Analytics – Berichte', address: 'digest@nordlicht.example' },
  to: 'anna.becker@example.com',
  subject: 'Ihre Einblicke für 3.–9. März 2025 📈',
  html: `<p>Hallo Anna,</p>\n.${'<p>Ein Absatz mit Umlauten äöü und = Zeichen. </p>\n.'.repeat(40)}`,
  text: 'Hallo Anna,\n.\n..Zeile mit Punkt\nUmsatz €84.730 ▲\n',
  messageId: '<4f9c2a7e-1@ametrika.test>',
  envelope: { from: 'bounces+4f9c@nordlicht.example', to: ['anna.becker@example.com'] },
  headers: { 'X-Ametrika-Delivery': '4f9c2a7e-1' },
  disableFileAccess: true,
  disableUrlAccess: true,
  textEncoding: 'quoted-printable',
  ...overrides,
});

describe('sending a composed message straight to the relay pool (no Mailer)', () => {
  let relay: SmtpPeer;
  let refusing: SmtpPeer;
  const open = (peer: SmtpPeer) =>
    createRelayTransport({
      url: `smtp://relayuser:${encodeURIComponent(PASSWORD)}@localhost:${peer.port}`,
      maxConnections: 2,
      caPem: testCertificates().ca.cert,
    });
  beforeAll(async () => {
    const auth = { user: 'relayuser', password: PASSWORD };
    relay = await startSmtpPeer({ tls: 'starttls', auth });
    refusing = await startSmtpPeer({
      tls: 'starttls',
      auth,
      replies: { rcpt: { code: 550, message: '5.1.1 No such user here' } },
    });
  });
  afterAll(async () => {
    await relay?.close();
    await refusing?.close();
  });

  it('delivers the bytes the Mailer would deliver, over STARTTLS and AUTH, dot-stuffed, with and without DKIM', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const dkim = {
      domainName: 'nordlicht.example',
      keySelector: 'am202611',
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    };
    const transport = open(relay);
    try {
      for (const options of [digest(), digest({ dkim })]) {
        const events: string[] = [];
        const sent = sendTracked(transport, options, () => events.push('body sent'));
        const result = await sent;
        events.push('replied');
        expect(events).toEqual(['body sent', 'replied']);
        expect(result.responseCode).toBe(250);
        const direct = await relay.nextMessage();

        await transport.sendMail(options); // nodemailer's own way: Mailer, composer, streams
        const viaMailer = await relay.nextMessage();
        expect(direct.raw.toString('utf8')).toBe(viaMailer.raw.toString('utf8'));
        expect(direct.envelopeFrom).toBe('bounces+4f9c@nordlicht.example');
        expect(direct.envelopeTo).toEqual(['anna.becker@example.com']);
        expect(direct.secure).toBe(true);
        expect(direct.user).toBe('relayuser');
        expect(direct.raw.toString('utf8').includes('DKIM-Signature: ')).toBe(Boolean(options.dkim));
      }
    } finally {
      transport.close();
    }
  });

  it('fails with the fields the outbox classifies by, and the pooled connection keeps working', async () => {
    const transport = open(refusing);
    try {
      let bodySent = false;
      const failure = await sendTracked(transport, digest(), () => {
        bodySent = true;
      }).catch((err: unknown) => err);
      expect(failure).toMatchObject({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' });
      expect(String((failure as Error).message)).toContain('5.1.1 No such user here');
      expect(bodySent).toBe(false);
    } finally {
      transport.close();
    }
    const healthy = open(relay);
    try {
      for (let i = 0; i < 5; i++) {
        const result = await sendTracked(healthy, digest({ messageId: `<m${i}@ametrika.test>` }), () => {});
        expect(result.responseCode).toBe(250);
      }
      const ids = await Promise.all(Array.from({ length: 5 }, () => relay.nextMessage()));
      expect(ids.map((m) => /Message-ID: (<[^>]+>)/i.exec(m.raw.toString())?.[1])).toEqual(
        Array.from({ length: 5 }, (_, i) => `<m${i}@ametrika.test>`),
      );
    } finally {
      healthy.close();
    }
  });
});
