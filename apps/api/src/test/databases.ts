import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type TestDatabase = { kind: 'sqlite' | 'postgres'; url: string; drop(): Promise<void> };

/**
 * The databases every integration suite runs against. PostgreSQL comes from TEST_DATABASE_URL (a server
 * where we may CREATE DATABASE); in CI a missing server fails the run instead of skipping.
 */
export function databaseKinds(): ('sqlite' | 'postgres')[] {
  if (process.env.TEST_DATABASE_URL) return ['sqlite', 'postgres'];
  if (process.env.CI) {
    throw new Error('TEST_DATABASE_URL is not set: CI must run every suite on PostgreSQL too (see .ci/run).');
  }
  process.stderr.write('TEST_DATABASE_URL is not set: PostgreSQL suites are not run locally.\n');
  return ['sqlite'];
}

export async function createTestDatabase(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'ametrika-sqlite-'));
    return { kind, url: `sqlite:${path.join(dir, 'test.sqlite')}`, drop: async () => {} };
  }
  const adminUrl = process.env.TEST_DATABASE_URL as string;
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
