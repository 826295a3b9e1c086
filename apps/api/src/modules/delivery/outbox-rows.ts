import type { DataSource, EntityManager, ValueTransformer } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity.js';

/** pg answers [rows, count] for UPDATE … RETURNING through TypeORM; otherwise both drivers answer the rows. */
export const returnedRows = <T>(raw: unknown): T[] =>
  (Array.isArray(raw) && Array.isArray(raw[0]) ? raw[0] : raw) as T[];

type Column = {
  property: keyof OutboxMessage & string;
  name: string;
  to: (value: unknown) => unknown;
  from: (value: unknown) => unknown;
};

const chain = (transformer: ValueTransformer | ValueTransformer[] | undefined, way: 'to' | 'from') => {
  const list = transformer === undefined ? [] : Array.isArray(transformer) ? transformer : [transformer];
  const ordered = way === 'to' ? list : [...list].reverse();
  return (value: unknown) => ordered.reduce((v, t) => t[way](v), value);
};

/**
 * Plain SQL for the outbox's two hot statements (queue a message, claim a batch), with the column list
 * and value conversions taken from the entity's own TypeORM metadata, so a new column cannot be missed.
 * The query builder spent more time building each INSERT, and hydrating each claimed batch through a
 * second SELECT, than the database spent running them.
 */
export class OutboxRows {
  private readonly columns: Column[];
  readonly postgres: boolean;
  private readonly insertSql: string;
  private readonly insertBodySql: string;
  /** The rendered parts of up to `n` claimed messages. */
  bodiesSql(n: number): string {
    const params = Array.from({ length: n }, (_, i) => (this.postgres ? `$${i + 1}` : '?')).join(', ');
    return `SELECT id, html, text FROM outbox_bodies WHERE id IN (${params})`;
  }

  constructor(db: DataSource) {
    this.postgres = db.options.type === 'postgres';
    this.columns = db.getMetadata(OutboxMessage).columns.map((c) => ({
      property: c.propertyName as Column['property'],
      name: c.databaseName,
      to: chain(c.transformer, 'to'),
      from: chain(c.transformer, 'from'),
    }));
    const names = this.columns.map((c) => c.name).join(', ');
    const n = this.columns.length;
    const params = this.columns.map((_, i) => (this.postgres ? `$${i + 1}` : '?')).join(', ');
    // ON CONFLICT DO NOTHING: a duplicate idempotency key must not abort the caller's PostgreSQL transaction.
    const insert = `INSERT INTO outbox_messages (${names}) VALUES (${params}) ON CONFLICT DO NOTHING RETURNING id`;
    // PostgreSQL: the body goes in with the row in one round trip; SQLite has no INSERT in a CTE, and
    // a second statement there is a function call, not a round trip.
    this.insertSql = this.postgres
      ? `WITH m AS (${insert}) INSERT INTO outbox_bodies (id, html, text) SELECT id, $${n + 1}, $${n + 2} FROM m RETURNING id`
      : insert;
    this.insertBodySql = 'INSERT INTO outbox_bodies (id, html, text) VALUES (?, ?, ?)';
  }

  /** Writes a message and its body in the caller's transaction; false when its idempotency key was taken. */
  async insert(manager: EntityManager, message: OutboxMessage, html: string, text: string): Promise<boolean> {
    const values = this.values(message);
    if (this.postgres)
      return returnedRows(await manager.query(this.insertSql, [...values, html, text])).length > 0;
    if (returnedRows(await manager.query(this.insertSql, values)).length === 0) return false;
    await manager.query(this.insertBodySql, [message.id, html, text]);
    return true;
  }

  private values(message: OutboxMessage): unknown[] {
    return this.columns.map((c) => {
      const value = c.to(message[c.property]);
      return value === undefined ? null : value;
    });
  }

  /** A message from a row as either driver returns it (PostgreSQL answers bigint as a string). */
  fromRow(row: Record<string, unknown>): OutboxMessage {
    const message = new OutboxMessage();
    const target = message as unknown as Record<string, unknown>;
    for (const c of this.columns) target[c.property] = c.from(row[c.name]);
    return message;
  }
}
