// GraphQL documents shared by the template suites, written as the SPA and integrators send them.
export const TEMPLATE_FIELDS = `key locale name description subject preheader body customized supportsFooter
  includesFooter defaultSubject defaultPreheader defaultBody defaultIncludesFooter updatedAt
  variables { name type description sample fields { name type description } }`;
export const FOOTER_FIELDS =
  'locale name description body customized usedBy defaultBody updatedAt variables { name }';
export const VERSION_FIELDS = 'id number kind subject preheader body includesFooter createdAt author';

export const TEMPLATES = `query($locale: Locale) { templates(locale: $locale) { ${TEMPLATE_FIELDS} } }`;
export const TEMPLATE = `query($key: String!, $locale: Locale) { template(key: $key, locale: $locale) { ${TEMPLATE_FIELDS} } }`;
export const VERSIONS = `query($key: String!, $locale: Locale!) { templateVersions(key: $key, locale: $locale) { ${VERSION_FIELDS} } }`;
export const UPDATE = `mutation($input: UpdateTemplateInput!) { updateTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
export const RESET = `mutation($key: String!, $locale: Locale!) { resetTemplate(key: $key, locale: $locale) { ${TEMPLATE_FIELDS} } }`;
export const RESTORE = `mutation($id: ID!) { restoreTemplateVersion(id: $id) { ${TEMPLATE_FIELDS} } }`;

export const FOOTER = `query($locale: Locale) { footer(locale: $locale) { ${FOOTER_FIELDS} } }`;
export const FOOTER_VERSIONS = `query($locale: Locale!) { footerVersions(locale: $locale) { ${VERSION_FIELDS} } }`;
export const UPDATE_FOOTER = `mutation($input: UpdateFooterInput!) { updateFooter(input: $input) { ${FOOTER_FIELDS} } }`;
export const RESET_FOOTER = `mutation($locale: Locale!) { resetFooter(locale: $locale) { ${FOOTER_FIELDS} } }`;
export const RESTORE_FOOTER = `mutation($id: ID!) { restoreFooterVersion(id: $id) { ${FOOTER_FIELDS} } }`;

export const PREVIEW = `query($input: PreviewEmailInput!) { previewEmail(input: $input) { subject html text warnings } }`;

export type Problem = { field: string; line: number; column: number; message: string; code: string };

/** The positioned problems of the first error of a refused request. */
export const problemsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }): Problem[] =>
  (res.errors?.[0]?.extensions?.problems ?? []) as Problem[];
