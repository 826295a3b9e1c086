import nodemailer from 'nodemailer';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { addAccount, addUser, Role, startTestApp, type TestApp } from '../../test/test-app.js';
import { Account } from '../accounts/account.entity.js';
import { DeliveryStatus } from '../delivery/outbox-message.entity.js';
import { testMessage } from '../delivery/testing/fixtures.js';
import { CapturedMail } from './captured-mail.entity.js';
import { MailboxService } from './mailbox.service.js';

const LIST = `{ mailboxEnabled mailbox(first: 10) { id envelopeFrom envelopeTo subject raw receivedAt messageId
  html text from to headers { name value } } }`;

describe.each(databaseKinds())('the built-in mailbox on %s', (kind) => {
  let app: TestApp;
  let accountId: string;
  beforeAll(async () => {
    app = await startTestApp(kind);
    accountId = (await app.db.getRepository(Account).findOneByOrFail({ name: 'Demo' })).id;
  });
  afterAll(async () => app?.close());

  it('stores what the outbox relays, parsed, and shows it only to the accounts it concerns', async () => {
    const other = await addAccount(app, 'Other Ltd');
    await addUser(app, {
      accountId: other.id,
      email: 'reader@other.test',
      password: 'other password',
      role: Role.MEMBER,
    });
    const { outbox } = app.services.delivery;
    const mine = await outbox.enqueue(
      app.db.manager,
      testMessage(accountId, 'someone@example.test', { subject: 'Mine only' }),
    );
    const toOther = await outbox.enqueue(
      app.db.manager,
      testMessage(accountId, 'Reader@Other.test', { subject: 'To a user of Other' }),
    );
    for (const { message } of [mine, toOther])
      expect((await outbox.waitForOutcome(message.id, 5_000))?.status).toBe(DeliveryStatus.SENT);

    const admin = await app.adminClient();
    const { mailbox, mailboxEnabled } = await admin.ok(LIST);
    expect(mailboxEnabled).toBe(true);
    // Both arrive within moments of each other (two pooled connections), so compare as a set.
    expect(mailbox.map((m: { subject: string }) => m.subject).sort()).toEqual([
      'Mine only',
      'To a user of Other',
    ]);
    const first = mailbox.find((m: { subject: string }) => m.subject === 'Mine only');
    expect(first).toMatchObject({
      envelopeFrom: 'noreply@ametrika.test',
      envelopeTo: ['someone@example.test'],
      messageId: mine.message.messageId,
      from: '"Ametrika" <noreply@ametrika.test>',
      to: 'someone@example.test',
    });
    expect(first.html).toContain('<b>outbox</b>');
    expect(first.text).toContain('Hello from the outbox.');
    expect(first.raw).toContain('X-Ametrika-Delivery');
    expect(first.headers).toContainEqual({ name: 'X-Ametrika-Delivery', value: mine.message.id });

    const reader = app.client();
    await reader.signIn('reader@other.test', 'other password');
    const seen = (await reader.ok(LIST)).mailbox.map((m: { subject: string }) => m.subject);
    expect(seen).toEqual(['To a user of Other']);
    const hidden = await reader.ok('query($id: ID!) { capturedMail(id: $id) { id } }', { id: first.id });
    expect(hidden.capturedMail).toBeNull();
  });
});

describe.each(databaseKinds())('the built-in mailbox and copies on %s', (kind) => {
  let app: TestApp;
  afterAll(async () => app?.close());

  it('keeps one message per Message-ID and recipients: a copy sent again after a crash is not stored twice', async () => {
    app = await startTestApp(kind);
    const url = app.services.delivery.relay.url;
    expect(url).toMatch(/^smtp:\/\/127\.0\.0\.1:/);
    const transport = nodemailer.createTransport({ url });
    const send = (to: string, messageId: string) =>
      transport.sendMail({
        from: 'noreply@ametrika.test',
        to,
        subject: `Copy ${messageId}`,
        text: 'x',
        messageId,
      });
    const first = await send('one@example.test', '<same@ametrika.test>');
    const again = await send('one@example.test', '<same@ametrika.test>');
    await send('two@example.test', '<same@ametrika.test>');
    await send('one@example.test', '<other@ametrika.test>');
    transport.close();
    expect(first.response).toMatch(/250 2\.0\.0 Ok: stored as /);
    expect(again.response).toMatch(/250 2\.0\.0 Ok: already stored as /);
    const stored = await app.db.getRepository(CapturedMail).find();
    expect(stored.map((m) => m.messageId).sort()).toEqual([
      '<other@ametrika.test>',
      '<same@ametrika.test>',
      '<same@ametrika.test>',
    ]);
  });
});

describe('MailboxService parses a captured message', () => {
  const service = new MailboxService(undefined as unknown as DataSource, true);
  const mail = Object.assign(new CapturedMail(), {
    raw: [
      'From: "Ametrika" <noreply@ametrika.test>',
      'To: a@example.test, "Bee" <b@example.test>',
      'Subject: A long subject',
      '  folded onto a second line',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hello.',
      '',
    ].join('\r\n'),
  });

  it('gives every header line in order, unfolded, and the addresses as display text', async () => {
    expect(await service.headers(mail)).toEqual([
      { name: 'From', value: '"Ametrika" <noreply@ametrika.test>' },
      { name: 'To', value: 'a@example.test, "Bee" <b@example.test>' },
      { name: 'Subject', value: 'A long subject folded onto a second line' },
      { name: 'Content-Type', value: 'text/plain; charset=utf-8' },
    ]);
    expect(await service.from(mail)).toBe('"Ametrika" <noreply@ametrika.test>');
    expect(await service.to(mail)).toBe('a@example.test, "Bee" <b@example.test>');
    expect(await service.text(mail)).toBe('Hello.\n');
    expect(await service.html(mail)).toBeNull();
  });
});
