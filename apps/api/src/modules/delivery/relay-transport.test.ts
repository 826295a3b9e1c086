import type { SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCertificates } from '../../test/certs.js';
import { type SmtpPeer, startSmtpPeer } from '../../test/smtp-peers.js';
import { createRelayTransport, sendTracked } from './relay-transport.js';
import { startCountingSink } from './testing/counting-sink.js';
import { composableDigest, testDkim } from './testing/fixtures.js';

const PASSWORD = 'relay-Secret-9!';

// The shared digest with lines that start with a dot, which the SMTP connection must stuff.
const digest = (overrides: SendMailOptions = {}): SendMailOptions =>
  composableDigest({
    html: `<p>Hallo Anna,</p>\n.${'<p>Ein Absatz mit Umlauten äöü und = Zeichen. </p>\n.'.repeat(40)}`,
    text: 'Hallo Anna,\n.\n..Zeile mit Punkt\nUmsatz €84.730 ▲\n',
    ...overrides,
  });

describe('sending a composed message straight to the relay pool (no Mailer)', () => {
  let relay: SmtpPeer;
  const open = (peer: SmtpPeer) =>
    createRelayTransport({
      url: `smtp://relayuser:${encodeURIComponent(PASSWORD)}@localhost:${peer.port}`,
      maxConnections: 2,
      caPem: testCertificates().ca.cert,
    });
  beforeAll(async () => {
    const auth = { user: 'relayuser', password: PASSWORD };
    relay = await startSmtpPeer({ tls: 'starttls', auth });
  });
  afterAll(async () => {
    await relay?.close();
  });

  it('delivers the bytes the Mailer would deliver, over STARTTLS and AUTH, dot-stuffed, with and without DKIM', async () => {
    const dkim = testDkim();
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

  it('fails with the fields the outbox classifies by, and the same pooled connection sends on', async () => {
    const sink = await startCountingSink({
      plan: ({ stage, to }) => {
        if (stage === 'rcpt' && to === 'nobody@example.com')
          return { code: 550, message: '5.1.1 No such user here' };
        if (stage === 'data' && to === 'later@example.com')
          return { code: 451, message: '4.3.0 Try again later' };
        return null;
      },
    });
    const transport = createRelayTransport({ url: sink.url, maxConnections: 1 });
    const send = async (to: string, id: string) => {
      let bodySent = false;
      const options = digest({ to, envelope: { from: 'b@nordlicht.example', to: [to] }, messageId: id });
      const outcome = await sendTracked(transport, options, () => {
        bodySent = true;
      }).catch((err: unknown) => err);
      return { outcome, bodySent };
    };
    try {
      const refused = await send('nobody@example.com', '<r1@ametrika.test>');
      expect(refused.outcome).toMatchObject({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' });
      expect(String((refused.outcome as Error).message)).toContain('5.1.1 No such user here');
      expect(refused.bodySent, 'refused before DATA: nothing was sent').toBe(false);

      const deferred = await send('later@example.com', '<r2@ametrika.test>');
      expect(deferred.outcome).toMatchObject({ code: 'EMESSAGE', responseCode: 451, command: 'DATA' });
      expect(deferred.bodySent, 'refused after the body reached the server').toBe(true);

      for (let i = 0; i < 3; i++) {
        const ok = await send(`reader${i}@example.com`, `<m${i}@ametrika.test>`);
        expect(ok.outcome).toMatchObject({ responseCode: 250 });
        expect(ok.bodySent).toBe(true);
      }
      expect(sink.messages.map((m) => m.messageId)).toEqual([
        '<m0@ametrika.test>',
        '<m1@ametrika.test>',
        '<m2@ametrika.test>',
      ]);
    } finally {
      transport.close();
      await sink.close();
    }
  });
});
