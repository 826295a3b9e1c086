import type { Locale } from '../common.js';
import { emailVerificationTemplate } from './catalog/email-verification.js';
import { exportReadyTemplate } from './catalog/export-ready.js';
import { insightsDigestTemplate } from './catalog/insights-digest.js';
import { metricAlertTemplate } from './catalog/metric-alert.js';
import { passwordResetTemplate } from './catalog/password-reset.js';
import { scheduledReportTemplate } from './catalog/scheduled-report.js';
import { userInvitationTemplate } from './catalog/user-invitation.js';
import { welcomeTemplate } from './catalog/welcome.js';
import { FOOTER_DEFINITION } from './footer.js';
import { GLOBAL_VARIABLES } from './globals.js';
import type { TemplateContent, TemplateData, TemplateDefinition, TemplateVariable } from './types.js';
import { localeKey } from './types.js';

/** The order is the order of the SPA's dropdown. */
export const TEMPLATE_KEYS = [
  'user_invitation',
  'email_verification',
  'password_reset',
  'welcome',
  'insights_digest',
  'scheduled_report',
  'metric_alert',
  'export_ready',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

const CATALOG: { [K in TemplateKey]: TemplateDefinition<K> } = {
  user_invitation: userInvitationTemplate,
  email_verification: emailVerificationTemplate,
  password_reset: passwordResetTemplate,
  welcome: welcomeTemplate,
  insights_digest: insightsDigestTemplate,
  scheduled_report: scheduledReportTemplate,
  metric_alert: metricAlertTemplate,
  export_ready: exportReadyTemplate,
};

export const isTemplateKey = (value: string): value is TemplateKey =>
  (TEMPLATE_KEYS as readonly string[]).includes(value);

export const getTemplateDefinition = <K extends TemplateKey>(key: K): TemplateDefinition<K> => CATALOG[key];

/** For keys that come from outside (GraphQL arguments): `undefined` instead of a throw. */
export const findTemplateDefinition = (key: string): TemplateDefinition<TemplateKey> | undefined =>
  isTemplateKey(key) ? CATALOG[key] : undefined;

export const listTemplateDefinitions = (): TemplateDefinition<TemplateKey>[] =>
  TEMPLATE_KEYS.map((key) => CATALOG[key]);

export const getDefaultContent = (key: TemplateKey, locale: Locale): TemplateContent => ({
  ...CATALOG[key].defaults[localeKey(locale)],
});

export const getDefaultFooter = (locale: Locale): string =>
  FOOTER_DEFINITION.defaults[localeKey(locale)].body;

/** Everything a template's subject, preheader and body may use: the globals, then its own. */
export const getTemplateVariables = (key: TemplateKey): TemplateVariable[] => [
  ...GLOBAL_VARIABLES,
  ...CATALOG[key].variables,
];

export const getFooterVariables = (): TemplateVariable[] => [
  ...GLOBAL_VARIABLES,
  ...FOOTER_DEFINITION.variables,
];

const samplesOf = (variables: TemplateVariable[], locale: Locale): TemplateData =>
  Object.fromEntries(variables.map((variable) => [variable.name, structuredSample(variable, locale)]));

// A fresh copy per call, so a caller that edits the data cannot change the catalog.
const structuredSample = (variable: TemplateVariable, locale: Locale) => {
  const value = variable.sample[localeKey(locale)];
  return Array.isArray(value) ? value.map((item) => ({ ...item })) : value;
};

/**
 * Sample values for the preview and test emails: the template's variables plus, where the
 * template supports the footer, the footer's, so one object renders the whole email.
 */
export const getSampleData = (key: TemplateKey, locale: Locale): TemplateData => {
  const footer = CATALOG[key].supportsFooter ? FOOTER_DEFINITION.variables : [];
  return samplesOf([...getTemplateVariables(key), ...footer], locale);
};

export const getFooterSampleData = (locale: Locale): TemplateData => samplesOf(getFooterVariables(), locale);
