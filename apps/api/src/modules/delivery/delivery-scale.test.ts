import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataSource } from '../../database/data-source.js';
import { createTestDatabase } from '../../test/databases.js';
import { Account } from '../accounts/account.entity.js';
import { parseDeliveryOptions } from './delivery-options.js';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';
import { OutboxService } from './outbox.service.js';
import { type CountingSink, startCountingSink } from './testing/counting-sink.js';
import { enqueueMany, testMessage } from './testing/fixtures.js';
import {
  type Child,
  distMain,
  distWorker,
  randomPort,
  spawnNode,
  waitForOutput,
} from './testing/processes.js';
import { canStartTemporaryPostgres, startTemporaryPostgres } from './testing/temporary-postgres.js';

/** One API and `workers` standalone workers (`node dist/…`) on one PostgreSQL outbox. */
async function startFleet(
  databaseUrl: string,
  sink: CountingSink,
  workers: number,
  children: Child[],
  extraEnv: Record<string, string> = {},
) {
  expect(
    existsSync(distMain) && existsSync(distWorker),
    'run `pnpm --filter @ametrika/api build` first',
  ).toBe(true);
  const env = {
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'ametrika-fleet-')),
    DATABASE_URL: databaseUrl,
    APP_SECRET: 'a fleet shares one secret, at least 32 characters long',
    ADMIN_EMAIL: 'admin@example.com',
    ADMIN_PASSWORD: 'correct horse battery',
    RELAY_SMTP_URL: sink.url,
    OUTBOX_POLL_MS: '100',
    ...extraEnv,
  };
  const api = spawnNode(distMain, { ...env, PORT: String(randomPort()) });
  children.push(api);
  await waitForOutput(api, /sign in as/); // migrated and seeded before the workers start
  const started = Array.from({ length: workers }, () => spawnNode(distWorker, env));
  children.push(...started);
  for (const worker of started) await waitForOutput(worker, /outbox worker \S+ is running/);
  const db = createDataSource({ type: 'postgres', url: databaseUrl });
  await db.initialize();
  const outbox = new OutboxService(db, parseDeliveryOptions({}));
  const accountId = (await db.getRepository(Account).findOneByOrFail({ name: 'Demo' })).id;
  return { db, outbox, accountId, processes: [api, ...started] };
}

const duplicatesOf = (sink: CountingSink) => [...sink.counts().values()].reduce((sum, n) => sum + n - 1, 0);

async function stopAll(children: Child[]) {
  for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGTERM');
  return Promise.all(children.map((c) => c.exited));
}

describe('scale-out on PostgreSQL', () => {
  const children: Child[] = [];
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    await stopAll(children.splice(0));
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('three workers and one API process deliver 2,000 messages, each exactly once', async () => {
    const database = await createTestDatabase('postgres');
    cleanups.push(() => database.drop());
    const sink = await startCountingSink();
    cleanups.push(() => sink.close());
    const fleet = await startFleet(database.url, sink, 3, children);
    cleanups.push(() => fleet.db.destroy());
    const messages = Array.from({ length: 2000 }, (_, i) =>
      testMessage(fleet.accountId, `fleet${i}@example.test`),
    );
    await enqueueMany(fleet.db, fleet.outbox, messages, 500);
    await sink.waitForDistinct(2000, 60_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.messages).toHaveLength(2000);
    expect(duplicatesOf(sink)).toBe(0);
    const rows = await fleet.db
      .getRepository(OutboxMessage)
      .find({ select: { status: true, leaseOwner: true, id: true } });
    expect(rows.every((r) => r.status === DeliveryStatus.SENT)).toBe(true);
    const owners = new Set(rows.map((r) => r.leaseOwner));
    expect(owners.size).toBeGreaterThanOrEqual(3); // the work really was shared
    expect(await stopAll(children.splice(0))).toEqual([0, 0, 0, 0]); // SIGTERM drains and exits cleanly
  }, 120_000);

  it('wakes workers in other processes by NOTIFY, not at their next poll, and listens again after losing it', async () => {
    const database = await createTestDatabase('postgres');
    cleanups.push(() => database.drop());
    const sink = await startCountingSink();
    cleanups.push(() => sink.close());
    // A poll of a minute: anything delivered within seconds was woken by the notification.
    const fleet = await startFleet(database.url, sink, 1, children, { OUTBOX_POLL_MS: '60000' });
    cleanups.push(() => fleet.db.destroy());
    const listeners = async () =>
      Number(
        (
          await fleet.db.query(
            "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN ametrika_outbox'",
          )
        )[0].n,
      );
    const sendOne = async (to: string) => {
      const before = sink.distinctCount();
      const started = Date.now();
      await fleet.db.transaction((tx) => fleet.outbox.enqueue(tx, testMessage(fleet.accountId, to)));
      await sink.waitForDistinct(before + 1, 10_000);
      return Date.now() - started;
    };
    await expect.poll(listeners, { timeout: 10_000 }).toBe(2); // the API's worker and the standalone one
    await new Promise((r) => setTimeout(r, 500)); // both past their first claim, asleep until the poll
    expect(await sendOne('first@example.test')).toBeLessThan(10_000);

    const terminated = await fleet.db.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN ametrika_outbox'",
    );
    expect(terminated).toHaveLength(2);
    await expect.poll(listeners, { timeout: 15_000 }).toBe(2);
    expect(await sendOne('after-reconnect@example.test')).toBeLessThan(10_000);
    expect(fleet.processes.every((p) => p.process.exitCode === null)).toBe(true);
    expect(duplicatesOf(sink)).toBe(0);
  }, 60_000);

  it('delivers everything when PostgreSQL restarts in the middle of a batch', async () => {
    expect(canStartTemporaryPostgres(), 'PostgreSQL binaries are needed: apt-get install -y postgresql').toBe(
      true,
    );
    const pg = startTemporaryPostgres(randomPort());
    cleanups.push(() => pg.stop());
    const sink = await startCountingSink({ delayMs: 2 });
    cleanups.push(() => sink.close());
    const fleet = await startFleet(pg.url, sink, 1, children);
    let db: DataSource = fleet.db;
    cleanups.push(() => (db.isInitialized ? db.destroy() : undefined));
    const messages = Array.from({ length: 600 }, (_, i) =>
      testMessage(fleet.accountId, `restart${i}@example.test`),
    );
    await enqueueMany(db, fleet.outbox, messages, 300);
    await sink.waitForDistinct(150, 30_000);
    pg.restart();
    const atRestart = sink.counts().size;
    await sink.waitForDistinct(600, 60_000);
    await db.destroy();
    db = createDataSource({ type: 'postgres', url: pg.url });
    await db.initialize();
    const deadline = Date.now() + 20_000;
    while ((await db.getRepository(OutboxMessage).countBy({ status: DeliveryStatus.SENT })) < 600) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 200));
    }
    process.stdout.write(
      `restart test: ${atRestart} delivered before the restart, ${duplicatesOf(sink)} resent\n`,
    );
    // Outcomes are retried until the database is back, so nothing needs sending twice.
    expect(duplicatesOf(sink)).toBeLessThanOrEqual(4);
    expect(fleet.processes.every((p) => p.process.exitCode === null)).toBe(true);
  }, 120_000);
});
