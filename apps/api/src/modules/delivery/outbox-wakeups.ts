import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../logger.js';
import { type PgPoolClient as PgClient, pgPool } from './outbox-rows.js';

/**
 * PostgreSQL's LISTEN/NOTIFY between the processes that share an outbox. A message queued by one process
 * wakes the workers of every other one at once, instead of at their next poll (OUTBOX_POLL_MS): a test
 * email queued by an API process is claimed by a standalone worker within milliseconds, and workers
 * start on a bulk send as soon as its first chunk commits. Polling stays, for a lost connection and for
 * retries that come due. SQLite needs none of this: its only worker runs in the process that queues.
 */
const CHANNEL = 'ametrika_outbox';

/**
 * Sent as the payload: a worker skips its own process's notifications, as the outbox already wakes it
 * in-process after the commit (an extra, empty claim otherwise).
 */
const PROCESS_TAG = `${process.pid}:${randomBytes(6).toString('hex')}`;

/**
 * In the caller's transaction: PostgreSQL delivers it at commit, and drops it on rollback. Commits that
 * notify queue behind one another for a moment (PostgreSQL serialises them on one lock), which a chunk
 * of queued mail pays once.
 */
export async function notifyWorkers(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [CHANNEL, PROCESS_TAG]);
}

/**
 * Calls `wake` for every NOTIFY, listening on one connection of the pool. A lost connection (PostgreSQL
 * restarted, the backend terminated) is replaced after `retryMs`, growing to ten times that while it
 * keeps failing; each new connection wakes the worker once for what was queued in between.
 */
export function listenForWakeups(
  db: DataSource,
  wake: () => void,
  logger: Logger,
  retryMs = 500,
): { stop(): Promise<void> } {
  const pool = pgPool(db);
  let current: PgClient | undefined;
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;
  let stopped = false;

  const discard = (client: PgClient) => {
    client.removeAllListeners('notification');
    client.removeAllListeners('error');
    client.removeAllListeners('end');
    client.on('error', () => {}); // a late socket error on a client already given back must not crash us
    client.release(true);
  };
  const retry = () => {
    if (stopped || timer) return;
    failures += 1;
    timer = setTimeout(connect, Math.min(retryMs * failures, retryMs * 10));
  };
  const lost = (client: PgClient, err?: unknown) => {
    if (client !== current) return;
    current = undefined;
    discard(client);
    if (failures === 0) logger.warn({ err }, 'outbox: lost the connection that listens for queued mail');
    retry();
  };
  async function connect() {
    timer = undefined;
    if (stopped) return;
    let client: PgClient;
    try {
      client = await pool.connect();
    } catch (err) {
      if (failures === 0) logger.warn({ err }, 'outbox: cannot listen for queued mail yet; polling');
      retry();
      return;
    }
    if (stopped) {
      client.release();
      return;
    }
    current = client;
    client.on('notification', (message) => {
      if ((message as { payload?: string }).payload !== PROCESS_TAG) wake();
    });
    client.on('error', (err) => lost(client, err));
    client.on('end', () => lost(client));
    try {
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      lost(client, err);
      return;
    }
    if (stopped) return stop();
    if (failures > 0) logger.info('outbox: listening for queued mail again');
    failures = 0;
    wake();
  }
  async function stop() {
    stopped = true;
    clearTimeout(timer);
    const client = current;
    current = undefined;
    if (client) discard(client);
  }
  void connect();
  return { stop };
}
