import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { JsonColumn, TimeColumn } from '../../database/columns.js';

@ObjectType('AuditEvent', { description: 'A change of email settings: who, when and what (never a secret).' })
@Entity('audit_events')
export class AuditEvent {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @Column({ name: 'actor_user_id', type: 'varchar', length: 36, nullable: true })
  actorUserId: string | null;

  @Field(() => String, { description: 'The email of the user, or "API token <name>".' })
  @Column({ name: 'actor', type: 'varchar', length: 300 })
  actor: string;

  @Field(() => String, { description: 'For example SMTP_SETTINGS_UPDATED, SENDER_MODE_CHANGED.' })
  @Column({ type: 'varchar', length: 64 })
  action: string;

  /**
   * Stored in English; `AuditService.list` puts the reader's language here (from `summaryDe`). Entries
   * written before summaries were kept in both languages read in English.
   */
  @Field(() => String, {
    description:
      'A one-line summary in the language of the request (Accept-Language); older entries in English.',
  })
  @Column({ type: 'varchar', length: 500 })
  summary: string;

  /** The same summary in German; null on entries written before summaries were kept in both languages. */
  @Column({ name: 'summary_de', type: 'varchar', length: 500, nullable: true })
  summaryDe: string | null;

  @JsonColumn({ name: 'details', nullable: true })
  details: Record<string, unknown> | null;

  @Field(() => Date)
  @TimeColumn({ name: 'created_at' })
  createdAt: Date;
}
