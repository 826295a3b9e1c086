import { Arg, Ctx, FieldResolver, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { EmailSettingsType } from '../sender/email-settings.types.js';
import type { SenderService } from '../sender/sender.service.js';
import type { HostedDomainService } from './hosted.service.js';
import { HostedDomainInput, HostedDomainType } from './hosted.types.js';

@Resolver(() => EmailSettingsType)
export class HostedResolver {
  constructor(
    private readonly domains: HostedDomainService,
    private readonly sender: SenderService,
  ) {}

  @FieldResolver(() => HostedDomainType, {
    nullable: true,
    description: 'The hosted domain and its DNS records; null until APPLY.',
  })
  hosted(@Ctx() ctx: RequestContext): Promise<HostedDomainType | null> {
    return this.domains.view(ctx.caller);
  }

  @Mutation(() => EmailSettingsType, {
    description:
      'APPLY: generates the DNS records for the domain (same domain again: key and token are kept) and checks them at once.',
  })
  async applyHostedDomain(
    @Arg('input', () => HostedDomainInput) input: HostedDomainInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EmailSettingsType> {
    await this.domains.apply(ctx.caller, input, ctx.locale);
    return this.sender.view(ctx.caller, ctx.locale);
  }

  @Mutation(() => EmailSettingsType, { description: 'Checks the hosted domain’s DNS records now.' })
  async verifyDnsRecords(@Ctx() ctx: RequestContext): Promise<EmailSettingsType> {
    await this.domains.verify(ctx.caller, ctx.locale);
    return this.sender.view(ctx.caller, ctx.locale);
  }

  @Mutation(() => EmailSettingsType, {
    description: 'Adds a new DKIM key as a pending record; signing switches to it once its record verifies.',
  })
  async rotateDkimKey(@Ctx() ctx: RequestContext): Promise<EmailSettingsType> {
    await this.domains.rotate(ctx.caller, ctx.locale);
    return this.sender.view(ctx.caller, ctx.locale);
  }

  @Mutation(() => EmailSettingsType, {
    description: 'Removes a DKIM key that no longer signs (the previous one, or a pending one to cancel).',
  })
  async retireDkimKey(
    @Arg('selector', () => String) selector: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EmailSettingsType> {
    await this.domains.retire(ctx.caller, selector, ctx.locale);
    return this.sender.view(ctx.caller, ctx.locale);
  }
}
