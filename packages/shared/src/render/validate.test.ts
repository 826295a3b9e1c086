import { describe, expect, it } from 'vitest';
import { validateFooterContent, validateTemplateContent } from './validate.js';

const body = (source: string, key: 'welcome' | 'insights_digest' = 'welcome') =>
  validateTemplateContent({ key, locale: 'EN', body: source });

describe('validateTemplateContent', () => {
  it('accepts content that only uses declared variables', () => {
    expect(
      body('<p>Hi {{ user_name }}, see {{ dashboard_url }} for {{ account_name | upcase }}.</p>'),
    ).toEqual([]);
  });

  it('reports an unknown variable with line, column and the closest declared name', () => {
    expect(body('<p>Hello,</p>\n  <p>{{ usr_name }}</p>')).toEqual([
      {
        field: 'body',
        line: 2,
        column: 9,
        code: 'UNKNOWN_VARIABLE',
        message: 'unknown variable `usr_name` — did you mean `user_name`?',
      },
    ]);
  });

  it('finds unknown variables in branches the sample data never reaches', () => {
    const problems = body('{% if false %}\n{{ dashbord_url }}\n{% endif %}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, column: 4, code: 'UNKNOWN_VARIABLE' });
    expect(problems[0].message).toBe('unknown variable `dashbord_url` — did you mean `dashboard_url`?');
  });

  it('lists the usable variables when nothing is close', () => {
    const [problem] = body('{{ quarterly_revenue }}');
    expect(problem.message).toBe(
      'unknown variable `quarterly_revenue` — this email can use: `account_name`, `recipient_email`, `user_name`, `dashboard_url`, `help_url`.',
    );
  });

  it('reports every unknown variable, in order, and names the field', () => {
    const problems = validateTemplateContent({
      key: 'welcome',
      locale: 'DE',
      subject: 'Hallo {{ nme }}',
      preheader: '{{ a }} {{ b }}',
    });
    expect(problems.map((p) => [p.field, p.line, p.column])).toEqual([
      ['subject', 1, 10],
      ['preheader', 1, 4],
      ['preheader', 1, 12],
    ]);
  });

  it('suggests the item field for a typo inside a loop', () => {
    const problems = body(
      '{% for insight in insights %}\n<p>{{ insight.metrc }}</p>\n{% endfor %}',
      'insights_digest',
    );
    expect(problems).toEqual([
      {
        field: 'body',
        line: 2,
        column: 7,
        code: 'UNKNOWN_VARIABLE',
        message: 'unknown variable `insight.metrc` — did you mean `insight.metric`?',
      },
    ]);
  });

  it('explains an unclosed block and says how to close it', () => {
    expect(body('<p>Hi</p>\n{% if user_name %}\n<p>x</p>')).toEqual([
      {
        field: 'body',
        line: 2,
        column: 1,
        code: 'SYNTAX_ERROR',
        message: '`{% if %}` is opened here but never closed: add `{% endif %}`.',
      },
    ]);
  });

  it('explains other syntax errors in plain language with their position', () => {
    expect(body('<p>{{ user_name </p>')[0]).toMatchObject({
      line: 1,
      column: 4,
      code: 'SYNTAX_ERROR',
      message: 'This variable is missing its closing `}}`.',
    });
    expect(body('ab\n{% if user_name')[0]).toMatchObject({
      line: 2,
      column: 1,
      message: 'This tag is missing its closing `%}`.',
    });
    expect(body('{% endfor %}')[0]).toMatchObject({ code: 'SYNTAX_ERROR', line: 1, column: 1 });
    expect(body('{% endfor %}')[0].message).toContain('`{% endfor %}` closes a block that is not open here');
    expect(body('x {{ }}')[0]).toMatchObject({ line: 1, column: 6, code: 'SYNTAX_ERROR' });
  });

  it('suggests the right filter or tag for a typo', () => {
    expect(body('{{ user_name | upcse }}')[0]).toMatchObject({
      code: 'UNKNOWN_FILTER',
      message: 'unknown filter `upcse` — did you mean `upcase`?',
    });
    expect(body('{% iff user_name %}{% endif %}')[0]).toMatchObject({
      code: 'UNKNOWN_TAG',
      message: 'unknown tag `{% iff %}` — did you mean `{% if %}`?',
    });
  });

  it('checks only the fields it is given', () => {
    expect(validateTemplateContent({ key: 'welcome', locale: 'EN' })).toEqual([]);
  });

  it('validates the footer against the footer variables', () => {
    expect(
      validateFooterContent({ locale: 'EN', body: '<p>{{ company_address }} {{ unsubscribe_url }}</p>' }),
    ).toEqual([]);
    expect(validateFooterContent({ locale: 'EN', body: '<p>{{ user_name }}</p>' })[0]).toMatchObject({
      field: 'footer',
      code: 'UNKNOWN_VARIABLE',
    });
    expect(validateFooterContent({ locale: 'DE', body: '{{ unsubscribe_ur }}' })[0].message).toBe(
      'unknown variable `unsubscribe_ur` — did you mean `unsubscribe_url`?',
    );
  });
});
