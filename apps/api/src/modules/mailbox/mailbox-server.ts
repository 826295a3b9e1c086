import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../logger.js';
import { CapturedMail, CapturedMailRecipient } from './captured-mail.entity.js';

export type RunningMailbox = { url: string; port: number; stop(): Promise<void> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BYTES = 25 * 1024 * 1024;

/**
 * The built-in relay: an SMTP server on 127.0.0.1 that accepts every message and keeps it in the
 * database, so a fresh checkout sends real mail end to end with no outside server. Loopback only, no
 * AUTH and no TLS: nothing outside this machine can reach it.
 */
export async function startMailboxServer(deps: { db: DataSource; port: number; logger: Logger }) {
  const server = new SMTPServer({
    name: 'ametrika-mailbox',
    banner: 'Ametrika built-in mailbox',
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    size: MAX_BYTES,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
        }
        const raw = Buffer.concat(chunks);
        const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
        store(deps.db, raw, envelopeFrom, envelopeTo).then(
          ({ id, copy }) => {
            if (copy)
              deps.logger.info({ id }, 'mailbox: a copy of a message it already holds, not stored again');
            callback(null, copy ? `2.0.0 Ok: already stored as ${id}` : `2.0.0 Ok: stored as ${id}`);
          },
          (err) => {
            deps.logger.error({ err }, 'mailbox: could not store a message');
            callback(Object.assign(new Error('Temporary storage failure'), { responseCode: 451 }));
          },
        );
      });
    },
  });
  server.on('error', (err) => deps.logger.warn({ err }, 'mailbox: SMTP session error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(deps.port, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  deps.logger.info({ port }, 'built-in mailbox is listening');
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  } satisfies RunningMailbox;
}

async function store(db: DataSource, raw: Buffer, envelopeFrom: string, envelopeTo: string[]) {
  const parsed = await simpleParser(raw, {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
  });
  const accountHeader = parsed.headers.get('x-ametrika-account');
  const accountId =
    typeof accountHeader === 'string' && UUID.test(accountHeader.trim()) ? accountHeader.trim() : null;
  const id = randomUUID();
  const recipients = [...new Set(envelopeTo.map((a) => a.toLowerCase()))];
  const messageId = parsed.messageId ?? null;
  return db.transaction(async (tx) => {
    const copy = messageId ? await findCopy(tx, messageId, recipients) : null;
    if (copy) return { id: copy, copy: true };
    await tx.getRepository(CapturedMail).insert({
      id,
      accountId,
      envelopeFrom,
      envelopeTo,
      subject: parsed.subject ?? '',
      messageId,
      raw: raw.toString('utf8'),
      size: raw.length,
      receivedAt: new Date(),
    });
    if (recipients.length)
      await tx
        .getRepository(CapturedMailRecipient)
        .insert(recipients.map((address) => ({ mailId: id, address })));
    return { id, copy: false };
  });
}

/**
 * A message the mailbox already holds for the same recipients under the same Message-ID: the outbox sends
 * a message again when its process died after the mailbox accepted it but before the outcome was written
 * (at most the sends in flight). Receivers drop such copies by their Message-ID; so does this mailbox, and
 * the Mailbox page shows each message once.
 */
async function findCopy(tx: EntityManager, messageId: string, recipients: string[]): Promise<string | null> {
  const candidates = await tx
    .getRepository(CapturedMail)
    .find({ where: { messageId }, select: { id: true } });
  for (const { id } of candidates) {
    const theirs = await tx.getRepository(CapturedMailRecipient).find({ where: { mailId: id } });
    const same =
      theirs.length === recipients.length &&
      theirs.every((r) => recipients.includes(r.address.toLowerCase()));
    if (same) return id;
  }
  return null;
}
