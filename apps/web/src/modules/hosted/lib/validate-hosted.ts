import { hostedDomainInputSchema, normalizeHostedDomain } from '@ametrika/shared';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../../lib/zod-errors';

export type HostedField = 'domain' | 'fromEmail' | 'fromName';
export type HostedFormValues = { domain: string; fromEmail: string; fromName: string };

/**
 * The shared schema's messages are English and its domain and sender checks are all `custom`
 * issues, so other languages look the reason up by what actually failed instead of by zod code.
 */
function translationKey(field: HostedField, code: string, values: HostedFormValues) {
  if (field === 'domain') {
    const result = normalizeHostedDomain(values.domain);
    return result.ok ? undefined : `domain_${result.code}`;
  }
  if (field === 'fromEmail')
    return values.fromEmail.includes('@') ? 'fromEmail_wrongDomain' : 'fromEmail_localPart';
  return `fromName_${code}`;
}

export function validateHostedForm(values: HostedFormValues, t: TFunction) {
  const parsed = hostedDomainInputSchema.safeParse({
    domain: values.domain,
    fromEmail: values.fromEmail,
    fromName: values.fromName.trim() === '' ? null : values.fromName,
  });
  if (parsed.success) return { data: parsed.data, errors: {} as FieldErrors<HostedField> };
  const errors: FieldErrors<HostedField> = {};
  const unicode = normalizeHostedDomain(values.domain);
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '') as HostedField;
    if (errors[field]) continue;
    const key = translationKey(field, issue.code, values);
    errors[field] = key
      ? t(`validation.${key}`, {
          defaultValue: issue.message,
          domain: unicode.ok ? unicode.domain.unicode : values.domain,
        })
      : issue.message;
  }
  return { data: undefined, errors };
}

/** `münchen.de` → `xn--mnchen-3ya.de` while typing, so the admin sees the name DNS will use. */
export function asciiFormOf(domain: string): string | undefined {
  const result = normalizeHostedDomain(domain);
  if (!result.ok || result.domain.ascii === result.domain.unicode) return undefined;
  return result.domain.ascii;
}
