import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditService } from './audit.service.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEvent], { description: 'Changes of email settings, newest first.' })
  auditLog(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditEvent[]> {
    return this.audit.list(ctx.caller, first, ctx.locale);
  }
}
