import type { Locale } from '@ametrika/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { Locale as LocaleEnum } from '../users/user.entity.js';

@InputType('UpdateTemplateInput', { description: 'Omitted fields keep their current value.' })
export class UpdateTemplateInput {
  @Field(() => String) key: string;
  @Field(() => LocaleEnum) locale: Locale;
  @Field(() => String, { nullable: true }) subject?: string | null;
  @Field(() => String, { nullable: true }) preheader?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only where the template supports the footer.' })
  includesFooter?: boolean | null;
}

@InputType('UpdateFooterInput')
export class UpdateFooterInput {
  @Field(() => LocaleEnum) locale: Locale;
  @Field(() => String) body: string;
}

@InputType('PreviewEmailInput', {
  description: 'Unsaved content to render; omitted fields come from the saved content (or the default).',
})
export class PreviewEmailInput {
  @Field(() => String) key: string;
  @Field(() => LocaleEnum, { nullable: true, description: "Omitted: the caller's locale." })
  locale?: Locale | null;
  @Field(() => String, { nullable: true }) subject?: string | null;
  @Field(() => String, { nullable: true }) preheader?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => Boolean, { nullable: true }) includesFooter?: boolean | null;
  @Field(() => String, { nullable: true, description: "Unsaved footer; omitted: the account's footer." })
  footerBody?: string | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "Values for the template's variables; omitted: the sample data. Never mixed with samples.",
  })
  variables?: Record<string, unknown> | null;
}
