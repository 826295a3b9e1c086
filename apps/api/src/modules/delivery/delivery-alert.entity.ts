import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../../database/columns.js';

/**
 * Set when the account's own SMTP server refused our login or TLS: its mail is paused (not failed) and
 * admins see why. Cleared by the next successful custom-SMTP send or when the settings change.
 */
@ObjectType('DeliveryAlert')
@Entity('delivery_alerts')
export class DeliveryAlert {
  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @Field(() => String, { description: 'AUTH or TLS.' })
  @Column({ type: 'varchar', length: 32 })
  stage: string;

  @Field(() => String, { description: "The server's reply or the TLS error, secrets removed." })
  @Column({ type: 'text' })
  message: string;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'response_code', type: 'integer', nullable: true })
  responseCode: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  host: string | null;

  @Field(() => Date)
  @TimeColumn({ name: 'first_seen_at' })
  firstSeenAt: Date;

  @Field(() => Date)
  @TimeColumn({ name: 'last_seen_at' })
  lastSeenAt: Date;

  @Field(() => Date, { description: "The account's custom-SMTP mail waits until then, then tries again." })
  @TimeColumn({ name: 'paused_until' })
  pausedUntil: Date;
}
