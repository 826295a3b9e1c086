import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The rendered HTML and text of an outbox message, apart from its row of state. The state row is
 * rewritten by every claim and outcome; kept small, those writes stay small (SQLite rewrites a whole
 * record on UPDATE, and a PostgreSQL row version would carry the bodies along). Written once, read when
 * the message is claimed, deleted with its message.
 */
@Entity('outbox_bodies')
export class OutboxBody {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'text' })
  text: string;
}
