import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type TestDatabase = { kind: 'sqlite' | 'postgres'; url: string; drop(): Promise<void> };

/** The PostgreSQL server the suites create their databases on; without it the run fails, it never skips. */
export function requireTestDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set. Run the tests with `pnpm test` (as root it starts a private PostgreSQL), or run `bash scripts/start-test-postgres.sh` and export the URL it prints.',
    );
  }
  return url;
}

/** The databases every integration suite runs against: SQLite and PostgreSQL, always both. */
export function databaseKinds(): ('sqlite' | 'postgres')[] {
  requireTestDatabaseUrl();
  return ['sqlite', 'postgres'];
}

export async function createTestDatabase(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'ametrika-sqlite-'));
    return { kind, url: `sqlite:${path.join(dir, 'test.sqlite')}`, drop: async () => {} };
  }
  const adminUrl = requireTestDatabaseUrl();
  const name = `ametrika_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
