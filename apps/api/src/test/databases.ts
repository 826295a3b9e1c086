import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchPostgres } from '../database/scratch-postgres.js';

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
  const scratch = await createScratchPostgres(requireTestDatabaseUrl(), 'ametrika_test');
  return { kind, ...scratch };
}
