import type { DataSource, ValueTransformer } from 'typeorm';
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
  /**
   * INSERT of one row, answering its id, or nothing for a duplicate idempotency key: ON CONFLICT DO
   * NOTHING, because a failed statement would abort the caller's PostgreSQL transaction.
   */
  readonly insertSql: string;
  /** INSERT of a message's rendered parts, once its row is in. */
  readonly insertBodySql: string;
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
    const params = this.columns.map((_, i) => (this.postgres ? `$${i + 1}` : '?')).join(', ');
    this.insertSql = `INSERT INTO outbox_messages (${names}) VALUES (${params}) ON CONFLICT DO NOTHING RETURNING id`;
    this.insertBodySql = `INSERT INTO outbox_bodies (id, html, text) VALUES (${this.postgres ? '$1, $2, $3' : '?, ?, ?'})`;
  }

  /** The parameters of `insertSql` for a message. */
  values(message: OutboxMessage): unknown[] {
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
