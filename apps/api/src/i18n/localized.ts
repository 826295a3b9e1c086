import type { Locale } from '@ametrika/shared';

/**
 * One sentence the API writes, in both UI languages side by side, so a new sentence cannot be
 * added in one language and forgotten in the other.
 */
export type Localized = { en: string; de: string };

/** The caller's language; English when none was given (integrators, the worker, old clients). */
export const inLocale = (text: Localized, locale: Locale = 'EN'): string =>
  locale === 'DE' ? text.de : text.en;
