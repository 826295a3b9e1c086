import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The delivery outbox and per-account delivery alerts. Plain SQL that SQLite and PostgreSQL both accept.
 * `outbox_due` is a partial index over the only rows a worker ever claims, so claiming stays an index
 * range scan however many sent or failed rows pile up; its predicate is repeated verbatim in the claim query.
 */
export class Outbox1764300100000 implements MigrationInterface {
  name = 'Outbox1764300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE outbox_messages (
      id varchar(36) PRIMARY KEY,
      account_id varchar(36) NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      kind varchar(32) NOT NULL,
      template_key varchar(64),
      locale varchar(2),
      to_address varchar(320) NOT NULL,
      subject text NOT NULL,
      html text NOT NULL,
      text text NOT NULL,
      sender_mode varchar(16) NOT NULL,
      sender text NOT NULL,
      message_id varchar(400) NOT NULL,
      idempotency_key varchar(200),
      status varchar(16) NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      lost_replies integer NOT NULL DEFAULT 0,
      next_attempt_at bigint NOT NULL,
      lease_owner varchar(120),
      lease_expires_at bigint,
      expires_at bigint NOT NULL,
      last_response text,
      last_response_code integer,
      last_error_stage varchar(32),
      created_at bigint NOT NULL,
      sent_at bigint
    )`);
    await q.query(
      'CREATE UNIQUE INDEX outbox_idempotency_unique ON outbox_messages (account_id, idempotency_key)',
    );
    await q.query(
      "CREATE INDEX outbox_due ON outbox_messages (next_attempt_at) WHERE status IN ('QUEUED', 'DEFERRED', 'SENDING')",
    );
    await q.query('CREATE INDEX outbox_account_created ON outbox_messages (account_id, created_at)');
    await q.query(`CREATE TABLE delivery_alerts (
      account_id varchar(36) PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
      stage varchar(32) NOT NULL,
      message text NOT NULL,
      response_code integer,
      host varchar(255),
      first_seen_at bigint NOT NULL,
      last_seen_at bigint NOT NULL,
      paused_until bigint NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE delivery_alerts');
    await q.query('DROP TABLE outbox_messages');
  }
}
