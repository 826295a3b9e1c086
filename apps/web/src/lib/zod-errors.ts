import type { TFunction } from 'i18next';

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

// The structural part of a zod issue that we read; zod itself is a dependency of @ametrika/shared.
type Issue = { path: readonly PropertyKey[]; code: string; message: string; format?: unknown };

/**
 * The shared zod schemas carry English messages. For other languages each issue is looked up
 * as `validation.<field>_<code>[_<format>]`; the schema's own message is the fallback.
 */
export function toFieldErrors<Field extends string>(
  error: { issues: readonly Issue[] },
  t: TFunction,
): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '') as Field;
    if (errors[field]) continue; // The first problem of a field is the one worth fixing first.
    const format = typeof issue.format === 'string' ? `_${issue.format}` : '';
    errors[field] = t(`validation.${field}_${issue.code}${format}`, { defaultValue: issue.message });
  }
  return errors;
}
