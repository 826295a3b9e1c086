import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';

@ObjectType('DeliveryEdge')
export class DeliveryEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => OutboxMessage)
  node: OutboxMessage;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('DeliveryConnection', { description: 'Relay-style page of the delivery log, newest first.' })
export class DeliveryConnection {
  @Field(() => [DeliveryEdge])
  edges: DeliveryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Messages matching the filters, on all pages.' })
  totalCount: number;
}

@ArgsType()
export class DeliveriesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 25).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;

  @Field(() => DeliveryStatus, { nullable: true })
  status?: DeliveryStatus | null;

  @Field(() => String, { nullable: true })
  templateKey?: string | null;
}
