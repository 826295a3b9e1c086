import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL only: the rendered bodies are compressed with lz4 instead of pglz, where the server has it
 * (PostgreSQL 14 or later, built with lz4 as Debian's and the official images are). pglz cost the
 * database about 0.1 ms per queued insights digest, more than the rest of its INSERT, for bodies of
 * about 8 kB that are written once and read once or twice (BENCHMARKS.md). Existing bodies keep their
 * compression; new ones use lz4. A server without lz4 keeps pglz, with a notice in its log.
 *
 * The statements run through EXECUTE: PL/pgSQL checks the syntax of a DO block's statements before it
 * runs, and PostgreSQL 13 and older, which have no SET COMPRESSION, would fail there, outside the handler.
 */
export class OutboxBodiesLz41764301000000 implements MigrationInterface {
  name = 'OutboxBodiesLz41764301000000';

  async up(q: QueryRunner): Promise<void> {
    await setBodyCompression(q, 'lz4');
  }

  async down(q: QueryRunner): Promise<void> {
    await setBodyCompression(q, 'DEFAULT');
  }
}

/** Sets the compression of new bodies; a server that cannot (no lz4, or before 14) keeps its own, with a notice. */
async function setBodyCompression(q: QueryRunner, method: 'lz4' | 'DEFAULT'): Promise<void> {
  if (q.connection.options.type !== 'postgres') return;
  await q.query(`DO $$
    BEGIN
      EXECUTE 'ALTER TABLE outbox_bodies ALTER COLUMN html SET COMPRESSION ${method}, ALTER COLUMN text SET COMPRESSION ${method}';
    EXCEPTION WHEN feature_not_supported OR syntax_error THEN
      RAISE NOTICE 'outbox_bodies keeps its compression: this server cannot use ${method} (%)', SQLERRM;
    END
  $$`);
}
