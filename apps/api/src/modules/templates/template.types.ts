import type { Locale } from '@ametrika/shared';
import { Field, ObjectType } from 'type-graphql';
import { Locale as LocaleEnum } from '../users/user.entity.js';

@ObjectType('TemplateVariableField', { description: 'A property of each item of a list variable.' })
export class TemplateVariableFieldType {
  @Field(() => String) name: string;
  @Field(() => String, { description: 'string, url, number or date.' }) type: string;
  @Field(() => String, { description: 'In the requested locale.' }) description: string;
}

@ObjectType('TemplateVariable')
export class TemplateVariableType {
  @Field(() => String) name: string;
  @Field(() => String, { description: 'string, url, number, date or list.' }) type: string;
  @Field(() => String, { description: 'In the requested locale.' }) description: string;
  @Field(() => String, { description: 'The sample value in the requested locale, as JSON.' })
  sample: string;
  @Field(() => [TemplateVariableFieldType], { description: 'Only for lists: what each item carries.' })
  fields: TemplateVariableFieldType[];
}

@ObjectType('Template', {
  description:
    "One email type in one locale, with the account's content (or the default) and the default beside it.",
})
export class TemplateType {
  @Field(() => String) key: string;
  @Field(() => LocaleEnum) locale: Locale;
  @Field(() => String, { description: 'In the requested locale.' }) name: string;
  @Field(() => String, { description: 'In the requested locale.' }) description: string;
  @Field(() => String) subject: string;
  @Field(() => String) preheader: string;
  @Field(() => String, { description: 'HTML with Liquid variables.' }) body: string;
  @Field(() => Boolean, {
    description: 'The account has changed this email and its content differs from the default.',
  })
  customized: boolean;
  @Field(() => Boolean) supportsFooter: boolean;
  @Field(() => Boolean, { description: 'Whether the footer is appended; false where not supported.' })
  includesFooter: boolean;
  @Field(() => [TemplateVariableType], { description: 'What subject, preheader and body may use.' })
  variables: TemplateVariableType[];
  @Field(() => String) defaultSubject: string;
  @Field(() => String) defaultPreheader: string;
  @Field(() => String) defaultBody: string;
  @Field(() => Boolean) defaultIncludesFooter: boolean;
  @Field(() => Date, { nullable: true, description: 'When the account last changed it; null if never.' })
  updatedAt: Date | null;
}

@ObjectType('Footer', {
  description: 'The footer that emails supporting it carry; one more entry of the template dropdown.',
})
export class FooterType {
  @Field(() => LocaleEnum) locale: Locale;
  @Field(() => String, { description: 'The dropdown label, e.g. "Email footer", in the locale.' })
  name: string;
  @Field(() => String, { description: 'In the requested locale.' }) description: string;
  @Field(() => String, { description: 'HTML with Liquid variables.' }) body: string;
  @Field(() => Boolean) customized: boolean;
  @Field(() => [String], { description: 'Keys of the templates that carry the footer for this account.' })
  usedBy: string[];
  @Field(() => String) defaultBody: string;
  @Field(() => [TemplateVariableType], { description: 'What the footer may use.' })
  variables: TemplateVariableType[];
  @Field(() => Date, { nullable: true, description: 'When the account last changed it; null if never.' })
  updatedAt: Date | null;
}

@ObjectType('RenderedEmail', {
  description: 'Exactly what would be sent: the same renderer, the same inputs.',
})
export class RenderedEmailType {
  @Field(() => String) subject: string;
  @Field(() => String) html: string;
  @Field(() => String, { description: 'The plain-text part.' }) text: string;
  @Field(() => [String], { description: 'Not stopping the email, e.g. Gmail clipping over ~100 KB.' })
  warnings: string[];
}
