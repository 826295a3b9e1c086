/** Who did it, for the entries no person wrote, in English and German side by side. */
import type { Localized } from '../../i18n/localized.js';

/**
 * The actors of automatic changes. Their English text is what the `actor` column keeps (with no user),
 * so an entry can be read in either language, old ones included.
 */
export const automaticActors = {
  DNS_CHECK: { en: 'Automatic DNS check', de: 'Automatische DNS-Prüfung' },
} satisfies Record<string, Localized>;

export type AutomaticActor = keyof typeof automaticActors;
