import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SmtpHintType } from '../sender/email-settings.types.js';
import { Locale } from '../users/user.entity.js';

@InputType('SendTestEmailInput')
export class SendTestEmailInput {
  @Field(() => String) key: string;
  @Field(() => Locale, { nullable: true }) locale?: Locale | null;
  @Field(() => String, { description: 'A verified address of the account.' }) to: string;
  @Field(() => String, { nullable: true, description: 'Unsaved subject from the editor.' }) subject?:
    | string
    | null;
  @Field(() => String, { nullable: true }) preheader?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
}

@ObjectType('SendTestResult')
export class SendTestResultType {
  @Field(() => Boolean, { description: 'True once the receiving server accepted the message.' }) ok: boolean;
  @Field(() => String, { description: 'The confirmation or the failure, in one sentence.' }) message: string;
  @Field(() => ID, { nullable: true, description: 'The message in the delivery log.' }) deliveryId:
    | string
    | null;
  @Field(() => String, { nullable: true }) status: string | null;
  @Field(() => String, { nullable: true }) senderMode: string | null;
  @Field(() => Int, { nullable: true }) responseCode: number | null;
  @Field(() => String, { nullable: true }) response: string | null;
  @Field(() => String, { nullable: true, description: 'The SMTP stage that failed.' }) stage: string | null;
  @Field(() => SmtpHintType, { nullable: true }) hint: SmtpHintType | null;
}
