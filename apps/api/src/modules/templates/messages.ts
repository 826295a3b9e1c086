/** The templates module's audit summaries, in English and German side by side. */
import type { Locale, LocalizedText } from '@ametrika/shared';
import type { Localized } from '../../i18n/localized.js';
import type { TemplateVersionKind } from './template-version.entity.js';

/** What a version records: its kind, its number, and for a restore the number it came from. */
export type VersionChange = { kind: TemplateVersionKind; version: number; restoredFrom?: number };

const changed = (what: Localized, { kind, version, restoredFrom }: VersionChange): Localized =>
  ({
    SAVE: {
      en: `${what.en} saved as version ${version}`,
      de: `${what.de} als Version ${version} gespeichert`,
    },
    RESET: {
      en: `${what.en} reset to the default (version ${version})`,
      de: `${what.de} auf den Standard zurückgesetzt (Version ${version})`,
    },
    RESTORE: {
      en: `${what.en} restored from version ${restoredFrom} as version ${version}`,
      de: `${what.de} aus Version ${restoredFrom} als Version ${version} wiederhergestellt`,
    },
  })[kind];

export const templateAuditText = {
  /** `name` is the email type's name, `locale` the language of the template that changed. */
  template: (name: LocalizedText, locale: Locale, change: VersionChange): Localized =>
    changed({ en: `Template "${name.en}" (${locale})`, de: `Vorlage „${name.de}“ (${locale})` }, change),
  footer: (locale: Locale, change: VersionChange): Localized =>
    changed({ en: `Footer (${locale})`, de: `Fußzeile (${locale})` }, change),
};
