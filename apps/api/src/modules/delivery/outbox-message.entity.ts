import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { JsonColumn, TimeColumn } from '../../database/columns.js';
import type { SenderSnapshot } from '../sender/sender-snapshot.js';

export enum DeliveryStatus {
  QUEUED = 'QUEUED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  DEFERRED = 'DEFERRED',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description:
    'QUEUED waits for a worker; SENDING is leased by one; DEFERRED retries later (4xx, timeout, connection); SENT got a 2xx reply; FAILED got a 5xx reply (or lost replies too often); EXPIRED outlived its lifetime.',
});

/**
 * One message of the outbox, rendered and frozen when it was queued. It is also the GraphQL `Delivery`.
 * Its rendered HTML and text live in `OutboxBody` and stay out of GraphQL: they may hold single-use links
 * (verification).
 */
@ObjectType('Delivery')
@Entity('outbox_messages')
export class OutboxMessage {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @Field(() => String, { description: "What caused it: 'test', 'verification', 'platform', …" })
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'template_key', type: 'varchar', length: 64, nullable: true })
  templateKey: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2, nullable: true })
  locale: string | null;

  @Field(() => String, { name: 'to' })
  @Column({ name: 'to_address', type: 'varchar', length: 320 })
  toAddress: string;

  @Field(() => String, { description: 'The rendered subject line.' })
  @Column({ type: 'text' })
  subject: string;

  @Field(() => String, {
    description: 'PLATFORM, WHITE_LABEL, CUSTOM_SMTP or HOSTED, as chosen when queued.',
  })
  @Column({ name: 'sender_mode', type: 'varchar', length: 16 })
  senderMode: string;

  /** How it leaves; secrets inside stay sealed. Never a GraphQL field as a whole. */
  @JsonColumn({ name: 'sender' })
  sender: SenderSnapshot;

  @Field(() => String, { description: 'The stable Message-ID header, the same on every attempt.' })
  @Column({ name: 'message_id', type: 'varchar', length: 400 })
  messageId: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, nullable: true })
  idempotencyKey: string | null;

  @Field(() => DeliveryStatus)
  @Column({ type: 'varchar', length: 16 })
  status: DeliveryStatus;

  @Field(() => Int, { description: 'Sends started (a paused account does not count).' })
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Sends whose reply was lost after the message went out: each may have arrived. */
  @Field(() => Int)
  @Column({ name: 'lost_replies', type: 'integer', default: 0 })
  lostReplies: number;

  /** When a worker may claim the row; for SENDING rows the end of the lease (then another worker may). */
  @TimeColumn({ name: 'next_attempt_at' })
  nextAttemptAtRaw: Date;

  @Column({ name: 'lease_owner', type: 'varchar', length: 120, nullable: true })
  leaseOwner: string | null;

  @TimeColumn({ name: 'lease_expires_at', nullable: true })
  leaseExpiresAt: Date | null;

  @Field(() => Date, { description: 'After this the message is not retried any more (EXPIRED).' })
  @TimeColumn({ name: 'expires_at' })
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: "The server's last reply, or what went wrong." })
  @Column({ name: 'last_response', type: 'text', nullable: true })
  lastResponse: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'last_response_code', type: 'integer', nullable: true })
  lastResponseCode: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the last attempt stopped: RESOLVE, CONNECT, TLS, AUTH, SENDER, RECIPIENT, DATA, DATA_REPLY_LOST, POLICY.',
  })
  @Column({ name: 'last_error_stage', type: 'varchar', length: 32, nullable: true })
  lastErrorStage: string | null;

  @Field(() => Date)
  @TimeColumn({ name: 'created_at' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @TimeColumn({ name: 'sent_at', nullable: true })
  sentAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the next attempt is due (QUEUED and DEFERRED only).',
  })
  get nextAttemptAt(): Date | null {
    const waiting = this.status === DeliveryStatus.QUEUED || this.status === DeliveryStatus.DEFERRED;
    return waiting ? this.nextAttemptAtRaw : null;
  }

  @Field(() => String, { description: 'The From address of the message.' })
  get fromAddress(): string {
    return this.sender.fromEmail;
  }

  @Field(() => String, { description: 'The envelope sender (MAIL FROM).' })
  get envelopeFrom(): string {
    return this.sender.envelopeFrom;
  }
}
