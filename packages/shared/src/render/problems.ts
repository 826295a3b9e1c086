/** The editable parts of an email; a problem names the one it was found in. */
export type TemplateField = 'subject' | 'preheader' | 'body' | 'footer';

export type TemplateProblemCode =
  | 'SYNTAX_ERROR'
  | 'UNKNOWN_VARIABLE'
  | 'MISSING_VALUE'
  | 'UNKNOWN_FILTER'
  | 'UNAVAILABLE_FILTER'
  | 'UNKNOWN_TAG'
  | 'UNAVAILABLE_TAG'
  | 'LIMIT_EXCEEDED'
  | 'RENDER_ERROR';

/** One mistake in a template, positioned for an editor marker (line and column start at 1). */
export type TemplateProblem = {
  field: TemplateField;
  line: number;
  column: number;
  message: string;
  code: TemplateProblemCode;
};

/** Thrown by `renderEmail` when the content cannot be rendered; the API maps it to BAD_USER_INPUT. */
export class TemplateRenderError extends Error {
  readonly problems: TemplateProblem[];

  constructor(problems: TemplateProblem[]) {
    super(problems.length > 0 ? formatProblem(problems[0]) : 'The email could not be rendered.');
    this.name = 'TemplateRenderError';
    this.problems = problems;
  }
}

export const formatProblem = (problem: TemplateProblem): string =>
  `${problem.field}, line ${problem.line}, column ${problem.column}: ${problem.message}`;
