import {
  FOOTER_DEFINITION,
  getDefaultContent,
  getDefaultFooter,
  getFooterVariables,
  getTemplateDefinition,
  getTemplateVariables,
  type Locale,
  localeKey,
  type TemplateKey,
  type TemplateVariable,
} from '@ametrika/shared';
import type { FooterOverride, TemplateOverride } from './template-override.entity.js';
import type { FooterType, TemplateType, TemplateVariableType } from './template.types.js';

/** What an email in one locale says, whether it comes from the catalog or from the account. */
export type TemplateContent = { subject: string; preheader: string; body: string; includesFooter: boolean };

export const defaultTemplateContent = (key: TemplateKey, locale: Locale): TemplateContent => ({
  ...getDefaultContent(key, locale),
  // The renderer treats a missing switch as "on", so the default of a footer template is on.
  includesFooter: getTemplateDefinition(key).supportsFooter,
});

export const effectiveTemplateContent = (
  key: TemplateKey,
  locale: Locale,
  override: TemplateOverride | null,
): TemplateContent => {
  const base = defaultTemplateContent(key, locale);
  if (!override) return base;
  return {
    subject: override.subject ?? base.subject,
    preheader: override.preheader ?? base.preheader,
    body: override.body ?? base.body,
    includesFooter: base.includesFooter && (override.includesFooter ?? true),
  };
};

export const sameTemplateContent = (a: TemplateContent, b: TemplateContent): boolean =>
  a.subject === b.subject &&
  a.preheader === b.preheader &&
  a.body === b.body &&
  a.includesFooter === b.includesFooter;

/**
 * The override fields to store for some content: only what differs from the default, so later
 * default copy still reaches the fields the admin left alone. Null: nothing differs, store no row.
 */
export const overrideFieldsOf = (key: TemplateKey, locale: Locale, content: TemplateContent) => {
  const base = defaultTemplateContent(key, locale);
  const fields = {
    subject: content.subject === base.subject ? null : content.subject,
    preheader: content.preheader === base.preheader ? null : content.preheader,
    body: content.body === base.body ? null : content.body,
    includesFooter: content.includesFooter === base.includesFooter ? null : content.includesFooter,
  };
  return Object.values(fields).every((value) => value === null) ? null : fields;
};

export const toVariableView = (variable: TemplateVariable, locale: Locale): TemplateVariableType => {
  const lang = localeKey(locale);
  return {
    name: variable.name,
    type: variable.type,
    description: variable.description[lang],
    sample: JSON.stringify(variable.sample[lang]),
    fields: (variable.fields ?? []).map((field) => ({
      name: field.name,
      type: field.type,
      description: field.description[lang],
    })),
  };
};

export const toTemplateView = (
  key: TemplateKey,
  locale: Locale,
  override: TemplateOverride | null,
): TemplateType => {
  const definition = getTemplateDefinition(key);
  const lang = localeKey(locale);
  const base = defaultTemplateContent(key, locale);
  const content = effectiveTemplateContent(key, locale, override);
  return {
    key,
    locale,
    name: definition.name[lang],
    description: definition.description[lang],
    ...content,
    customized: !sameTemplateContent(content, base),
    supportsFooter: definition.supportsFooter,
    variables: getTemplateVariables(key).map((variable) => toVariableView(variable, locale)),
    defaultSubject: base.subject,
    defaultPreheader: base.preheader,
    defaultBody: base.body,
    defaultIncludesFooter: base.includesFooter,
    updatedAt: override?.updatedAt ?? null,
  };
};

export const toFooterView = (
  locale: Locale,
  override: FooterOverride | null,
  usedBy: TemplateKey[],
): FooterType => {
  const lang = localeKey(locale);
  const defaultBody = getDefaultFooter(locale);
  const body = override?.body ?? defaultBody;
  return {
    locale,
    name: FOOTER_DEFINITION.name[lang],
    description: FOOTER_DEFINITION.description[lang],
    body,
    customized: body !== defaultBody,
    usedBy,
    defaultBody,
    variables: getFooterVariables().map((variable) => toVariableView(variable, locale)),
    updatedAt: override?.updatedAt ?? null,
  };
};
