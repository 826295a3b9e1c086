import { allowedFilterNames, allowedTagNames, RENDER_LIMITS, UNAVAILABLE_REASONS } from './engine.js';
import type { TemplateField, TemplateProblem, TemplateProblemCode } from './problems.js';
import { suggestName } from './suggest.js';

/** What a field may refer to: variable names, and the item fields of its lists. */
export type VariableScope = { names: string[]; itemFields: string[] };

type Position = { line: number; column: number };

const positionOf = (error: unknown): Position => {
  const token = (error as { token?: { getPosition?: () => number[] } }).token;
  const [line, column] = token?.getPosition?.() ?? [];
  if (line && column) return { line, column };
  const match = /line:(\d+), col:(\d+)/.exec(String((error as Error)?.message));
  return match ? { line: Number(match[1]), column: Number(match[2]) } : { line: 1, column: 1 };
};

const rawMessageOf = (error: unknown): string => {
  const inner = (error as { originalError?: Error }).originalError?.message;
  const message = inner ?? (error instanceof Error ? error.message : String(error));
  return message.replace(/, line:\d+, col:\d+$/, '');
};

const didYouMean = (suggestion: string | undefined) =>
  suggestion ? ` — did you mean \`${suggestion}\`?` : '';

export const unknownVariableMessage = (name: string, scope: VariableScope): string => {
  const suggestion = suggestName(name, scope.names);
  if (suggestion) return `unknown variable \`${name}\`${didYouMean(suggestion)}`;
  return `unknown variable \`${name}\` — this email can use: ${scope.names.map((n) => `\`${n}\``).join(', ')}.`;
};

const undefinedPathMessage = (
  path: string,
  scope: VariableScope,
): { code: TemplateProblemCode; message: string } => {
  const segments = path.split('.');
  if (segments.length === 1) {
    if (scope.names.includes(path)) {
      return { code: 'MISSING_VALUE', message: `\`${path}\` has no value in the data for this email.` };
    }
    return { code: 'UNKNOWN_VARIABLE', message: unknownVariableMessage(path, scope) };
  }
  // `insight.metrc` inside a loop: the root is a loop variable, so suggest an item field.
  const last = segments[segments.length - 1];
  const suggestion = suggestName(last, [...scope.itemFields, 'size', 'first', 'last']);
  const fixed = suggestion ? [...segments.slice(0, -1), suggestion].join('.') : undefined;
  const hint = fixed ? didYouMean(fixed) : ` — \`${segments.slice(0, -1).join('.')}\` has no \`${last}\`.`;
  return { code: 'UNKNOWN_VARIABLE', message: `unknown variable \`${path}\`${hint}` };
};

// Not toLocaleString: messages must not depend on the runtime's ICU data.
const groupDigits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const LIMIT_MESSAGES: Record<string, string> = {
  'memory alloc': `This template builds too much text (for example a very long loop or a text that keeps doubling) and was stopped at the limit of ${groupDigits(RENDER_LIMITS.memoryCharacters)} characters.`,
  'template render': `This template takes too long to render (for example a loop with too many steps) and was stopped after ${RENDER_LIMITS.renderMilliseconds} ms.`,
  'parse length': `This template is too long to process (at most ${groupDigits(RENDER_LIMITS.parseCharacters)} characters).`,
};

const describe = (
  raw: string,
  isSyntax: boolean,
  scope: VariableScope,
): { code: TemplateProblemCode; message: string } => {
  let m = /^undefined variable: (.+)$/.exec(raw);
  if (m) return undefinedPathMessage(m[1], scope);

  m = /^undefined filter: (\S+)/.exec(raw);
  if (m) {
    const reason = UNAVAILABLE_REASONS[m[1]];
    if (reason)
      return {
        code: 'UNAVAILABLE_FILTER',
        message: `The filter \`${m[1]}\` is not available in emails. ${reason}`,
      };
    return {
      code: 'UNKNOWN_FILTER',
      message: `unknown filter \`${m[1]}\`${didYouMean(suggestName(m[1], allowedFilterNames()))}`,
    };
  }

  m = /^tag "([^"]+)" not found$/.exec(raw);
  if (m) {
    const name = m[1];
    const reason = UNAVAILABLE_REASONS[name];
    if (reason)
      return {
        code: 'UNAVAILABLE_TAG',
        message: `The tag \`{% ${name} %}\` is not available in emails. ${reason}`,
      };
    if (name.startsWith('end')) {
      const opener = name.slice(3);
      return {
        code: 'SYNTAX_ERROR',
        message: `\`{% ${name} %}\` closes a block that is not open here: check for a missing or misplaced \`{% ${opener} %}\`.`,
      };
    }
    const suggestion = suggestName(name, allowedTagNames());
    return {
      code: 'UNKNOWN_TAG',
      message: `unknown tag \`{% ${name} %}\`${didYouMean(suggestion ? `{% ${suggestion} %}` : undefined)}`,
    };
  }

  m = /^tag \{%-?\s*(\w+)[\s\S]*%\} not closed/.exec(raw);
  if (m) {
    return {
      code: 'SYNTAX_ERROR',
      message: `\`{% ${m[1]} %}\` is opened here but never closed: add \`{% end${m[1]} %}\`.`,
    };
  }
  if (/^tag "[\s\S]*" not closed/.test(raw)) {
    return { code: 'SYNTAX_ERROR', message: 'This tag is missing its closing `%}`.' };
  }
  if (/^output "[\s\S]*" not closed/.test(raw)) {
    return { code: 'SYNTAX_ERROR', message: 'This variable is missing its closing `}}`.' };
  }
  if (/^invalid value expression/.test(raw)) {
    return {
      code: 'SYNTAX_ERROR',
      message: 'Something is missing here: an empty `{{ }}`, or a tag without the value it needs.',
    };
  }
  m = /^illegal tag: ([\s\S]*)$/.exec(raw);
  if (m) {
    return {
      code: 'SYNTAX_ERROR',
      message: `This tag is not written correctly: ${m[1]}. For a loop, write \`{% for item in list %}\`.`,
    };
  }
  if (/^expected "\|" before filter/.test(raw)) {
    return {
      code: 'SYNTAX_ERROR',
      message: 'Liquid expected a `|` before a filter here. To compare two values, use `==`.',
    };
  }
  m = /^(memory alloc|template render|parse length) limit exceeded/.exec(raw);
  if (m) return { code: 'LIMIT_EXCEEDED', message: LIMIT_MESSAGES[m[1]] };

  if (isSyntax) return { code: 'SYNTAX_ERROR', message: `This part could not be read: ${raw}.` };
  return { code: 'RENDER_ERROR', message: `This part could not be rendered: ${raw}.` };
};

/** Turns whatever LiquidJS threw into a positioned problem in plain language. */
export const problemFromLiquidError = (
  field: TemplateField,
  error: unknown,
  scope: VariableScope,
): TemplateProblem => {
  const name = (error as { name?: string })?.name;
  const isSyntax = name === 'ParseError' || name === 'TokenizationError';
  const { code, message } = describe(rawMessageOf(error), isSyntax, scope);
  return { field, ...positionOf(error), code, message };
};
