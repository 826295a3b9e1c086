import { randomUUID } from 'node:crypto';
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
