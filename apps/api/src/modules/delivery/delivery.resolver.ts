import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { DeliveryAlert } from './delivery-alert.entity.js';
import type { DeliveryLogService } from './delivery-log.service.js';
import { DeliveriesArgs, DeliveryConnection } from './delivery.types.js';
import { OutboxMessage } from './outbox-message.entity.js';

@Resolver(() => OutboxMessage)
export class DeliveryResolver {
  constructor(private readonly log: DeliveryLogService) {}

  @Query(() => DeliveryConnection, { description: "The account's delivery log, newest first." })
  deliveries(@Args(() => DeliveriesArgs) args: DeliveriesArgs, @Ctx() ctx: RequestContext) {
    return this.log.list(ctx.caller, args);
  }

  @Query(() => OutboxMessage, { nullable: true, description: 'One message of the delivery log.' })
  delivery(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.log.get(ctx.caller, id);
  }

  @Query(() => [DeliveryAlert], {
    description: "Problems that pause the account's mail, e.g. its SMTP server refusing our login.",
  })
  deliveryAlerts(@Ctx() ctx: RequestContext) {
    return this.log.alerts(ctx.caller);
  }

  @Mutation(() => OutboxMessage, {
    description: 'Queues a FAILED or EXPIRED message again, with the same Message-ID (admins only).',
  })
  retryDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.log.retry(ctx.caller, id);
  }
}
