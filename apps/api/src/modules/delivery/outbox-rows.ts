import type { DataSource, EntityManager, ValueTransformer } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity.js';

/** pg answers [rows, count] for UPDATE … RETURNING through TypeORM; otherwise both drivers answer the rows. */
export const returnedRows = <T>(raw: unknown): T[] =>
  (Array.isArray(raw) && Array.isArray(raw[0]) ? raw[0] : raw) as T[];

/** The slice of node-pg's pool the outbox uses beyond TypeORM: prepared statements and a LISTEN client. */
export type PgPool = {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
  connect(): Promise<PgPoolClient>;
};
export type PgPoolClient = {
  query(sql: string): Promise<unknown>;
  on(event: string, listener: (...args: unknown[]) => void): void;
  removeAllListeners(event?: string): void;
  release(destroy?: boolean): void;
};

/** TypeORM's own node-pg pool of a PostgreSQL data source (same connections, same type parsers). */
export const pgPool = (db: DataSource): PgPool => (db.driver as unknown as { master: PgPool }).master;

/**
 * PostgreSQL: runs one of the worker's hot statements (claim, bodies, SENT outcomes) as a named prepared
 * statement, parsed once per pooled connection instead of on every call, and planned once where
 * PostgreSQL's generic plan is as good (the claim: 59 → 5 ms of planning per 5,000 digests). The SENT
 * update keeps custom plans, which PostgreSQL prefers for its arrays of a few rows. `name` must be unique
 * to `text`. Outside a transaction only: it takes any connection of the pool.
 */
export async function queryPrepared<T>(db: DataSource, name: string, text: string, values: unknown[]) {
  return (await pgPool(db).query({ name, text, values })).rows as T[];
}

/** Rows per PostgreSQL INSERT: three parameters per body, and a statement takes at most 65,535. */
const MAX_ROWS_PER_INSERT = 1000;

type Column = {
  property: keyof OutboxMessage & string;
  name: string;
  /** The SQL type, for PostgreSQL's unnest of one array per column. */
  type: string;
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

  constructor(private readonly db: DataSource) {
    this.postgres = db.options.type === 'postgres';
    this.columns = db.getMetadata(OutboxMessage).columns.map((c) => ({
      property: c.propertyName as Column['property'],
      name: c.databaseName,
      type: String(c.type),
      to: chain(c.transformer, 'to'),
      from: chain(c.transformer, 'from'),
    }));
    const names = this.columns.map((c) => c.name).join(', ');
    if (this.postgres) {
      // Many rows in one statement: one array per column, unnested side by side. The bodies follow as a
      // VALUES list of plain parameters (filled in for %BODIES%), not as arrays: node-pg escapes every
      // element of an array into one literal and PostgreSQL parses it back character by character,
      // which for bodies of kilobytes cost more than the rest of the INSERT (see BENCHMARKS.md).
      const arrays = this.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
      this.insertSql = `WITH m AS (
          INSERT INTO outbox_messages (${names}) SELECT * FROM unnest(${arrays})
          ON CONFLICT DO NOTHING RETURNING id)
        INSERT INTO outbox_bodies (id, html, text)
          SELECT b.id, b.html, b.text FROM (VALUES %BODIES%) AS b(id, html, text)
          JOIN m ON m.id = b.id
        RETURNING id`;
    } else {
      const params = this.columns.map(() => '?').join(', ');
      this.insertSql = `INSERT INTO outbox_messages (${names}) VALUES (${params}) ON CONFLICT DO NOTHING RETURNING id`;
    }
    this.insertBodySql = 'INSERT INTO outbox_bodies (id, html, text) VALUES (?, ?, ?)';
  }

  /**
   * Writes messages and their bodies in the caller's transaction and answers the ids written; a message
   * whose idempotency key was taken is left out (ON CONFLICT DO NOTHING: a failed statement would abort
   * the caller's PostgreSQL transaction). PostgreSQL: one statement and one round trip per thousand
   * messages. SQLite: two statements per message, which there are function calls, not round trips.
   */
  async insert(
    manager: EntityManager,
    items: Array<{ message: OutboxMessage; html: string; text: string }>,
  ): Promise<Set<string>> {
    const inserted = new Set<string>();
    if (this.postgres) {
      for (let i = 0; i < items.length; i += MAX_ROWS_PER_INSERT) {
        for (const id of await this.insertPostgres(manager, items.slice(i, i + MAX_ROWS_PER_INSERT)))
          inserted.add(id);
      }
      return inserted;
    }
    for (const { message, html, text } of items) {
      if (returnedRows(await manager.query(this.insertSql, this.values(message))).length === 0) continue;
      await manager.query(this.insertBodySql, [message.id, html, text]);
      inserted.add(message.id);
    }
    return inserted;
  }

  private async insertPostgres(
    manager: EntityManager,
    items: Array<{ message: OutboxMessage; html: string; text: string }>,
  ): Promise<string[]> {
    const rows = items.map((item) => this.values(item.message));
    const perColumn = this.columns.map((_, i) => rows.map((row) => row[i]));
    const first = perColumn.length + 1;
    const bodies = items.map((_, i) => {
      const p = first + 3 * i;
      return `($${p}::varchar, $${p + 1}::text, $${p + 2}::text)`;
    });
    const raw = await manager.query(
      this.insertSql.replace('%BODIES%', () => bodies.join(', ')),
      [...perColumn, ...items.flatMap((item) => [item.message.id, item.html, item.text])],
    );
    return returnedRows<{ id: string }>(raw).map((r) => r.id);
  }

  /** The rendered parts of claimed messages. */
  async bodies(ids: string[]): Promise<Array<{ id: string; html: string; text: string }>> {
    if (this.postgres) {
      const sql = 'SELECT id, html, text FROM outbox_bodies WHERE id = ANY($1::varchar[])';
      return queryPrepared(this.db, 'outbox_bodies', sql, [ids]);
    }
    const params = ids.map(() => '?').join(', ');
    return this.db.query(`SELECT id, html, text FROM outbox_bodies WHERE id IN (${params})`, ids);
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

const perDataSource = new WeakMap<DataSource, OutboxRows>();

/** The statements of one data source, built once from its metadata and shared by queueing and claiming. */
export function outboxRows(db: DataSource): OutboxRows {
  let rows = perDataSource.get(db);
  if (!rows) {
    rows = new OutboxRows(db);
    perDataSource.set(db, rows);
  }
  return rows;
}
