import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Template and footer overrides per account and locale, and a version row for every change. */
export class Templates1764300300000 implements MigrationInterface {
  name = 'Templates1764300300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE template_overrides (
      account_id varchar(36) NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      template_key varchar(64) NOT NULL,
      locale varchar(2) NOT NULL,
      subject text,
      preheader text,
      body text,
      includes_footer boolean,
      updated_at bigint NOT NULL,
      PRIMARY KEY (account_id, template_key, locale)
    )`);
    await q.query(`CREATE TABLE footer_overrides (
      account_id varchar(36) NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      locale varchar(2) NOT NULL,
      body text NOT NULL,
      updated_at bigint NOT NULL,
      PRIMARY KEY (account_id, locale)
    )`);
    await q.query(`CREATE TABLE template_versions (
      id varchar(36) PRIMARY KEY,
      account_id varchar(36) NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      target varchar(64) NOT NULL,
      locale varchar(2) NOT NULL,
      number integer NOT NULL,
      kind varchar(16) NOT NULL,
      subject text,
      preheader text,
      body text NOT NULL,
      includes_footer boolean,
      author_user_id varchar(36),
      author varchar(300) NOT NULL,
      created_at bigint NOT NULL
    )`);
    // Also the guard against two concurrent saves taking the same number.
    await q.query(
      'CREATE UNIQUE INDEX template_versions_number ON template_versions (account_id, target, locale, number)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['template_versions', 'footer_overrides', 'template_overrides']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
