import { LOCALES, type Locale, type TemplateKey } from '@ametrika/shared';

/** What the editor works on: one email type in one locale, or the footer in one locale. */
export type EditTarget =
  | { kind: 'template'; key: TemplateKey; locale: Locale }
  | { kind: 'footer'; locale: Locale };

/** The value of the dropdown entry that stands for the footer; no template key can collide with it. */
export const FOOTER_ENTRY = 'footer';

export const isLocale = (value: string | null | undefined): value is Locale =>
  (LOCALES as readonly string[]).includes(value ?? '');

/** The UI language ('en', 'de', 'de-AT') as the content locale it suggests. */
export const localeOfLanguage = (language: string | undefined): Locale =>
  language?.toLowerCase().startsWith('de') ? 'DE' : 'EN';
