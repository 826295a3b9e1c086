import { describe, expect, it } from 'vitest';
import { templateProblemsError } from './template-errors.js';

describe('templateProblemsError', () => {
  it('names the first problem with its line and column', () => {
    const error = templateProblemsError([
      { field: 'subject', line: 1, column: 7, code: 'UNKNOWN_VARIABLE', message: 'unknown variable "nme"' },
    ]);
    expect(error.message).toBe('Subject, line 1, column 7: unknown variable "nme"');
    expect(error.extra.field).toBe('subject');
  });

  it('says what to do next when the renderer named no line', () => {
    const error = templateProblemsError([]);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^The email could not be rendered/);
    expect(error.message).toMatch(/template editor.*save again/);
  });
});
