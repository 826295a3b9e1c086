import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The built-in mailbox looks up a message's Message-ID to drop copies it already holds. */
export class CapturedMailMessageId1764300800000 implements MigrationInterface {
  name = 'CapturedMailMessageId1764300800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX captured_mails_message_id ON captured_mails (message_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX captured_mails_message_id');
  }
}
