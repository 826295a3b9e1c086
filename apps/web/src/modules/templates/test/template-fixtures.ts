import {
  FOOTER_DEFINITION,
  getDefaultContent,
  getDefaultFooter,
  getFooterVariables,
  getTemplateDefinition,
  getTemplateVariables,
  listTemplateDefinitions,
  type TemplateKey,
  type TemplateVariable,
} from '@ametrika/shared';
import type { MockLink } from '@apollo/client/testing';
import { VerifiedRecipientsQuery } from '../../users/graphql/users.graphql';
import { FooterQuery, TemplateListQuery, TemplateQuery } from '../graphql/templates.graphql';

// GraphQL-shaped data built from the shared catalog, so the mocks read like the API's answers.
const variable = (v: TemplateVariable) => ({
  __typename: 'TemplateVariable' as const,
  name: v.name,
  type: v.type,
  description: v.description.en,
  sample: JSON.stringify(v.sample.en),
  fields: (v.fields ?? []).map((field) => ({
    __typename: 'TemplateVariableField' as const,
    name: field.name,
  })),
});

export const templateData = (key: TemplateKey, customized = false) => {
  const definition = getTemplateDefinition(key);
  const defaults = getDefaultContent(key, 'EN');
  return {
    __typename: 'Template' as const,
    key,
    locale: 'EN' as const,
    name: definition.name.en,
    description: definition.description.en,
    ...defaults,
    subject: customized ? `Custom: ${defaults.subject}` : defaults.subject,
    customized,
    supportsFooter: definition.supportsFooter,
    includesFooter: definition.supportsFooter,
    variables: getTemplateVariables(key).map(variable),
    defaultSubject: defaults.subject,
    defaultPreheader: defaults.preheader,
    defaultBody: defaults.body,
    defaultIncludesFooter: definition.supportsFooter,
    updatedAt: null,
  };
};

export const footerData = () => ({
  __typename: 'Footer' as const,
  locale: 'EN' as const,
  name: FOOTER_DEFINITION.name.en,
  body: getDefaultFooter('EN'),
  customized: false,
  usedBy: listTemplateDefinitions()
    .filter((d) => d.supportsFooter)
    .map((d) => d.key),
  defaultBody: getDefaultFooter('EN'),
  variables: getFooterVariables().map(variable),
  updatedAt: null,
});

const forever = { maxUsageCount: Number.POSITIVE_INFINITY };

export function templateEditorMocks(key: TemplateKey, options: { customized?: boolean } = {}) {
  const summaries = listTemplateDefinitions().map((d) => ({
    __typename: 'Template' as const,
    key: d.key,
    locale: 'EN' as const,
    name: d.name.en,
    customized: d.key === key && Boolean(options.customized),
    supportsFooter: d.supportsFooter,
  }));
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: TemplateListQuery, variables: { uiLocale: 'EN', locale: 'EN' } },
      result: {
        data: { names: summaries, templates: summaries, footerName: footerData(), footer: footerData() },
      },
      ...forever,
    },
    {
      request: { query: TemplateQuery, variables: { key, locale: 'EN' } },
      result: { data: { template: templateData(key, options.customized) } },
      ...forever,
    },
    {
      request: { query: FooterQuery, variables: { locale: 'EN' } },
      result: { data: { footer: footerData() } },
      ...forever,
    },
    {
      request: { query: VerifiedRecipientsQuery },
      result: { data: { verifiedRecipients: ['admin@example.com'] } },
      ...forever,
    },
  ];
  return mocks;
}
