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
      extra: { max: 10, connectionTimeoutMillis: 10_000 },
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
