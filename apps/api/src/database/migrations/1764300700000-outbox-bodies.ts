import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moves the rendered HTML and text of outbox messages into `outbox_bodies`, so that claims and outcomes,
 * which rewrite the message row, no longer rewrite kilobytes of HTML each time. Existing messages keep
 * their bodies. Plain SQL that SQLite (3.35+: DROP COLUMN) and PostgreSQL both accept.
 */
export class OutboxBodies1764300700000 implements MigrationInterface {
  name = 'OutboxBodies1764300700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE outbox_bodies (
      id varchar(36) PRIMARY KEY REFERENCES outbox_messages(id) ON DELETE CASCADE,
      html text NOT NULL,
      text text NOT NULL
    )`);
    await q.query('INSERT INTO outbox_bodies (id, html, text) SELECT id, html, text FROM outbox_messages');
    await q.query('ALTER TABLE outbox_messages DROP COLUMN html');
    await q.query('ALTER TABLE outbox_messages DROP COLUMN text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE outbox_messages ADD COLUMN html text NOT NULL DEFAULT ''");
    await q.query("ALTER TABLE outbox_messages ADD COLUMN text text NOT NULL DEFAULT ''");
    await q.query(
      'UPDATE outbox_messages SET html = (SELECT b.html FROM outbox_bodies b WHERE b.id = outbox_messages.id), text = (SELECT b.text FROM outbox_bodies b WHERE b.id = outbox_messages.id) WHERE id IN (SELECT id FROM outbox_bodies)',
    );
    await q.query('DROP TABLE outbox_bodies');
  }
}
