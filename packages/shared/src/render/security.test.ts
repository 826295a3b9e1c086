import { describe, expect, it } from 'vitest';
import { getSampleData, getTemplateVariables, TEMPLATE_KEYS } from '../templates/catalog.js';
import type { TemplateData } from '../templates/types.js';
import { TemplateRenderError } from './problems.js';
import { renderEmail } from './render-email.js';
import { escapeHtml } from './text.js';
import { validateTemplateContent } from './validate.js';

const PAYLOAD = `<script>alert("x")</script><img src=x onerror=alert(1)>'"&`;
const ESCAPED_SCRIPT = '&lt;script&gt;alert(';

const problemsOf = (source: string) =>
  validateTemplateContent({ key: 'welcome', locale: 'EN', body: source });

const renderBody = (source: string, data?: TemplateData) => {
  try {
    return { html: renderEmail({ key: 'welcome', locale: 'EN', body: source, data }).html };
  } catch (error) {
    if (error instanceof TemplateRenderError) return { problems: error.problems };
    throw error;
  }
};

describe('escaping of every variable of every template', () => {
  // One render per variable (and list field), so each value is proven to be escaped where it lands.
  const cases = TEMPLATE_KEYS.flatMap((key) =>
    getTemplateVariables(key).flatMap((variable) =>
      variable.type === 'list'
        ? (variable.fields ?? [])
            // `direction` is only compared in `{% if %}`, never printed.
            .filter((f) => f.type !== 'url' && f.name !== 'direction')
            .map((f) => [key, `${variable.name}.${f.name}`] as const)
        : variable.type === 'url'
          ? []
          : [[key, variable.name] as const],
    ),
  );

  it.each(cases)('%s: %s', (key, path) => {
    const data = getSampleData(key, 'EN');
    const [name, field] = path.split('.');
    if (field) for (const item of data[name] as Record<string, unknown>[]) item[field] = PAYLOAD;
    else data[name] = PAYLOAD;
    const { html, subject, text } = renderEmail({ key, locale: 'EN', data });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/[^&]"x"/);
    const escapedCount = html.split(ESCAPED_SCRIPT).length - 1;
    const inSubject = subject.includes(PAYLOAD);
    // Used somewhere (body, preheader or subject), and escaped there.
    expect(escapedCount + (inSubject ? 1 : 0)).toBeGreaterThan(0);
    if (inSubject) expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
    // The text part carries the value as plain text, not as visible entities.
    expect(text).not.toContain('&lt;script');
  });

  it('keeps an attribute value inside its quotes', () => {
    const data = {
      ...getSampleData('welcome', 'EN'),
      dashboard_url: 'https://x.example/" onmouseover="alert(1)',
    };
    const { html } = renderEmail({ key: 'welcome', locale: 'EN', data });
    expect(html).toContain('href="https://x.example/&#34; onmouseover=&#34;alert(1)"');
    expect(html).not.toContain('" onmouseover="');
  });

  it('replaces javascript: and data: links in url variables and list items, with a warning', () => {
    const data = getSampleData('insights_digest', 'EN');
    data.dashboard_url = ' java\tscript:alert(1)';
    (data.insights as Array<Record<string, unknown>>)[0].url = 'data:text/html,<script>alert(1)</script>';
    const { html, warnings } = renderEmail({ key: 'insights_digest', locale: 'EN', data });
    expect(html).not.toMatch(/script:alert|data:text/);
    expect(html).toContain('<a href="#" style="display:inline-block;');
    expect(warnings).toEqual([
      '`insights.url` is not a web address and was replaced by “#”.',
      '`dashboard_url` is not a web address (http, https or mailto) and was replaced by “#”.',
    ]);
  });

  it('does not let `| raw` undo the escaping', () => {
    expect(problemsOf('{{ user_name | raw }}')[0]).toMatchObject({
      code: 'UNAVAILABLE_FILTER',
      message:
        'The filter `raw` is not available in emails. Values are always escaped so that data cannot change the layout of the email.',
    });
  });

  it('escapes exactly once even with an explicit | escape', () => {
    const data = { ...getSampleData('welcome', 'EN'), user_name: 'Tom & Jerry' };
    expect(renderBody('<p>{{ user_name | escape }}</p>', data).html).toContain('<p>Tom &amp; Jerry</p>');
  });
});

describe('template injection stays inert', () => {
  it.each([
    ['{{ constructor }}', 'constructor'],
    ['{{ this.constructor.constructor }}', 'this'],
    ['{{ __proto__ }}', '__proto__'],
    ['{{ toString }}', 'toString'],
  ])('%s is an unknown variable', (source, name) => {
    const problems = problemsOf(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'UNKNOWN_VARIABLE', line: 1, column: 4 });
    expect(problems[0].message).toContain(`unknown variable \`${name}\``);
    expect(renderBody(source).problems?.[0].code).toBe('UNKNOWN_VARIABLE');
  });

  it.each([
    '{{ user_name.constructor }}',
    '{{ user_name.__proto__ }}',
    '{{ user_name["constructor"]["constructor"] }}',
    '{% assign c = "constructor" %}{{ user_name[c][c] }}',
    '{{ user_name.__proto__.polluted }}',
    '{{ user_name.constructor.constructor("return 1")() }}',
  ])('%s never reaches a prototype', (source) => {
    const result = renderBody(source);
    expect(result.html ?? '').not.toMatch(/function|native code|\[object/);
    expect(result.problems?.[0].code).toMatch(/UNKNOWN_VARIABLE|SYNTAX_ERROR/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores prototype keys and functions in the data', () => {
    const data = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": "x"}') as TemplateData;
    const sample = {
      ...getSampleData('welcome', 'EN'),
      ...data,
      user_name: { toLiquid: () => 'called', name: 'n' },
    };
    const result = renderBody('{{ user_name.name }}', sample);
    expect(result.html).toContain('\nn\n');
    expect(result.html).not.toContain('called');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps `increment` in one field from changing the data of the next field or the caller', () => {
    const data = { ...getSampleData('welcome', 'EN'), user_name: 'Anna' };
    const { subject, html } = renderEmail({
      key: 'welcome',
      locale: 'EN',
      subject: 'Hi {% increment user_name %}{% increment user_name %}',
      body: '<p>{{ user_name }} {% decrement user_name %}</p>',
      data,
    });
    expect(subject).toBe('Hi 01');
    expect(html).toContain('<p>Anna -1</p>');
    expect(data.user_name).toBe('Anna');
  });

  it.each(['include', 'render', 'layout'])('the %s tag cannot read files or the network', (tag) => {
    const [problem] = problemsOf(`{% ${tag} "../../../etc/passwd" %}`);
    expect(problem).toMatchObject({ code: 'UNAVAILABLE_TAG', line: 1, column: 1 });
    expect(problem.message).toMatch(
      new RegExp(`^The tag \`\\{% ${tag} %\\}\` is not available in emails\\.`),
    );
  });

  it('has no clock or randomness: date and sample are unavailable', () => {
    expect(problemsOf('{{ "now" | date: "%Y" }}')[0].code).toBe('UNAVAILABLE_FILTER');
    expect(problemsOf('{{ "a,b" | split: "," | sample }}')[0].code).toBe('UNAVAILABLE_FILTER');
  });
});

describe('limits', () => {
  const limitProblem = (source: string) => {
    const started = performance.now();
    const problems = problemsOf(source);
    const elapsed = performance.now() - started;
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe('LIMIT_EXCEEDED');
    expect(elapsed).toBeLessThan(2000);
    return problems[0];
  };

  it('stops a 10^9-iteration loop at once', () => {
    const problem = limitProblem('<p>{% for i in (1..1000000000) %}x{% endfor %}</p>');
    expect(problem.message).toMatch(
      /^This template builds too much text .* was stopped at the limit of 5,000,000 characters\.$/,
    );
    expect(problem).toMatchObject({ line: 1, column: 4 });
  });

  it('stops nested loops that would run 10^10 times at the render time limit', () => {
    const problem = limitProblem(
      '{% for i in (1..100000) %}{% for j in (1..100000) %}{{ j }}{% endfor %}{% endfor %}',
    );
    expect(problem.message).toBe(
      'This template takes too long to render (for example a loop with too many steps) and was stopped after 300 ms.',
    );
  });

  it('stops a doubling append chain', () => {
    const chain = Array.from({ length: 40 }, () => '{% assign s = s | append: s %}').join('\n');
    const problem = limitProblem(`{% assign s = "0123456789" %}\n${chain}\n{{ s }}`);
    expect(problem.message).toMatch(/^This template builds too much text/);
    expect(problem.line).toBeGreaterThan(15);
  });

  it('stops a doubling append in a loop', () => {
    limitProblem(
      '{% assign s = "x" %}{% for i in (1..100) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}',
    );
  });
});
