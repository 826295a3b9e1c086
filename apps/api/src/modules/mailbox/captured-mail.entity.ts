import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { JsonColumn, TimeColumn } from '../../database/columns.js';

/** A message the built-in mailbox received. Parsed fields (html, text, headers) come from its resolver. */
@ObjectType('CapturedMail')
@Entity('captured_mails')
export class CapturedMail {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** From X-Ametrika-Account, which our transports add: the account that sent it. */
  @Column({ name: 'account_id', type: 'varchar', length: 36, nullable: true })
  accountId: string | null;

  @Field(() => String)
  @Column({ name: 'envelope_from', type: 'varchar', length: 320 })
  envelopeFrom: string;

  @Field(() => [String])
  @JsonColumn({ name: 'envelope_to' })
  envelopeTo: string[];

  @Field(() => String)
  @Column({ type: 'text' })
  subject: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'message_id', type: 'varchar', length: 400, nullable: true })
  messageId: string | null;

  @Field(() => String, { description: 'The message exactly as received.' })
  @Column({ type: 'text' })
  raw: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Column({ type: 'integer' })
  size: number;

  @Field(() => Date)
  @TimeColumn({ name: 'received_at' })
  receivedAt: Date;
}

@Entity('captured_mail_recipients')
export class CapturedMailRecipient {
  @PrimaryColumn({ name: 'mail_id', type: 'varchar', length: 36 })
  mailId: string;

  /** Lower-cased envelope recipient. */
  @PrimaryColumn({ type: 'varchar', length: 320 })
  address: string;
}
