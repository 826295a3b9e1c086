import { describe, expect, it } from 'vitest';
import { LOCALES } from '../common.js';
import { getDefaultContent, getDefaultFooter, getSampleData, TEMPLATE_KEYS } from '../templates/catalog.js';
import { TemplateRenderError } from './problems.js';
import { htmlToPlainText } from './plain-text.js';
import { renderEmail } from './render-email.js';
import { validateFooterContent, validateTemplateContent } from './validate.js';

const cases = TEMPLATE_KEYS.flatMap((key) => LOCALES.map((locale) => [key, locale] as const));

describe('renderEmail with the catalog defaults', () => {
  it.each(cases)('%s (%s) renders its sample data without warnings or problems', (key, locale) => {
    const { subject, html, text, warnings } = renderEmail({ key, locale });
    expect(warnings).toEqual([]);
    expect(subject).not.toContain('{{');
    expect(subject).not.toBe('');
    expect(html).not.toMatch(/\{\{|\{%|Liquid/);
    expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(html).toContain(`<html lang="${locale.toLowerCase()}"`);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('Nordlicht Analytics</td>');
    expect(text).toContain('Nordlicht Analytics');
    expect(validateTemplateContent({ key, locale, ...getDefaultContent(key, locale) })).toEqual([]);
  });

  it.each(LOCALES)('the default footer (%s) validates', (locale) => {
    expect(validateFooterContent({ locale, body: getDefaultFooter(locale) })).toEqual([]);
  });

  it('builds a complete document: title equals the subject, hidden preheader, header, body, footer', () => {
    const { subject, html } = renderEmail({ key: 'user_invitation', locale: 'EN' });
    expect(subject).toBe('Jonas Weber invited you to Nordlicht Analytics on Ametrika');
    expect(html).toContain('<title>Jonas Weber invited you to Nordlicht Analytics on Ametrika</title>');
    expect(html).toMatch(
      /<div class="preheader" style="display:none;[^"]*">Accept the invitation to start working with your team’s analytics\./,
    );
    expect(html).toContain('href="https://app.ametrika.com/invite/7d3f9a41c2e8"');
    expect(html).toContain('This invitation expires in 7 days.');
    expect(html).toContain('class="email-pad email-footer"');
  });

  it('renders the insights digest with one row per insight and the direction of each change', () => {
    const { html, text } = renderEmail({ key: 'insights_digest', locale: 'DE' });
    expect(html.match(/<tr>\n<td style="padding:12px 0;/g)).toHaveLength(5);
    expect(html).toContain('color:#15803d;">▲ +18,4 %</td>');
    expect(html).toContain('color:#b91c1c;">▼ −7,2 %</td>');
    expect(text).toContain(
      'Sitzungen\n[https://app.ametrika.com/nordlicht/metrics/sessions?range=2025-03-03..2025-03-09]',
    );
    expect(text).toContain('48.210 ▲ +18,4 %');
  });

  it('generates the plain-text part with links as "text [url]" and without the preheader', () => {
    const { text } = renderEmail({ key: 'password_reset', locale: 'EN' });
    expect(text).toContain('Choose a new password [https://app.ametrika.com/reset-password/e2a47c0d91b5]');
    expect(text).not.toContain('Use this link within 60 minutes');
    expect(text).not.toContain('<');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('includes the footer only where the template supports it and the switch is on', () => {
    const footerText = 'This email was sent to anna.becker@nordlicht.example';
    expect(renderEmail({ key: 'welcome', locale: 'EN' }).html).toContain(footerText);
    expect(renderEmail({ key: 'welcome', locale: 'EN', includeFooter: true }).html).toContain(footerText);
    expect(renderEmail({ key: 'welcome', locale: 'EN', includeFooter: false }).html).not.toContain(
      footerText,
    );
    expect(renderEmail({ key: 'password_reset', locale: 'EN', includeFooter: true }).html).not.toContain(
      footerText,
    );
    expect(renderEmail({ key: 'email_verification', locale: 'EN' }).html).not.toContain('email-footer');
    const custom = renderEmail({
      key: 'metric_alert',
      locale: 'DE',
      footerBody: '<p>Fußzeile {{ account_name }}</p>',
    });
    expect(custom.html).toContain('<p>Fußzeile Nordlicht Analytics</p>');
  });

  it('is deterministic: two renders give the same bytes', () => {
    for (const [key, locale] of cases) {
      expect(renderEmail({ key, locale })).toEqual(renderEmail({ key, locale }));
    }
  });

  it('collapses CR, LF and other control characters in the subject to single spaces', () => {
    const data = { ...getSampleData('welcome', 'EN'), account_name: 'Evil\r\nBcc: victim@example.com' };
    const { subject, html } = renderEmail({
      key: 'welcome',
      locale: 'EN',
      data,
      subject: '  Hi\t{{ account_name }}\u2028end\n',
    });
    expect(subject).toBe('Hi Evil Bcc: victim@example.com end');
    expect(subject).not.toMatch(/[\r\n]/);
    expect(html).toContain('<title>Hi Evil Bcc: victim@example.com end</title>');
  });

  it('uses the given account name in the header and for account_name', () => {
    const { html, subject } = renderEmail({
      key: 'welcome',
      locale: 'DE',
      accountName: 'Müller & Söhne <KG>',
    });
    expect(subject).toBe('Willkommen bei Müller & Söhne <KG> auf Ametrika');
    expect(html).toContain('Müller &amp; Söhne &lt;KG&gt;</td>');
    expect(html).toContain('<title>Willkommen bei Müller &amp; Söhne &lt;KG&gt; auf Ametrika</title>');
  });

  it('uses given data as is and reports a declared variable without a value', () => {
    const { user_name: _omitted, ...data } = getSampleData('welcome', 'EN');
    const error = catchError(() => renderEmail({ key: 'welcome', locale: 'EN', data }));
    expect(error.problems).toEqual([
      {
        field: 'body',
        line: 1,
        // Positions point at the variable itself, as the static check does.
        column: getDefaultContent('welcome', 'EN').body.split('\n')[0].indexOf('user_name') + 1,
        code: 'MISSING_VALUE',
        message: '`user_name` has no value in the data for this email.',
      },
    ]);
  });

  it('warns when the HTML passes 100 KB, where Gmail starts clipping', () => {
    const body = `<p>${'Lorem ipsum dolor sit amet. '.repeat(4000)}</p>`;
    const { warnings } = renderEmail({ key: 'welcome', locale: 'EN', body });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^The email is 1\d\d KB; Gmail clips messages larger than 102 KB/);
  });

  it('warns about an empty subject and about scripts written into the body', () => {
    const { warnings } = renderEmail({
      key: 'welcome',
      locale: 'EN',
      subject: ' ',
      body: '<script>x()</script><img onerror=y>',
    });
    expect(warnings).toEqual([
      'The subject is empty; most mail clients show “(no subject)”.',
      'The template contains scripts; email clients remove them.',
      'The template contains event handlers such as onclick; email clients remove them.',
    ]);
  });

  it('throws a TemplateRenderError listing the problems of every field', () => {
    const error = catchError(() =>
      renderEmail({
        key: 'welcome',
        locale: 'EN',
        subject: 'Hi {{ usr_name }}',
        body: '{% if %}',
        footerBody: '{{ x',
      }),
    );
    expect(error).toBeInstanceOf(TemplateRenderError);
    expect(error.problems.map((p) => [p.field, p.code])).toEqual([
      ['subject', 'UNKNOWN_VARIABLE'],
      ['body', 'SYNTAX_ERROR'],
      ['footer', 'SYNTAX_ERROR'],
    ]);
    expect(error.message).toBe(
      'subject, line 1, column 7: unknown variable `usr_name` — did you mean `user_name`?',
    );
  });
});

const catchError = (fn: () => unknown): TemplateRenderError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof TemplateRenderError) return error;
    throw error;
  }
  throw new Error('expected a TemplateRenderError');
};

describe('the text part', () => {
  const bodies = [
    '<h1>Title</h1><p>Para with <a href="https://x.example/a">a link</a> and <b>bold</b>.</p><ul><li>one</li><li>two</li></ul>',
    '<table><tr><th>Metric</th><th>Value</th></tr><tr><td>Visitors</td><td>{{ account_name }}</td></tr></table><pre>  kept  </pre>',
    '<blockquote>Quoted<br>line</blockquote><img src="https://x.example/i.png" alt="logo"><ol><li>first</li></ol><hr><p>after</p>',
    'Plain words without any tag at all, long enough to be wrapped by the converter at seventy-eight characters.',
  ];
  const full = (html: string) => htmlToPlainText(html);
  it.each(cases)('%s (%s) says what the whole HTML says, with and without the footer', (key, locale) => {
    for (const includeFooter of [true, false]) {
      const { html, text } = renderEmail({ key, locale, includeFooter });
      expect(text).toBe(full(html));
    }
  });
  it.each(bodies)('a custom body says what the whole HTML says: %s', (body) => {
    for (const accountName of ['Nordlicht & Söhne <GmbH>', 'A']) {
      const { html, text } = renderEmail({ key: 'insights_digest', locale: 'DE', body, accountName });
      expect(text).toBe(full(html));
    }
  });
});
