import { describe, expect, it } from 'vitest';
import { previewEmailInputSchema, updateFooterInputSchema, updateTemplateInputSchema } from './templates.js';

const messagesOf = (result: {
  success: boolean;
  error?: { issues: Array<{ message: string; path: PropertyKey[] }> };
}) => result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('updateTemplateInputSchema', () => {
  it('accepts a partial update of a catalog template', () => {
    const input = {
      key: 'insights_digest',
      locale: 'DE',
      subject: 'Neu: {{ period_label }}',
      includesFooter: false,
    };
    expect(updateTemplateInputSchema.parse(input)).toEqual(input);
  });

  it('names the field and the fix for each mistake', () => {
    const result = updateTemplateInputSchema.safeParse({
      key: 'newsletter',
      locale: 'FR',
      subject: 'Line one\r\nBcc: x@example.com',
      preheader: 'p'.repeat(251),
      body: ' ',
    });
    expect(messagesOf(result)).toEqual([
      'key: Key: choose one of the email types: user_invitation, email_verification, password_reset, welcome, insights_digest, scheduled_report, metric_alert, export_ready.',
      'locale: Locale: choose EN or DE.',
      'subject: Subject: keep it on one line — remove line breaks and tabs.',
      'preheader: Preheader: shorten it to at most 250 characters.',
      'body: Body: enter the text of the email; it cannot be empty.',
    ]);
  });

  it('limits the subject to 250 characters and the body to 100,000', () => {
    expect(
      updateTemplateInputSchema.safeParse({ key: 'welcome', locale: 'EN', subject: 's'.repeat(250) }).success,
    ).toBe(true);
    expect(
      messagesOf(
        updateTemplateInputSchema.safeParse({ key: 'welcome', locale: 'EN', subject: 's'.repeat(251) }),
      ),
    ).toEqual(['subject: Subject: shorten it to at most 250 characters.']);
    expect(
      messagesOf(
        updateTemplateInputSchema.safeParse({ key: 'welcome', locale: 'EN', body: 'b'.repeat(100_001) }),
      ),
    ).toEqual(['body: Body: shorten it to at most 100,000 characters.']);
    expect(
      messagesOf(updateTemplateInputSchema.safeParse({ key: 'welcome', locale: 'EN', subject: '  ' })),
    ).toEqual(['subject: Subject: enter a subject; it cannot be empty.']);
  });
});

describe('updateFooterInputSchema', () => {
  it('requires some footer text', () => {
    expect(
      updateFooterInputSchema.safeParse({ locale: 'EN', body: '<p>{{ company_address }}</p>' }).success,
    ).toBe(true);
    expect(messagesOf(updateFooterInputSchema.safeParse({ locale: 'EN', body: '' }))).toEqual([
      'body: Footer: enter some text, or switch the footer off in the templates that carry it.',
    ]);
  });
});

describe('previewEmailInputSchema', () => {
  it('allows empty fields while typing and integrator variables', () => {
    const input = { key: 'welcome', subject: '', body: '', variables: { user_name: 'Ada' } };
    expect(previewEmailInputSchema.parse(input)).toEqual(input);
  });

  it('refuses oversized variables', () => {
    const result = previewEmailInputSchema.safeParse({
      key: 'welcome',
      variables: { blob: 'x'.repeat(100_001) },
    });
    expect(messagesOf(result)).toEqual([
      'variables: Variables: keep the data below 100,000 characters of JSON.',
    ]);
  });
});
