import type { TemplateField, TemplateProblem } from '@ametrika/shared';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

const FIELDS: TemplateField[] = ['subject', 'preheader', 'body', 'footer'];

const isProblem = (value: unknown): value is TemplateProblem => {
  const problem = value as Partial<TemplateProblem> | null;
  return (
    typeof problem?.line === 'number' &&
    typeof problem.column === 'number' &&
    typeof problem.message === 'string' &&
    FIELDS.includes(problem.field as TemplateField)
  );
};

/**
 * A refused save answers BAD_USER_INPUT with `extensions.problems` (field, line, column, message);
 * the editor shows them as markers exactly like the problems it finds itself while typing.
 */
export function problemsOfError(error: unknown): TemplateProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    if (graphQLError.extensions?.code !== 'BAD_USER_INPUT') return [];
    const problems = graphQLError.extensions.problems;
    return Array.isArray(problems) ? problems.filter(isProblem) : [];
  });
}

/** One problem per position: the same mistake found by the browser and by the server is shown once. */
export function uniqueProblems(problems: TemplateProblem[]): TemplateProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const id = `${problem.field}:${problem.line}:${problem.column}:${problem.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
