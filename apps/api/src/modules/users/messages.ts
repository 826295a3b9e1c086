/** The users module's audit summaries and refusals, in English and German side by side. */
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

/** Why an address cannot receive test email (SEND TEST, the SMTP test). */
export const recipientText = {
  notOneAddress: {
    en: 'Enter exactly one email address, such as name@example.com, without a name or quotes.',
    de: 'Geben Sie genau eine E-Mail-Adresse ein, etwa name@example.com, ohne Namen und ohne Anführungszeichen.',
  } satisfies Localized,
  notVerified: (address: string): Localized => ({
    en: `${address} is not a verified address of this account. Test email goes only to verified addresses: add a test user under Users and verify its address first.`,
    de: `${address} ist keine bestätigte Adresse dieses Kontos. Test-E-Mails gehen nur an bestätigte Adressen: Legen Sie unter Benutzer einen Testbenutzer an und bestätigen Sie zuerst dessen Adresse.`,
  }),
};
