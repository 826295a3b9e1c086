import type { Locale } from '@ametrika/shared';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Locale as LocaleEnum } from '../users/user.entity.js';
import type { FooterService } from './footer.service.js';
import { TemplateVersion } from './template-version.entity.js';
import { UpdateFooterInput } from './template.inputs.js';
import { FooterType } from './template.types.js';

@Resolver(() => FooterType)
export class FooterResolver {
  constructor(private readonly footers: FooterService) {}

  @Query(() => FooterType, { description: "The account's footer; locale omitted: the caller's, else EN." })
  footer(
    @Arg('locale', () => LocaleEnum, { nullable: true }) locale: Locale | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FooterType> {
    return this.footers.get(ctx.caller, locale);
  }

  @Query(() => [TemplateVersion], { description: 'Versions of the footer, newest first.' })
  footerVersions(
    @Arg('locale', () => LocaleEnum) locale: Locale,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<TemplateVersion[]> {
    return this.footers.versions(ctx.caller, locale, first);
  }

  @Mutation(() => FooterType, { description: 'Saves the footer; content that does not render is refused.' })
  updateFooter(
    @Arg('input', () => UpdateFooterInput) input: UpdateFooterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FooterType> {
    return this.footers.update(ctx.caller, input);
  }

  @Mutation(() => FooterType, { description: 'Back to the default; a version, so it can be undone.' })
  resetFooter(
    @Arg('locale', () => LocaleEnum) locale: Locale,
    @Ctx() ctx: RequestContext,
  ): Promise<FooterType> {
    return this.footers.reset(ctx.caller, locale);
  }

  @Mutation(() => FooterType, { description: 'Makes an earlier footer version current again.' })
  restoreFooterVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FooterType> {
    return this.footers.restore(ctx.caller, id);
  }
}
