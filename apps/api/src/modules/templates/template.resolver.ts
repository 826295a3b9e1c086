import type { Locale } from '@ametrika/shared';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Locale as LocaleEnum } from '../users/user.entity.js';
import { TemplateVersion } from './template-version.entity.js';
import { PreviewEmailInput, UpdateTemplateInput } from './template.inputs.js';
import type { TemplateService } from './template.service.js';
import { RenderedEmailType, TemplateType } from './template.types.js';

@Resolver(() => TemplateType)
export class TemplateResolver {
  constructor(private readonly service: TemplateService) {}

  @Query(() => [TemplateType], {
    description: "Every email type in the dropdown's order; locale omitted: the caller's, else EN.",
  })
  templates(
    @Arg('locale', () => LocaleEnum, { nullable: true }) locale: Locale | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TemplateType[]> {
    return this.service.list(ctx.caller, locale);
  }

  @Query(() => TemplateType)
  template(
    @Arg('key', () => String) key: string,
    @Arg('locale', () => LocaleEnum, { nullable: true }) locale: Locale | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TemplateType> {
    return this.service.get(ctx.caller, key, locale);
  }

  @Query(() => [TemplateVersion], { description: 'Versions of a template, newest first.' })
  templateVersions(
    @Arg('key', () => String) key: string,
    @Arg('locale', () => LocaleEnum) locale: Locale,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<TemplateVersion[]> {
    return this.service.versions(ctx.caller, key, locale, first);
  }

  @Query(() => RenderedEmailType, {
    description: 'Renders unsaved content with the sample data (or `variables`) exactly as it would be sent.',
  })
  previewEmail(
    @Arg('input', () => PreviewEmailInput) input: PreviewEmailInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RenderedEmailType> {
    return this.service.renderForPreview(ctx.caller, input);
  }

  @Mutation(() => TemplateType, {
    description: 'Saves a template; content that does not render is refused with line and column.',
  })
  updateTemplate(
    @Arg('input', () => UpdateTemplateInput) input: UpdateTemplateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TemplateType> {
    return this.service.update(ctx.caller, input);
  }

  @Mutation(() => TemplateType, { description: 'Back to the default; a version, so it can be undone.' })
  resetTemplate(
    @Arg('key', () => String) key: string,
    @Arg('locale', () => LocaleEnum) locale: Locale,
    @Ctx() ctx: RequestContext,
  ): Promise<TemplateType> {
    return this.service.reset(ctx.caller, key, locale);
  }

  @Mutation(() => TemplateType, { description: 'Makes an earlier version current again (as a new version).' })
  restoreTemplateVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TemplateType> {
    return this.service.restore(ctx.caller, id);
  }
}
