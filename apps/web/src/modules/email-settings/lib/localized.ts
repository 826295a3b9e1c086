import type { TFunction } from 'i18next';

type Hint = { en: string; de: string } | null | undefined;

/** The API sends hints in both languages; show the one of the UI. */
export function hintText(hint: Hint, language: string) {
  if (!hint) return undefined;
  return language.startsWith('de') ? hint.de : hint.en;
}

/**
 * The API explains an unavailable sender in English with a machine-readable code. English keeps the
 * server's wording (it may be more specific); other languages translate the code.
 */
export function reasonText(
  code: string | null | undefined,
  reason: string | null | undefined,
  t: TFunction,
  language: string,
) {
  if (language.startsWith('en') && reason) return reason;
  if (!code) return reason ?? undefined;
  return t(`reasons.${code}`, { defaultValue: reason ?? '' }) || undefined;
}
