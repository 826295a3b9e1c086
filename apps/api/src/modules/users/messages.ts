/** The users module's audit summaries, in English and German side by side. */
import type { Localized } from '../../i18n/localized.js';

export const userAuditText = {
  created: (email: string, role: string): Localized => ({
    en: `User ${email} (${role}) added; verification email queued`,
    de: `Benutzer ${email} (${role}) hinzugefügt; Bestätigungs-E-Mail in die Warteschlange gestellt`,
  }),
  verificationResent: (email: string): Localized => ({
    en: `Verification email to ${email} queued again`,
    de: `Bestätigungs-E-Mail an ${email} erneut in die Warteschlange gestellt`,
  }),
  deleted: (email: string): Localized => ({
    en: `User ${email} deleted`,
    de: `Benutzer ${email} gelöscht`,
  }),
};
