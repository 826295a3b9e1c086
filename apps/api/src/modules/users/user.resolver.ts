import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { User } from './user.entity.js';
import type { UserService } from './user.service.js';

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly userService: UserService) {}

  @Query(() => [User], { description: "The users of the caller's account." })
  users(@Ctx() ctx: RequestContext): Promise<User[]> {
    return this.userService.list(ctx.caller);
  }

  @Query(() => [String], {
    description: 'The verified addresses of the account: the only ones test email goes to.',
  })
  verifiedRecipients(@Ctx() ctx: RequestContext): Promise<string[]> {
    return this.userService.verifiedRecipients(ctx.caller);
  }
}
