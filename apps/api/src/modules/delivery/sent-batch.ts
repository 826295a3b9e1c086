import type BetterSqlite3 from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { isPostgres } from './outbox-claims.js';
import { queryPrepared } from './outbox-rows.js';

/** One SENT outcome waiting to be written. */
export type SentOutcome = { id: string; sentAt: number; response: string; code: number | null };

const SQLITE_SENT = `
  UPDATE outbox_messages
     SET status = 'SENT', sent_at = ?, last_response = ?, last_response_code = ?,
         last_error_stage = NULL, lease_expires_at = NULL
   WHERE id = ? AND lease_owner = ? AND status = 'SENDING'`;

/** One statement for the whole batch; the lease fence (owner + SENDING) is the same as for a single row. */
const POSTGRES_SENT = `
  UPDATE outbox_messages AS m
     SET status = 'SENT', sent_at = v.sent_at, last_response = v.response, last_response_code = v.code,
         last_error_stage = NULL, lease_expires_at = NULL
    FROM unnest($1::varchar[], $2::bigint[], $3::text[], $4::int[]) AS v(id, sent_at, response, code)
   WHERE m.id = v.id AND m.lease_owner = $5 AND m.status = 'SENDING'
  RETURNING m.id`;

/**
 * Writes SENT outcomes in groups. Sending is the common case and its outcome was one UPDATE (and, on
 * SQLite, one commit) per message, prepared anew by the ORM each time: at hundreds of messages a second
 * that was most of the worker's database time. Outcomes that arrive while a write is under way wait for
 * the next one (group commit), so a batch never adds a timer's delay: after SIGKILL, the messages sent
 * but not yet recorded are still bounded by the sends in flight.
 */
export class SentBatchWriter {
  private pending: Array<SentOutcome & { done: (recorded: boolean) => void; fail: (err: unknown) => void }> =
    [];
  private flushing: Promise<void> | undefined;
  private sqliteStatement: BetterSqlite3.Statement | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly owner: string,
  ) {}

  /** Resolves with whether the row was still ours (the lease fence), once its batch is written. */
  write(outcome: SentOutcome): Promise<boolean> {
    return new Promise((done, fail) => {
      this.pending.push({ ...outcome, done, fail });
      this.flushing ??= this.flush();
    });
  }

  /** Resolves when everything handed over so far is written (or failed back to its caller). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    // Let the outcomes of replies read in the same turn of the event loop join this batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0);
        try {
          const recorded = await this.writeBatch(batch);
          for (const item of batch) item.done(recorded.has(item.id));
        } catch (err) {
          for (const item of batch) item.fail(err);
        }
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private async writeBatch(batch: SentOutcome[]): Promise<Set<string>> {
    if (isPostgres(this.db)) {
      const rows = await queryPrepared<{ id: string }>(this.db, 'outbox_sent', POSTGRES_SENT, [
        batch.map((b) => b.id),
        batch.map((b) => b.sentAt),
        batch.map((b) => b.response),
        batch.map((b) => b.code),
        this.owner,
      ]);
      return new Set(rows.map((r) => r.id));
    }
    const native = (this.db.driver as unknown as { databaseConnection: BetterSqlite3.Database })
      .databaseConnection;
    if (native.inTransaction) {
      // Only when the worker shares the API's connection (tests) and a request holds a transaction
      // across awaits: a nested BEGIN would fail. Treated like a busy database: tried again shortly.
      throw Object.assign(new Error('SQLITE_BUSY: the connection is inside a transaction'), {
        code: 'SQLITE_BUSY',
      });
    }
    this.sqliteStatement ??= native.prepare(SQLITE_SENT);
    const statement = this.sqliteStatement;
    // Synchronous: one short write transaction that no other query of this process can interleave with.
    return native.transaction(() => {
      const recorded = new Set<string>();
      for (const b of batch) {
        if (statement.run(b.sentAt, b.response, b.code, b.id, this.owner).changes > 0) recorded.add(b.id);
      }
      return recorded;
    })();
  }
}
