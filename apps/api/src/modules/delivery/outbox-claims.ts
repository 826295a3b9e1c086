import type { DataSource } from 'typeorm';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';
import { outboxRows, queryPrepared, returnedRows } from './outbox-rows.js';

/**
 * The claim is one statement on both databases. The inner WHERE repeats the predicate of the partial
 * index `outbox_due` literally, so both planners walk that index in next_attempt_at order and stop after
 * `limit` rows. SENDING rows are due again once their lease ran out: their next_attempt_at is the lease end.
 *
 * PostgreSQL: FOR UPDATE SKIP LOCKED lets any number of workers claim side by side without waiting for
 * or double-claiming each other's rows. SQLite: one statement is one short write transaction, and only
 * the API process runs a worker there.
 */
const claimSql = (postgres: boolean) => `
  UPDATE outbox_messages
     SET status = 'SENDING', lease_owner = ${postgres ? '$1' : '?'}, lease_expires_at = ${postgres ? '$2' : '?'},
         next_attempt_at = ${postgres ? '$3' : '?'}, attempts = attempts + 1
   WHERE id IN (
     SELECT id FROM outbox_messages
      WHERE status IN ('QUEUED', 'DEFERRED', 'SENDING') AND next_attempt_at <= ${postgres ? '$4' : '?'}
      ORDER BY next_attempt_at
      LIMIT ${postgres ? '$5' : '?'}${postgres ? ' FOR UPDATE SKIP LOCKED' : ''})
  RETURNING *`;

export const isPostgres = (db: DataSource) => db.options.type === 'postgres';

/** A claimed message with the rendered parts it is sent with. */
export type ClaimedMessage = OutboxMessage & { html: string; text: string };

/** Claims up to `limit` due rows for `owner` and returns them with their bodies, oldest first. */
export async function claimDueMessages(
  db: DataSource,
  owner: string,
  limit: number,
  leaseMs: number,
  now = Date.now(),
): Promise<ClaimedMessage[]> {
  const leaseEnd = now + leaseMs;
  const params = [owner, leaseEnd, leaseEnd, now, limit];
  const rows = isPostgres(db)
    ? await queryPrepared<Record<string, unknown>>(db, 'outbox_claim', claimSql(true), params)
    : returnedRows<Record<string, unknown>>(await db.query(claimSql(false), params));
  if (rows.length === 0) return [];
  const mapper = outboxRows(db);
  const bodies = new Map((await mapper.bodies(rows.map((row) => row.id as string))).map((b) => [b.id, b]));
  // RETURNING gives the claimed rows in no particular order; the oldest goes first.
  return rows
    .map((row) => {
      const message = mapper.fromRow(row);
      const body = bodies.get(message.id);
      return Object.assign(message, { html: body?.html ?? '', text: body?.text ?? '' });
    })
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/** For EXPLAIN checks and the benchmark: the claim's inner SELECT as the planners see it. */
export const claimSelectSql = (postgres: boolean) =>
  `SELECT id FROM outbox_messages WHERE status IN ('QUEUED', 'DEFERRED', 'SENDING') AND next_attempt_at <= ${
    postgres ? '$1' : '?'
  } ORDER BY next_attempt_at LIMIT ${postgres ? '$2' : '?'}`;

/**
 * On SQLite only this process runs a worker, so a SENDING row at start belongs to a process that died
 * (SIGKILL, power loss): it is due at once instead of after its lease.
 */
export async function releaseOrphanedLeases(db: DataSource): Promise<number> {
  const result = await db
    .getRepository(OutboxMessage)
    .update({ status: DeliveryStatus.SENDING }, { nextAttemptAtRaw: new Date() });
  return result.affected ?? 0;
}
