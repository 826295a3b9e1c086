import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit summaries in German next to the English ones, so the log reads in the admin's language. Older
 * entries keep `summary_de` null and read in English.
 */
export class AuditSummaryDe1764300600000 implements MigrationInterface {
  name = 'AuditSummaryDe1764300600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_events ADD COLUMN summary_de varchar(500)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_events DROP COLUMN summary_de');
  }
}
