import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Account } from './account.entity.js';
import type { AccountService } from './account.service.js';

@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly accounts: AccountService) {}

  @Query(() => Account, { description: "The caller's account." })
  account(@Ctx() ctx: RequestContext): Promise<Account> {
    return this.accounts.current(ctx.caller);
  }
}
