import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { SenderSnapshot } from '../../sender/sender-snapshot.js';
import type { EnqueueMessage, OutboxService } from '../outbox.service.js';

/** A PLATFORM sender through the relay, as the sender module would freeze it. */
export const relaySnapshot = (overrides: Partial<SenderSnapshot> = {}): SenderSnapshot => ({
  mode: 'PLATFORM',
  fromEmail: 'noreply@ametrika.test',
  fromName: 'Ametrika',
  replyTo: null,
  envelopeFrom: 'noreply@ametrika.test',
  messageIdDomain: 'ametrika.test',
  transport: { kind: 'relay' },
  ...overrides,
});

export const testMessage = (
  accountId: string,
  to: string,
  extra: Partial<EnqueueMessage> = {},
): EnqueueMessage => ({
  accountId,
  kind: 'platform',
  templateKey: 'insights_digest',
  locale: 'EN',
  to,
  subject: `Your weekly insights ${randomUUID().slice(0, 8)}`,
  html: '<p>Hello from the <b>outbox</b>.</p>',
  text: 'Hello from the outbox.',
  sender: relaySnapshot(),
  ...extra,
});

/** Enqueues many messages in transactions of `chunk`, as a batch job would. Returns the ids. */
export async function enqueueMany(
  db: DataSource,
  outbox: OutboxService,
  messages: EnqueueMessage[],
  chunk = 250,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < messages.length; i += chunk) {
    await db.transaction(async (tx) => {
      for (const message of messages.slice(i, i + chunk))
        ids.push((await outbox.enqueue(tx, message)).message.id);
    });
  }
  return ids;
}

/**
 * nodemailer options of a German insights digest with an encoded sender name, a folded subject, both parts
 * and a custom header. Date and boundary are fixed, so that two ways of sending compare byte for byte.
 */
export const composableDigest = (overrides: SendMailOptions = {}): SendMailOptions => ({
  date: new Date('2026-11-29T08:00:00Z'),
  baseBoundary: 'b0undary',
  from: { name: 'Nordlicht Analytics GmbH – Berichte', address: 'digest@nordlicht.example' },
  replyTo: 'hilfe@nordlicht.example',
  to: 'anna.becker@example.com',
  subject:
    'Ihre Einblicke für 3.–9. März 2025: Umsatz ▲ +12,1 % 📈 und weitere Kennzahlen, die Sie verfolgen',
  html: `<p>Hallo Anna,</p>\n<table><tr><td style="padding:4px 8px;font-family:Arial,sans-serif">Umsatz</td><td>€84.730 ▲</td></tr></table>\n${'<p>Ein langer Absatz mit Umlauten äöü und = Zeichen, der über die Zeilenlänge geht. </p>'.repeat(20)}`,
  text: 'Hallo Anna,\n\nUmsatz €84.730 ▲ +12,1 %\nTrailing spaces   \n\tTab = equals\r\nCRLF line\n',
  messageId: '<4f9c2a7e-1@ametrika.test>',
  envelope: { from: 'bounces+4f9c@nordlicht.example', to: ['anna.becker@example.com'] },
  headers: { 'X-Ametrika-Delivery': '4f9c2a7e-1' },
  disableFileAccess: true,
  disableUrlAccess: true,
  textEncoding: 'quoted-printable',
  ...overrides,
});

/** DKIM options with a fresh 1024-bit key (small, so that tests stay fast), for a hosted domain. */
export const testDkim = () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  return {
    domainName: 'nordlicht.example',
    keySelector: 'am202611',
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
};
