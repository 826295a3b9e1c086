import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The built-in mailbox: every message the local relay receives. Recipients get their own table so that
 * "mail addressed to my account's users" is an indexed lookup instead of a scan of JSON text.
 */
export class Mailbox1764300200000 implements MigrationInterface {
  name = 'Mailbox1764300200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE captured_mails (
      id varchar(36) PRIMARY KEY,
      account_id varchar(36),
      envelope_from varchar(320) NOT NULL,
      envelope_to text NOT NULL,
      subject text NOT NULL,
      message_id varchar(400),
      raw text NOT NULL,
      size integer NOT NULL,
      received_at bigint NOT NULL
    )`);
    await q.query('CREATE INDEX captured_mails_account ON captured_mails (account_id, received_at)');
    await q.query('CREATE INDEX captured_mails_received ON captured_mails (received_at)');
    await q.query(`CREATE TABLE captured_mail_recipients (
      mail_id varchar(36) NOT NULL REFERENCES captured_mails(id) ON DELETE CASCADE,
      address varchar(320) NOT NULL,
      PRIMARY KEY (mail_id, address)
    )`);
    await q.query('CREATE INDEX captured_mail_recipients_address ON captured_mail_recipients (address)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE captured_mail_recipients');
    await q.query('DROP TABLE captured_mails');
  }
}
