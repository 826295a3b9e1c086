import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { UserAdminService } from './user-admin.service.js';
import { Locale, Role, User } from './user.entity.js';

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field(() => String) email: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Role, { nullable: true, defaultValue: Role.MEMBER }) role?: Role | null;
  @Field(() => Locale, { nullable: true, description: 'Language of the emails this user receives.' })
  locale?: Locale | null;
}

@Resolver(() => User)
export class UserAdminResolver {
  constructor(private readonly admin: UserAdminService) {}

  @Mutation(() => User, {
    description: 'Adds a user (for example a test user) and sends a verification email.',
  })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext) {
    return this.admin.create(ctx.caller, input, ctx.locale);
  }

  @Mutation(() => User, { description: 'Sends a new verification link; older links stop working.' })
  resendVerification(@Arg('userId', () => ID) userId: string, @Ctx() ctx: RequestContext) {
    return this.admin.resendVerification(ctx.caller, userId, ctx.locale);
  }

  @Mutation(() => Boolean)
  deleteUser(@Arg('userId', () => ID) userId: string, @Ctx() ctx: RequestContext) {
    return this.admin.delete(ctx.caller, userId, ctx.locale);
  }

  @Mutation(() => User, {
    description: 'Marks an address verified with the token from the verification email.',
  })
  verifyEmail(@Arg('token', () => String) token: string, @Ctx() ctx: RequestContext) {
    return this.admin.verifyEmail(token, ctx.locale);
  }
}
