import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export function createDataSource(database: AppConfig['database']): DataSource {
  if (database.type === 'postgres') {
    return new DataSource({
      type: 'postgres',
      url: database.url,
      entities,
      migrations,
      migrationsRun: false,
      synchronize: false,
      // 11: each process's outbox worker keeps one connection for LISTEN (outbox-wakeups.ts), leaving 10.
      // TCP keepalive lets a connection that the network dropped silently (NAT, failover) fail and be
      // replaced, instead of a listener waiting forever for notifications.
      extra: { max: 11, connectionTimeoutMillis: 10_000, keepAlive: true },
    });
  }
  mkdirSync(path.dirname(path.resolve(database.file)), { recursive: true });
  return new DataSource({
    type: 'better-sqlite3',
    database: database.file,
    entities,
    migrations,
    synchronize: false,
    // WAL lets readers run while the worker writes; the busy timeout waits out short write locks.
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = NORMAL');
    },
  });
}

export async function openDatabase(database: AppConfig['database']): Promise<DataSource> {
  const dataSource = createDataSource(database);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
