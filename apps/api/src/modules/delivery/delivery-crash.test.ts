import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../database/data-source.js';
import { Account } from '../accounts/account.entity.js';
import { parseDeliveryOptions } from './delivery-options.js';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';
import { OutboxService } from './outbox.service.js';
import { startCountingSink } from './testing/counting-sink.js';
import { enqueueMany, testMessage } from './testing/fixtures.js';
import { type Child, distMain, randomPort, spawnNode, waitForOutput } from './testing/processes.js';

const CONCURRENCY = 8;

/** The API process (`node dist/main.js`) on a SQLite file is killed with SIGKILL in the middle of a batch. */
describe('crash safety on SQLite', () => {
  const children: Child[] = [];
  afterAll(() => {
    for (const c of children) c.process.kill('SIGKILL');
  });

  it('delivers all 500 messages after a SIGKILL and a restart, each Message-ID once', async () => {
    expect(existsSync(distMain), 'run `pnpm --filter @ametrika/api build` first').toBe(true);
    const sink = await startCountingSink();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ametrika-crash-'));
    const file = path.join(dataDir, 'ametrika.sqlite');
    const env = {
      PORT: String(randomPort()),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: `sqlite:${file}`,
      ADMIN_EMAIL: 'admin@example.com',
      ADMIN_PASSWORD: 'correct horse battery',
      RELAY_SMTP_URL: sink.url,
      OUTBOX_POLL_MS: '100',
      OUTBOX_CONCURRENCY: String(CONCURRENCY),
    };
    const start = async () => {
      const child = spawnNode(distMain, env);
      children.push(child);
      await waitForOutput(child, /sign in as/);
      return child;
    };
    const first = await start();

    const db = createDataSource({ type: 'sqlite', file });
    await db.initialize();
    const outbox = new OutboxService(db, parseDeliveryOptions({}));
    const accountId = (await db.getRepository(Account).findOneByOrFail({ name: 'Demo' })).id;
    const messages = Array.from({ length: 500 }, (_, i) => testMessage(accountId, `crash${i}@example.test`));
    const ids = await enqueueMany(db, outbox, messages);

    await sink.waitForDistinct(120, 20_000);
    first.process.kill('SIGKILL');
    await first.exited;
    const atKill = sink.counts().size;
    const leftSending = await db.getRepository(OutboxMessage).countBy({ status: DeliveryStatus.SENDING });
    expect(atKill).toBeLessThan(500);

    const second = await start();
    await sink.waitForDistinct(500, 30_000);
    await new Promise((r) => setTimeout(r, 500));
    const rows = await db.getRepository(OutboxMessage).find();
    expect(rows.filter((r) => r.status === DeliveryStatus.SENT)).toHaveLength(500);
    const expected = new Set(rows.map((r) => r.messageId));
    const counts = sink.counts();
    expect(new Set(counts.keys())).toEqual(expected);
    expect(ids).toHaveLength(500);
    // Only a message that the sink had accepted but whose outcome the killed process had not yet written
    // can arrive twice: at most the sends in flight at the kill. Receivers drop it by its Message-ID.
    const duplicates = [...counts.values()].reduce((sum, n) => sum + n - 1, 0);
    process.stdout.write(
      `crash test: ${atKill} delivered before SIGKILL, ${leftSending} left SENDING, ${duplicates} resent after the restart\n`,
    );
    expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);

    second.process.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    await db.destroy();
    await sink.close();
  });
});
