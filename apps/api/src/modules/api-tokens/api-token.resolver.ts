import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { ApiToken, TokenScope } from './api-token.entity.js';
import type { ApiTokenService } from './api-token.service.js';

@ObjectType('CreatedApiToken')
export class CreatedApiToken {
  @Field(() => String, { description: 'The secret, shown once. Only a hash is stored.' })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Query(() => [ApiToken], { description: "The account's API tokens (admins only)." })
  apiTokens(@Ctx() ctx: RequestContext): Promise<ApiToken[]> {
    return this.tokens.list(ctx.caller);
  }

  @Mutation(() => CreatedApiToken, {
    description: 'Creates a token for `Authorization: Bearer`; shown once.',
  })
  createApiToken(
    @Arg('name', () => String) name: string,
    @Arg('scope', () => TokenScope) scope: TokenScope,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedApiToken> {
    return this.tokens.create(ctx.caller, name, scope);
  }

  @Mutation(() => ApiToken, { description: 'Revokes a token; requests with it are refused from now on.' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ApiToken> {
    return this.tokens.revoke(ctx.caller, id);
  }
}
