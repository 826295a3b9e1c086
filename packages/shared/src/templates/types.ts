import type { Locale, LocalizedText } from '../common.js';

/**
 * How a variable's value looks. `date` values arrive already formatted for the locale:
 * the renderer must give the same bytes in the browser and in Node, and date formatting
 * with time zones and ICU data would not.
 */
export type TemplateVariableType = 'string' | 'url' | 'number' | 'date' | 'list';

/** A property of each item of a `list` variable, e.g. `insight.metric`. */
export type TemplateVariableField = {
  name: string;
  type: Exclude<TemplateVariableType, 'list'>;
  description: LocalizedText;
};

export type SampleScalar = string | number;
export type SampleValue = SampleScalar | Array<Record<string, SampleScalar>>;

export type TemplateVariable = {
  name: string;
  type: TemplateVariableType;
  description: LocalizedText;
  /** Sample value per language, used by the preview and by test emails. */
  sample: { en: SampleValue; de: SampleValue };
  /** Only for `list`: what each item carries. */
  fields?: TemplateVariableField[];
};

export type TemplateContent = { subject: string; preheader: string; body: string };

export type TemplateDefinition<Key extends string = string> = {
  key: Key;
  name: LocalizedText;
  description: LocalizedText;
  /** Whether the account's footer may be appended to this email. */
  supportsFooter: boolean;
  /** Variables of this template only; the global ones are added by `getTemplateVariables`. */
  variables: TemplateVariable[];
  defaults: { en: TemplateContent; de: TemplateContent };
};

export type FooterDefinition = {
  name: LocalizedText;
  description: LocalizedText;
  /** Variables of the footer only; the global ones are added by `getFooterVariables`. */
  variables: TemplateVariable[];
  defaults: { en: { body: string }; de: { body: string } };
};

export type TemplateData = Record<string, unknown>;

/** `LocalizedText` uses lower-case keys while the GraphQL enum is upper case. */
export const localeKey = (locale: Locale): keyof LocalizedText => (locale === 'DE' ? 'de' : 'en');

/** For samples that read the same in both languages (numbers, URLs, addresses). */
export const sameInBothLocales = <T extends SampleValue>(value: T): { en: T; de: T } => ({
  en: value,
  de: value,
});
