import {
  formatProblem,
  getTemplateDefinition,
  isTemplateKey,
  localeKey,
  type Locale,
  type RenderEmailInput,
  type RenderedEmail,
  renderEmail,
  TEMPLATE_KEYS,
  type TemplateKey,
  type TemplateProblem,
  TemplateRenderError,
  updateFooterInputSchema,
} from '@ametrika/shared';
import { AppError, badInput, parseInput } from '../../graphql/errors.js';

/**
 * Content that does not render, as one BAD_USER_INPUT naming the first field. The message says line
 * and column; `problems` carries every one for the editor's markers, `fields` the usual field list.
 */
export function templateProblemsError(problems: TemplateProblem[]): AppError {
  const first = problems[0];
  // The renderer names a line for every problem it knows; this is the fallback when it named none.
  if (!first) {
    return badInput(
      'body',
      'The email could not be rendered, and no line was named. Open this email in the template editor, ' +
        'look for an unclosed {{ … }} or {% … %} in the subject, preheader, body or footer, fix it and save ' +
        'again; RESET restores the original text.',
    );
  }
  const message = formatProblem(first);
  return badInput(first.field, message.charAt(0).toUpperCase() + message.slice(1), {
    problems,
    fields: problems.map((problem) => ({ field: problem.field, message: formatProblem(problem) })),
  });
}

/** `renderEmail`, with its positioned problems turned into the API's error. */
export function renderOrThrow(input: RenderEmailInput): RenderedEmail {
  try {
    return renderEmail(input);
  } catch (error) {
    if (error instanceof TemplateRenderError) throw templateProblemsError(error.problems);
    throw error;
  }
}

export function requireTemplateKey(key: string): TemplateKey {
  if (isTemplateKey(key)) return key;
  throw badInput('key', `Unknown email type "${key}". Choose one of: ${TEMPLATE_KEYS.join(', ')}.`);
}

/** The footer switch exists only on emails that can carry the footer; switching it off is always fine. */
export function requireFooterSwitchAllowed(
  key: TemplateKey,
  locale: Locale,
  includesFooter: boolean | null | undefined,
) {
  const definition = getTemplateDefinition(key);
  if (includesFooter !== true || definition.supportsFooter) return;
  throw badInput(
    'includesFooter',
    `The email “${definition.name[localeKey(locale)]}” cannot carry the footer; leave the footer switch off.`,
  );
}

/**
 * The footer's input field is `body`, but its render problems name `footer` (as the editor knows it):
 * name size and emptiness errors `footer` too, so one field always carries the footer's errors.
 */
export function parseFooterInput(input: unknown) {
  try {
    return parseInput(updateFooterInputSchema, input);
  } catch (error) {
    if (!(error instanceof AppError) || error.extra.field !== 'body') throw error;
    const rename = (field: string) => (field === 'body' ? 'footer' : field);
    throw badInput('footer', error.message, {
      fields: error.extra.fields?.map((f) => ({ field: rename(f.field), message: f.message })),
    });
  }
}
