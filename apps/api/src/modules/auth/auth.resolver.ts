import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { User } from '../users/user.entity.js';
import type { AuthService } from './auth.service.js';
import type { UserService } from '../users/user.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when not signed in.' })
  me(@Ctx() ctx: RequestContext): Promise<User | null> {
    return this.users.me(ctx.caller);
  }

  @Mutation(() => User, { description: 'Signs in and sets an HttpOnly session cookie.' })
  async signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    const { user, sessionToken, expiresAt } = await this.auth.signIn({ email, password }, ctx.clientIp);
    ctx.setSessionCookie(sessionToken, expiresAt);
    return user;
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.auth.signOut(ctx.sessionToken);
    ctx.clearSessionCookie();
    return true;
  }
}
