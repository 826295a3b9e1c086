import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Single-use, hashed email verification links. */
export class EmailVerifications1764300500000 implements MigrationInterface {
  name = 'EmailVerifications1764300500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE email_verifications (
      id varchar(36) PRIMARY KEY,
      user_id varchar(36) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      token_hash varchar(64) NOT NULL,
      expires_at bigint NOT NULL,
      used_at bigint,
      created_at bigint NOT NULL
    )`);
    await q.query('CREATE UNIQUE INDEX email_verifications_token ON email_verifications (token_hash)');
    await q.query('CREATE INDEX email_verifications_user ON email_verifications (user_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE email_verifications');
  }
}
