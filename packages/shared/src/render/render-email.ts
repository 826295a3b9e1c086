import type { Locale } from '../common.js';
import {
  getDefaultContent,
  getDefaultFooter,
  getFooterVariables,
  getSampleData,
  getTemplateDefinition,
  getTemplateVariables,
  isTemplateKey,
  type TemplateKey,
} from '../templates/catalog.js';
import type { TemplateData } from '../templates/types.js';
import { type ParsedField, parseField, renderField, scopeOf } from './compile-field.js';
import { neutralizeUnsafeUrls, toPlainData } from './data.js';
import { getHtmlEngine, getTextEngine, RENDER_LIMITS } from './engine.js';
import { buildEmailDocument, buildTextSource } from './layout.js';
import { htmlToPlainText } from './plain-text.js';
import { type TemplateField, type TemplateProblem, TemplateRenderError } from './problems.js';
import { toSingleLine } from './text.js';
import { contentWarnings } from './warnings.js';

export type RenderEmailInput = {
  key: TemplateKey;
  locale: Locale;
  /** Omitted or null: the catalog default for the locale (likewise preheader, body, footerBody). */
  subject?: string | null;
  preheader?: string | null;
  body?: string | null;
  /** The per-template switch; omitted or null means on. Ignored where the template has no footer. */
  includeFooter?: boolean | null;
  footerBody?: string | null;
  /**
   * Values for the variables. Omitted or null: the catalog's sample data (preview, test
   * email). Given: used as is, never mixed with samples, so a real email cannot carry a
   * sample name; merge `getSampleData` in yourself where that is wanted.
   */
  data?: TemplateData | null;
  /** Shown in the header; also overrides `data.account_name`. */
  accountName?: string | null;
};

export type RenderedEmail = {
  /** One line, safe for the Subject header. */
  subject: string;
  html: string;
  text: string;
  /** Things worth telling the editor that do not stop the email, e.g. Gmail clipping. */
  warnings: string[];
};

type FieldJob = { field: TemplateField; source: string; html: boolean; scope: ReturnType<typeof scopeOf> };

/**
 * Renders an email from a template's content and data. Pure and synchronous: the SPA's
 * live preview and the API's sent email call this same function and get the same bytes.
 * Throws `TemplateRenderError` with every problem found.
 */
export const renderEmail = (input: RenderEmailInput): RenderedEmail => {
  if (!isTemplateKey(input.key)) throw new RangeError(`Unknown email template "${String(input.key)}".`);
  const definition = getTemplateDefinition(input.key);
  const defaults = getDefaultContent(input.key, input.locale);
  const withFooter = definition.supportsFooter && input.includeFooter !== false;

  const templateVariables = getTemplateVariables(input.key);
  const footerVariables = getFooterVariables();
  const data = toPlainData(input.data ?? getSampleData(input.key, input.locale));
  if (input.accountName != null) data.account_name = input.accountName;
  const warnings = neutralizeUnsafeUrls(
    data,
    withFooter ? [...templateVariables, ...footerVariables] : templateVariables,
  );

  const templateScope = scopeOf(templateVariables);
  const jobs: FieldJob[] = [
    { field: 'subject', source: input.subject ?? defaults.subject, html: false, scope: templateScope },
    { field: 'preheader', source: input.preheader ?? defaults.preheader, html: false, scope: templateScope },
    { field: 'body', source: input.body ?? defaults.body, html: true, scope: templateScope },
  ];
  if (withFooter) {
    const footerSource = input.footerBody ?? getDefaultFooter(input.locale);
    jobs.push({ field: 'footer', source: footerSource, html: true, scope: scopeOf(footerVariables) });
  }

  const rendered = renderJobs(jobs, data);
  const bodyHtml = rendered.body ?? '';
  const footerHtml = rendered.footer;
  if (bodyHtml.length + (footerHtml?.length ?? 0) > RENDER_LIMITS.outputCharacters) {
    const message = `The rendered email is longer than ${RENDER_LIMITS.outputCharacters} characters; shorten the body or its loops.`;
    throw new TemplateRenderError([{ field: 'body', line: 1, column: 1, code: 'LIMIT_EXCEEDED', message }]);
  }

  const subject = toSingleLine(rendered.subject ?? '');
  const accountName =
    toSingleLine(typeof data.account_name === 'string' ? data.account_name : '') || 'Ametrika';
  const html = buildEmailDocument({
    locale: input.locale,
    subject,
    preheader: toSingleLine(rendered.preheader ?? ''),
    accountName,
    bodyHtml,
    footerHtml,
  });
  warnings.push(...contentWarnings({ subject, html, sources: jobs.map((job) => job.source) }));
  return {
    subject,
    html,
    text: htmlToPlainText(buildTextSource({ accountName, bodyHtml, footerHtml })),
    warnings,
  };
};

/** The only LiquidJS tags that write into the render's data (others write to their own scope). */
const MAY_WRITE_DATA = /\b(?:increment|decrement)\b/;

/** Parses every field first so one response lists all problems, then renders. */
const renderJobs = (jobs: FieldJob[], data: TemplateData): Partial<Record<TemplateField, string>> => {
  const problems: TemplateProblem[] = [];
  const parsed: Array<{ job: FieldJob; field: ParsedField }> = [];
  for (const job of jobs) {
    const engine = job.html ? getHtmlEngine() : getTextEngine();
    const result = parseField(engine, job.field, job.source, job.scope);
    problems.push(...result.problems);
    if (result.parsed) parsed.push({ job, field: result.parsed });
  }
  if (problems.length > 0) throw new TemplateRenderError(problems);

  const out: Partial<Record<TemplateField, string>> = {};
  for (const { job, field } of parsed) {
    const engine = job.html ? getHtmlEngine() : getTextEngine();
    // `increment` and `decrement` write into the data they are given: a field that may use them gets a
    // fresh copy, so the subject cannot change the body's data. The others (nearly all) share one.
    const fieldData = MAY_WRITE_DATA.test(job.source) ? toPlainData(data) : data;
    const result = renderField(engine, field, fieldData, job.scope);
    if (result.problem) problems.push(result.problem);
    else out[job.field] = result.output;
  }
  if (problems.length > 0) throw new TemplateRenderError(problems);
  return out;
};
