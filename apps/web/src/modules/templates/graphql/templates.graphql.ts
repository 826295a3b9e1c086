import { graphql } from '../../../gql';

export const TemplateVariableFields = graphql(`
  fragment TemplateVariableFields on TemplateVariable {
    name
    type
    description
    sample
    fields {
      name
    }
  }
`);

export const TemplateFields = graphql(`
  fragment TemplateFields on Template {
    key
    locale
    name
    description
    subject
    preheader
    body
    customized
    supportsFooter
    includesFooter
    variables {
      ...TemplateVariableFields
    }
    defaultSubject
    defaultPreheader
    defaultBody
    defaultIncludesFooter
    updatedAt
  }
`);

export const FooterFields = graphql(`
  fragment FooterFields on Footer {
    locale
    name
    body
    customized
    usedBy
    defaultBody
    variables {
      ...TemplateVariableFields
    }
    updatedAt
  }
`);

export const VersionFields = graphql(`
  fragment VersionFields on TemplateVersion {
    id
    number
    kind
    subject
    preheader
    body
    includesFooter
    author
    createdAt
  }
`);

export const TemplateSummaryFields = graphql(`
  fragment TemplateSummaryFields on Template {
    key
    locale
    name
    customized
    supportsFooter
  }
`);

/**
 * The dropdown: names in the UI language, "customised" flags for the locale being edited (a German
 * admin may edit the English texts). Both aliases select the same fields, and the footer the same
 * fragment as FooterQuery: Template and Footer have no id, so differing shapes under one cache
 * field would overwrite each other.
 */
export const TemplateListQuery = graphql(`
  query TemplateList($uiLocale: Locale!, $locale: Locale!) {
    names: templates(locale: $uiLocale) {
      ...TemplateSummaryFields
    }
    templates(locale: $locale) {
      ...TemplateSummaryFields
    }
    footerName: footer(locale: $uiLocale) {
      ...FooterFields
    }
    footer(locale: $locale) {
      ...FooterFields
    }
  }
`);

export const TemplateQuery = graphql(`
  query Template($key: String!, $locale: Locale!) {
    template(key: $key, locale: $locale) {
      ...TemplateFields
    }
  }
`);

export const FooterQuery = graphql(`
  query Footer($locale: Locale!) {
    footer(locale: $locale) {
      ...FooterFields
    }
  }
`);

export const TemplateVersionsQuery = graphql(`
  query TemplateVersions($key: String!, $locale: Locale!) {
    templateVersions(key: $key, locale: $locale, first: 50) {
      ...VersionFields
    }
  }
`);

export const FooterVersionsQuery = graphql(`
  query FooterVersions($locale: Locale!) {
    footerVersions(locale: $locale, first: 50) {
      ...VersionFields
    }
  }
`);

export const UpdateTemplateMutation = graphql(`
  mutation UpdateTemplate($input: UpdateTemplateInput!) {
    updateTemplate(input: $input) {
      ...TemplateFields
    }
  }
`);

export const ResetTemplateMutation = graphql(`
  mutation ResetTemplate($key: String!, $locale: Locale!) {
    resetTemplate(key: $key, locale: $locale) {
      ...TemplateFields
    }
  }
`);

export const RestoreTemplateVersionMutation = graphql(`
  mutation RestoreTemplateVersion($id: ID!) {
    restoreTemplateVersion(id: $id) {
      ...TemplateFields
    }
  }
`);

export const UpdateFooterMutation = graphql(`
  mutation UpdateFooter($input: UpdateFooterInput!) {
    updateFooter(input: $input) {
      ...FooterFields
    }
  }
`);

export const ResetFooterMutation = graphql(`
  mutation ResetFooter($locale: Locale!) {
    resetFooter(locale: $locale) {
      ...FooterFields
    }
  }
`);

export const RestoreFooterVersionMutation = graphql(`
  mutation RestoreFooterVersion($id: ID!) {
    restoreFooterVersion(id: $id) {
      ...FooterFields
    }
  }
`);
