import { getSampleData, type TemplateData } from '@ametrika/shared';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { Account } from '../accounts/account.entity.js';
import { type CountingSink, startCountingSink } from '../delivery/testing/counting-sink.js';
import { OutboxMessage } from '../delivery/outbox-message.entity.js';

const digest = (extra: TemplateData = {}): TemplateData => ({
  ...getSampleData('insights_digest', 'EN'),
  ...extra,
});

/** The messages the sink received for addresses at `domain`, parsed. */
async function receivedAt(sink: CountingSink, domain: string) {
  const mine = sink.messages.filter((m) => m.to.every((to) => to.endsWith(`@${domain}`)));
  return Promise.all(
    mine.map(async (m) => ({ messageId: m.messageId, to: m.to, parsed: await simpleParser(m.raw!) })),
  );
}

async function waitForAt(sink: CountingSink, domain: string, count: number) {
  await expect
    .poll(() => sink.messages.filter((m) => m.to.every((to) => to.endsWith(`@${domain}`))).length, {
      timeout: 60_000,
      interval: 50,
    })
    .toBeGreaterThanOrEqual(count);
}

describe.each(databaseKinds())('platform mail on %s', (kind) => {
  let app: TestApp;
  let sink: CountingSink;
  let accountId: string;
  beforeAll(async () => {
    sink = await startCountingSink({ keepRaw: true });
    app = await startTestApp(kind, { RELAY_SMTP_URL: sink.url });
    accountId = (await app.db.getRepository(Account).findOneByOrFail({ name: 'Demo' })).id;
  });
  afterAll(async () => {
    await app?.close();
    await sink?.close();
  });

  it('delivers 200 digests through the render threads and the outbox: right subjects, each Message-ID once', async () => {
    const recipients = Array.from({ length: 200 }, (_, i) => ({
      to: `reader${i}@digest.test`,
      data: digest({ recipient_email: `reader${i}@digest.test`, period_label: `week ${i}` }),
    }));
    const result = await app.services.platformMail.send({
      accountId,
      templateKey: 'insights_digest',
      locale: 'EN',
      recipients,
    });
    expect(result).toEqual({ queued: 200, duplicates: 0, refused: [] });
    expect(app.services.renderPool.activeThreads).toBeGreaterThan(0); // rendered off the event loop

    await waitForAt(sink, 'digest.test', 200);
    await new Promise((r) => setTimeout(r, 300)); // a duplicate would arrive now
    const received = await receivedAt(sink, 'digest.test');
    expect(received).toHaveLength(200);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(200);
    for (const m of received) expect(sink.counts().get(m.messageId!)).toBe(1);
    const subjects = new Map(received.map((m) => [m.to[0], m.parsed.subject]));
    for (let i = 0; i < 200; i++) {
      expect(subjects.get(`reader${i}@digest.test`)).toBe(`Demo: your insights for week ${i}`);
    }
    // The account's platform sender, and the digest's own content and footer.
    const sample = received[0].parsed;
    expect(sample.from?.value[0].address).toBe('noreply@ametrika.com');
    expect(sample.html).toContain('Sessions');
    expect(sample.text).toContain('Demo');

    const rows = await app.db.getRepository(OutboxMessage).findBy({ kind: 'platform' });
    const digestRows = rows.filter((r) => r.toAddress.endsWith('@digest.test'));
    expect(digestRows).toHaveLength(200);
    expect(new Set(digestRows.map((r) => r.templateKey))).toEqual(new Set(['insights_digest']));
  });

  it('refuses the recipient whose data does not render, with the problems, and queues the others', async () => {
    const { period_label: _left, ...withoutPeriod } = digest();
    const recipients = Array.from({ length: 5 }, (_, i) => ({
      to: `p${i}@problems.test`,
      data: i === 2 ? withoutPeriod : digest({ period_label: `week ${i}` }),
    }));
    const result = await app.services.platformMail.send({
      accountId,
      templateKey: 'insights_digest',
      locale: 'EN',
      recipients,
    });
    expect(result.queued).toBe(4);
    expect(result.refused).toHaveLength(1);
    const [refused] = result.refused;
    expect(refused).toMatchObject({
      index: 2,
      to: 'p2@problems.test',
      field: 'data',
      reason: 'RENDER_PROBLEMS',
    });
    expect(refused.message).toMatch(/period_label/);
    expect(refused.problems?.[0]).toMatchObject({ field: 'subject', line: 1, code: 'MISSING_VALUE' });
    expect(refused.problems?.map((p) => p.field)).toEqual(expect.arrayContaining(['subject', 'body']));

    await waitForAt(sink, 'problems.test', 4);
    const received = await receivedAt(sink, 'problems.test');
    expect(received.map((m) => m.to[0]).sort()).toEqual([
      'p0@problems.test',
      'p1@problems.test',
      'p3@problems.test',
      'p4@problems.test',
    ]);
  });

  it('refuses bad addresses, data and idempotency keys, naming the field, and queues the rest', async () => {
    const data = digest();
    const result = await app.services.platformMail.send({
      accountId,
      templateKey: 'insights_digest',
      locale: 'EN',
      recipients: [
        { to: 'not-an-address', data },
        { to: 'ok@refusals.test', data },
        { to: 'victim@refusals.test\r\nBcc: everyone@refusals.test', data },
        { to: '', data },
        { to: 'long-key@refusals.test', data, idempotencyKey: 'k'.repeat(201) },
        { to: 'no-data@refusals.test', data: null as unknown as TemplateData },
        { to: '  padded@refusals.test  ', data },
      ],
    });
    expect(result.queued).toBe(2);
    expect(result.refused.map((r) => [r.index, r.field, r.reason])).toEqual([
      [0, 'to', 'INVALID_ADDRESS'],
      [2, 'to', 'INVALID_ADDRESS'],
      [3, 'to', 'INVALID_ADDRESS'],
      [4, 'idempotencyKey', 'INVALID_IDEMPOTENCY_KEY'],
      [5, 'data', 'INVALID_DATA'],
    ]);
    expect(result.refused[0].message).toBe('Enter a valid email address such as name@example.com.');
    expect(result.refused[2].message).toBe('Enter an email address.');
    await waitForAt(sink, 'refusals.test', 2);
    const received = await receivedAt(sink, 'refusals.test');
    expect(received.map((m) => m.to[0]).sort()).toEqual(['ok@refusals.test', 'padded@refusals.test']);
  });

  it('queues nothing new when the same recipients are sent again with their idempotency keys', async () => {
    const recipients = Array.from({ length: 3 }, (_, i) => ({
      to: `again${i}@idempotent.test`,
      data: digest({ period_label: 'week 10' }),
      idempotencyKey: `digest-2025-10/user-${i}`,
    }));
    const send = () =>
      app.services.platformMail.send({ accountId, templateKey: 'insights_digest', locale: 'EN', recipients });
    expect(await send()).toEqual({ queued: 3, duplicates: 0, refused: [] });
    expect(await send()).toEqual({ queued: 0, duplicates: 3, refused: [] });
    const rows = await app.db.getRepository(OutboxMessage).findBy({ kind: 'platform' });
    expect(rows.filter((r) => r.toAddress.endsWith('@idempotent.test'))).toHaveLength(3);
    await waitForAt(sink, 'idempotent.test', 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(await receivedAt(sink, 'idempotent.test')).toHaveLength(3);
  });

  it('refuses an unknown email type, locale or account as a whole', async () => {
    const recipients = [{ to: 'x@whole.test', data: digest() }];
    await expect(
      app.services.platformMail.send({ accountId, templateKey: 'nope', locale: 'EN', recipients }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', extra: { field: 'key' } });
    await expect(
      app.services.platformMail.send({
        accountId,
        templateKey: 'insights_digest',
        locale: 'FR' as 'EN',
        recipients,
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', extra: { field: 'locale' } });
    await expect(
      app.services.platformMail.send({
        accountId: '00000000-0000-4000-8000-000000000000',
        templateKey: 'insights_digest',
        locale: 'EN',
        recipients,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('stops cleanly: the render threads end with the app', async () => {
    await app.services.platformMail.send({
      accountId,
      templateKey: 'insights_digest',
      locale: 'EN',
      recipients: [{ to: 'last@stop.test', data: digest() }],
    });
    await app.stop();
    expect(app.services.renderPool.activeThreads).toBe(0);
    await expect(
      app.services.renderPool.renderMany({ key: 'welcome', locale: 'EN' }, [null]),
    ).rejects.toThrow(/closed/);
  });
});
