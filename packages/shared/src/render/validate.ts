import type { Locale } from '../common.js';
import {
  getFooterSampleData,
  getFooterVariables,
  getSampleData,
  getTemplateVariables,
  type TemplateKey,
} from '../templates/catalog.js';
import type { TemplateData, TemplateVariable } from '../templates/types.js';
import { parseField, renderField } from './compile-field.js';
import { scopeOf } from './compile-field.js';
import { toPlainData } from './data.js';
import { getHtmlEngine, getTextEngine } from './engine.js';
import type { TemplateField, TemplateProblem } from './problems.js';

export type ValidateTemplateContentInput = {
  key: TemplateKey;
  locale: Locale;
  /** Only the fields given are checked; a save that changes only the body checks only the body. */
  subject?: string | null;
  preheader?: string | null;
  body?: string | null;
};

const checkField = (
  field: TemplateField,
  source: string,
  variables: TemplateVariable[],
  sample: TemplateData,
): TemplateProblem[] => {
  const engine = field === 'subject' || field === 'preheader' ? getTextEngine() : getHtmlEngine();
  const scope = scopeOf(variables);
  const { parsed, problems } = parseField(engine, field, source, scope);
  if (!parsed) return problems;
  // A trial render with the sample data finds what the static check cannot: wrong item
  // fields inside loops and templates that run into the limits.
  const result = renderField(engine, parsed, toPlainData(sample), scope);
  return result.problem ? [result.problem] : [];
};

/**
 * Problems that would stop the content from rendering, with line and column per field.
 * An empty array means the content may be saved. Cheap enough to run on every keystroke.
 */
export const validateTemplateContent = (input: ValidateTemplateContentInput): TemplateProblem[] => {
  const variables = getTemplateVariables(input.key);
  const sample = getSampleData(input.key, input.locale);
  const problems: TemplateProblem[] = [];
  for (const field of ['subject', 'preheader', 'body'] as const) {
    const source = input[field];
    if (source != null) problems.push(...checkField(field, source, variables, sample));
  }
  return problems;
};

export const validateFooterContent = (input: { locale: Locale; body: string }): TemplateProblem[] =>
  checkField('footer', input.body, getFooterVariables(), getFooterSampleData(input.locale));
