import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sender settings per account, and the audit trail of their changes. */
export class EmailSettings1764300001000 implements MigrationInterface {
  name = 'EmailSettings1764300001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE email_settings (
      account_id varchar(36) PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
      sender_mode varchar(16) NOT NULL,
      previous_mode varchar(16),
      from_name varchar(120),
      reply_to varchar(254),
      smtp_host varchar(253),
      smtp_port integer,
      smtp_secure boolean,
      smtp_username varchar(200),
      smtp_password_sealed text,
      smtp_from_email varchar(254),
      smtp_from_name varchar(120),
      smtp_fingerprint varchar(64),
      smtp_last_test text,
      smtp_last_test_fingerprint varchar(64),
      smtp_last_tested_at bigint,
      updated_at bigint NOT NULL
    )`);
    await q.query(`CREATE TABLE audit_events (
      id varchar(36) PRIMARY KEY,
      account_id varchar(36) NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      actor_user_id varchar(36),
      actor varchar(300) NOT NULL,
      action varchar(64) NOT NULL,
      summary varchar(500) NOT NULL,
      details text,
      created_at bigint NOT NULL
    )`);
    await q.query('CREATE INDEX audit_events_account_time ON audit_events (account_id, created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_events');
    await q.query('DROP TABLE email_settings');
  }
}
