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

/** Refusals of the Users page and of the verification link, in the caller's language. */
export const userAdminText = {
  emailTaken: (email: string): Localized => ({
    en: `${email} already belongs to a user. Resend its verification email instead.`,
    de: `${email} gehört bereits einem Benutzer. Senden Sie stattdessen dessen Bestätigungs-E-Mail erneut.`,
  }),
  alreadyVerified: (email: string): Localized => ({
    en: `${email} is already verified.`,
    de: `${email} ist bereits bestätigt.`,
  }),
  notYourself: {
    en: 'You cannot delete yourself; ask another administrator.',
    de: 'Sie können sich nicht selbst löschen; bitten Sie eine andere Administratorin oder einen anderen Administrator.',
  } satisfies Localized,
  lastAdmin: {
    en: 'An account keeps at least one administrator. Make another user an administrator first.',
    de: 'Ein Konto behält mindestens eine Administratorin oder einen Administrator. Machen Sie zuerst einen anderen Benutzer zum Administrator.',
  } satisfies Localized,
  linkInvalid: {
    en: 'This verification link is not valid.',
    de: 'Dieser Bestätigungslink ist nicht gültig.',
  } satisfies Localized,
  linkInvalidOrUsed: {
    en: 'This verification link is not valid or was already used. Ask an administrator to send a new one.',
    de: 'Dieser Bestätigungslink ist nicht gültig oder wurde bereits verwendet. Bitten Sie eine Administratorin oder einen Administrator, einen neuen zu senden.',
  } satisfies Localized,
  linkExpired: {
    en: 'This verification link has expired. Ask an administrator to send a new one.',
    de: 'Dieser Bestätigungslink ist abgelaufen. Bitten Sie eine Administratorin oder einen Administrator, einen neuen zu senden.',
  } satisfies Localized,
  linkUsed: {
    en: 'This verification link was already used.',
    de: 'Dieser Bestätigungslink wurde bereits verwendet.',
  } satisfies Localized,
};
