import type { Liquid, Template } from 'liquidjs';
import type { TemplateVariable } from '../templates/types.js';
import { problemFromLiquidError, unknownVariableMessage, type VariableScope } from './liquid-errors.js';
import type { TemplateField, TemplateProblem } from './problems.js';

export const scopeOf = (variables: TemplateVariable[]): VariableScope => ({
  names: variables.map((variable) => variable.name),
  itemFields: [
    ...new Set(variables.flatMap((variable) => (variable.fields ?? []).map((field) => field.name))),
  ],
});

export type ParsedField = { field: TemplateField; templates: Template[] };

const byPosition = (a: TemplateProblem, b: TemplateProblem) => a.line - b.line || a.column - b.column;

/**
 * Parses one field and checks every variable it reads against the declared ones, without
 * rendering: a typo is reported even where sample data would never reach it (an `if`
 * branch that is false for the sample).
 */
type ParseResult = { parsed?: ParsedField; problems: TemplateProblem[] };

/**
 * Parsed templates are immutable, so the same source parses once: sending thousands of digests, or a
 * preview that re-renders on every keystroke, re-uses the result. Bounded, oldest entries go first.
 */
const PARSE_CACHE_SIZE = 256;
const parseCache = new WeakMap<Liquid, Map<string, ParseResult>>();

export const parseField = (
  engine: Liquid,
  field: TemplateField,
  source: string,
  scope: VariableScope,
): ParseResult => {
  let cache = parseCache.get(engine);
  if (!cache) {
    cache = new Map();
    parseCache.set(engine, cache);
  }
  const key = `${field}\u0000${scope.names.join(',')}\u0000${scope.itemFields.join(',')}\u0000${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = parseFieldUncached(engine, field, source, scope);
  if (cache.size >= PARSE_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
};

const parseFieldUncached = (
  engine: Liquid,
  field: TemplateField,
  source: string,
  scope: VariableScope,
): ParseResult => {
  let templates: Template[];
  try {
    templates = engine.parse(source);
  } catch (error) {
    return { problems: [problemFromLiquidError(field, error, scope)] };
  }
  const analysis = engine.analyzeSync(templates, { partials: false });
  const problems: TemplateProblem[] = [];
  for (const [name, uses] of Object.entries(analysis.globals)) {
    if (scope.names.includes(name)) continue;
    for (const use of uses) {
      const message = unknownVariableMessage(name, scope);
      problems.push({
        field,
        line: use.location.row,
        column: use.location.col,
        code: 'UNKNOWN_VARIABLE',
        message,
      });
    }
  }
  problems.sort(byPosition);
  return problems.length > 0 ? { problems } : { parsed: { field, templates }, problems };
};

/** Renders a parsed field; strict variables catch wrong item fields (`insight.metrc`). */
export const renderField = (
  engine: Liquid,
  parsed: ParsedField,
  data: Record<string, unknown>,
  scope: VariableScope,
): { output: string; problem?: undefined } | { output?: undefined; problem: TemplateProblem } => {
  try {
    return { output: String(engine.renderSync(parsed.templates, data)) };
  } catch (error) {
    return { problem: problemFromLiquidError(parsed.field, error, scope) };
  }
};
