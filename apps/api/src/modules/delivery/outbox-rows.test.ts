import { DELIVERY_STATUSES } from '@ametrika/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/config.js';
import { openDatabase } from '../../database/data-source.js';
import { OutboxBodies1764300700000 } from '../../database/migrations/1764300700000-outbox-bodies.js';
import { OutboxBodiesDeleteTrigger1764300900000 } from '../../database/migrations/1764300900000-outbox-bodies-delete-trigger.js';
import { OutboxBodiesLz41764301000000 } from '../../database/migrations/1764301000000-outbox-bodies-lz4.js';
import { seedFirstAdmin } from '../../database/seed.js';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../test/databases.js';
import { Account } from '../accounts/account.entity.js';
import { parseDeliveryOptions } from './delivery-options.js';
import { claimDueMessages } from './outbox-claims.js';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';
import { OutboxService } from './outbox.service.js';
import { SentBatchWriter } from './sent-batch.js';
import { relaySnapshot, testMessage } from './testing/fixtures.js';

describe.each(databaseKinds())('outbox rows in plain SQL on %s', (kind) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function setup() {
    const database: TestDatabase = await createTestDatabase(kind);
    const config = parseConfig({ DATABASE_URL: database.url, ADMIN_PASSWORD: 'correct horse battery' });
    const db = await openDatabase(config.database);
    cleanups.push(database.drop, () => db.destroy());
    await seedFirstAdmin(db, config);
    const accountId = (await db.getRepository(Account).findOneByOrFail({ name: 'Demo' })).id;
    return { db, accountId, outbox: new OutboxService(db, parseDeliveryOptions({})) };
  }

  it('queues a row that the ORM reads back field for field, and a claim returns the same message', async () => {
    const { db, accountId, outbox } = await setup();
    const sender = relaySnapshot({ fromName: 'Zoë "Ops" Ünal', replyTo: 'help@ametrika.test' });
    const input = testMessage(accountId, 'reader@example.test', {
      sender,
      html: '<p>Grüße — 👋</p>',
      idempotencyKey: 'digest:2026-11-29:reader',
      lifetimeMs: 3_600_000,
    });
    const { message, duplicate } = await db.transaction((tx) => outbox.enqueue(tx, input));
    expect(duplicate).toBe(false);

    const stored = await db.getRepository(OutboxMessage).findOneByOrFail({ id: message.id });
    expect({ ...stored }).toEqual({ ...message });
    expect(stored.sender).toEqual(sender);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(3_600_000);

    const again = await db.transaction((tx) => outbox.enqueue(tx, { ...input, subject: 'other' }));
    expect(again.duplicate).toBe(true);
    expect(again.message.id).toBe(message.id);

    const [claimed, ...rest] = await claimDueMessages(db, 'worker-a', 32, 60_000, Date.now() + 1);
    expect(rest).toHaveLength(0);
    expect(claimed).toBeInstanceOf(OutboxMessage);
    const afterClaim = await db.getRepository(OutboxMessage).findOneByOrFail({ id: message.id });
    const { html, text, ...state } = claimed;
    expect(state).toEqual({ ...afterClaim });
    expect(text).toBe(input.text);
    expect(claimed.status).toBe(DeliveryStatus.SENDING);
    expect(claimed.leaseOwner).toBe('worker-a');
    expect(claimed.attempts).toBe(1);
    expect(html).toBe('<p>Grüße — 👋</p>');
  });

  it('claims each due row once across claims, oldest first, and leaves rows that are not due', async () => {
    const { db, accountId, outbox } = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { message } = await db.transaction((tx) =>
        outbox.enqueue(tx, testMessage(accountId, `r${i}@x.test`)),
      );
      ids.push(message.id);
      await new Promise((r) => setTimeout(r, 2));
    }
    await db
      .getRepository(OutboxMessage)
      .update({ id: ids[4] }, { nextAttemptAtRaw: new Date(Date.now() + 60_000) });
    const now = Date.now() + 1;
    const first = await claimDueMessages(db, 'a', 2, 60_000, now);
    const second = await claimDueMessages(db, 'b', 10, 60_000, now);
    expect(first.map((m) => m.id)).toEqual(ids.slice(0, 2));
    expect(second.map((m) => m.id)).toEqual(ids.slice(2, 4));
    expect(await claimDueMessages(db, 'c', 10, 60_000, now)).toEqual([]);
  });

  it('writes SENT outcomes together, fenced by the lease: a row taken over by another worker stays theirs', async () => {
    const { db, accountId, outbox } = await setup();
    for (let i = 0; i < 3; i++)
      await db.transaction((tx) => outbox.enqueue(tx, testMessage(accountId, `s${i}@x.test`)));
    const [mine, lost, also] = await claimDueMessages(db, 'a', 10, 60_000, Date.now() + 1);
    await db.getRepository(OutboxMessage).update({ id: lost.id }, { leaseOwner: 'b' });
    const writer = new SentBatchWriter(db, 'a');
    const at = Date.now();
    const results = await Promise.all(
      [mine, lost, also].map((m) =>
        writer.write({ id: m.id, sentAt: at, response: '250 2.0.0 Ok: queued', code: 250 }),
      ),
    );
    expect(results).toEqual([true, false, true]);
    const repo = db.getRepository(OutboxMessage);
    const sent = await repo.findOneByOrFail({ id: mine.id });
    expect(sent).toMatchObject({ status: DeliveryStatus.SENT, lastResponseCode: 250, leaseExpiresAt: null });
    expect(sent.sentAt?.getTime()).toBe(at);
    expect(await repo.findOneByOrFail({ id: lost.id })).toMatchObject({
      status: DeliveryStatus.SENDING,
      leaseOwner: 'b',
    });
    await writer.drain();
  });

  it('keeps the bodies of messages queued before they moved to their own table', async () => {
    const { db, accountId, outbox } = await setup();
    const { message } = await db.transaction((tx) =>
      outbox.enqueue(
        tx,
        testMessage(accountId, 'old@x.test', { html: '<p>queued earlier</p>', text: 'earlier' }),
      ),
    );
    const migration = new OutboxBodies1764300700000();
    const runner = db.createQueryRunner();
    try {
      await migration.down(runner);
      const param = kind === 'postgres' ? '$1' : '?';
      const [old] = await runner.query(`SELECT html, text FROM outbox_messages WHERE id = ${param}`, [
        message.id,
      ]);
      expect(old).toEqual({ html: '<p>queued earlier</p>', text: 'earlier' });
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const [claimed] = await claimDueMessages(db, 'a', 10, 60_000, Date.now() + 1);
    expect(claimed).toMatchObject({ id: message.id, html: '<p>queued earlier</p>', text: 'earlier' });
  });

  it('deletes a body with its message: by trigger on PostgreSQL, by the foreign key on SQLite', async () => {
    const { db, accountId, outbox } = await setup();
    const queued = await db.transaction((tx) =>
      outbox.enqueueMany(tx, [
        testMessage(accountId, 'gone@x.test'),
        testMessage(accountId, 'also-gone@x.test'),
        testMessage(accountId, 'kept@x.test'),
      ]),
    );
    const [gone, alsoGone, kept] = queued.map((r) => r.message.id);
    const p = (i: number) => (kind === 'postgres' ? `$${i}` : '?');
    const bodyIds = async () =>
      ((await db.query('SELECT id FROM outbox_bodies ORDER BY id')) as Array<{ id: string }>).map(
        (r) => r.id,
      );
    const remove = (ids: string[]) =>
      db.query(`DELETE FROM outbox_messages WHERE id IN (${ids.map((_, i) => p(i + 1)).join(', ')})`, ids);

    await remove([gone, alsoGone]);
    expect(await bodyIds()).toEqual([kept]);

    // The migration's way back restores the foreign key, which cascades the same way.
    const migration = new OutboxBodiesDeleteTrigger1764300900000();
    const runner = db.createQueryRunner();
    try {
      await migration.down(runner);
      await remove([kept]);
      expect(await bodyIds()).toEqual([]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    if (kind === 'postgres') {
      const keys = await db.query(
        "SELECT conname FROM pg_constraint WHERE conrelid = 'outbox_bodies'::regclass AND contype = 'f'",
      );
      expect(keys, 'no per-row key check on the hot INSERT').toEqual([]);
    }
    const again = await db.transaction((tx) => outbox.enqueue(tx, testMessage(accountId, 'new@x.test')));
    await remove([again.message.id]);
    expect(await bodyIds()).toEqual([]);
  });

  it('queues a chunk at once: every body stored, keys taken before or within the chunk answered as duplicates', async () => {
    const { db, accountId, outbox } = await setup();
    const before = await db.transaction((tx) =>
      outbox.enqueue(tx, testMessage(accountId, 'k0@x.test', { idempotencyKey: 'k0' })),
    );
    const inputs = [
      testMessage(accountId, 'a@x.test', { html: '<p>a</p>', text: 'a' }),
      testMessage(accountId, 'k0@x.test', { idempotencyKey: 'k0' }),
      testMessage(accountId, 'k1@x.test', { idempotencyKey: 'k1', html: '<p>k1</p>', text: 'k1' }),
      testMessage(accountId, 'k1@x.test', { idempotencyKey: 'k1', html: '<p>again</p>' }),
      testMessage(accountId, 'b@x.test', { html: '<p>b</p>', text: 'b' }),
    ];
    const results = await db.transaction((tx) => outbox.enqueueMany(tx, inputs));
    expect(results.map((r) => r.duplicate)).toEqual([false, true, false, true, false]);
    expect(results[1].message.id).toBe(before.message.id);
    expect(results[3].message.id).toBe(results[2].message.id);
    expect(results.map((r) => r.message.toAddress)).toEqual(inputs.map((i) => i.to));
    const claimed = await claimDueMessages(db, 'a', 32, 60_000, Date.now() + 1);
    expect(claimed).toHaveLength(4);
    const byTo = new Map(claimed.map((m) => [m.toAddress, m]));
    expect(byTo.get('a@x.test')).toMatchObject({ html: '<p>a</p>', text: 'a' });
    expect(byTo.get('k1@x.test')).toMatchObject({ html: '<p>k1</p>', text: 'k1' });
    expect(byTo.get('b@x.test')).toMatchObject({ html: '<p>b</p>', text: 'b' });
    expect(await db.transaction((tx) => outbox.enqueueMany(tx, []))).toEqual([]);
  });

  it('queues more messages in one call than one statement takes (three parameters per body on PostgreSQL)', async () => {
    const { db, accountId, outbox } = await setup();
    const inputs = Array.from({ length: 22_000 }, (_, i) =>
      testMessage(accountId, `r${i}@x.test`, { html: `<p>${i} "quoted" \\ {braces}</p>`, text: `${i}` }),
    );
    const results = await db.transaction((tx) => outbox.enqueueMany(tx, inputs));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(22_000);
    const bodies = (await db.query('SELECT html, text FROM outbox_bodies')) as Array<{
      html: string;
      text: string;
    }>;
    expect(bodies).toHaveLength(22_000);
    expect(bodies.find((b) => b.text === '21999')?.html).toBe('<p>21999 "quoted" \\ {braces}</p>');
    if (kind === 'postgres') {
      // lz4 where the server has it (Debian's has; it then offers it for default_toast_compression).
      const [{ lz4 }] = await db.query(
        "SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'",
      );
      const compression = await db.query(
        "SELECT attname, attcompression FROM pg_attribute WHERE attrelid = 'outbox_bodies'::regclass AND attname IN ('html', 'text') ORDER BY attname",
      );
      expect(compression).toEqual([
        { attname: 'html', attcompression: lz4 ? 'l' : '' },
        { attname: 'text', attcompression: lz4 ? 'l' : '' },
      ]);
      // The way back sets the server's default again, and the way forward lz4.
      const migration = new OutboxBodiesLz41764301000000();
      const runner = db.createQueryRunner();
      const columns = `SELECT attcompression FROM pg_attribute WHERE attrelid = 'outbox_bodies'::regclass AND attname IN ('html', 'text')`;
      try {
        await migration.down(runner);
        expect(await db.query(columns)).toEqual([{ attcompression: '' }, { attcompression: '' }]);
        await migration.up(runner);
        expect(await db.query(columns)).toEqual(compression.map(() => ({ attcompression: lz4 ? 'l' : '' })));
      } finally {
        await runner.release();
      }
    }
  });
});

describe('DeliveryStatus', () => {
  it('has exactly the states packages/shared lists (the SPA filters and "send again" use that list)', () => {
    expect(Object.values(DeliveryStatus)).toEqual([...DELIVERY_STATUSES]);
  });
});
