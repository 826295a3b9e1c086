import { useTranslation } from 'react-i18next';
import { registerModuleTexts } from '../../i18n/module-texts';

export const VERIFY_EMAIL_NS = 'verifyEmail';

const en = {
  title: 'Verify your email address',
  verifying: 'Verifying your address…',
  verifiedTitle: 'Address verified',
  verifiedText: 'Your address {{email}} is verified. Test emails can now be sent to it.',
  verifiedNext: 'You can close this page.',
  failedTitle: 'The address could not be verified',
  reasons: {
    expired: 'This verification link has expired: links are valid for 24 hours.',
    used: 'This verification link was already used.',
    invalidOrUsed: 'This verification link is not valid, or it was already used.',
    invalid: 'This verification link is not valid.',
    missing: 'This page needs the link from a verification email; the address you opened has no token.',
  },
  whatToDo: {
    expired: 'Ask an administrator of your account to send a new verification email from the Users page.',
    used: 'If you opened it before, your address is already verified. Otherwise ask an administrator to send a new verification email.',
    invalidOrUsed:
      'If you opened it before, your address is already verified. Otherwise open the newest verification email, or ask an administrator to send a new one.',
    invalid:
      'Open the link exactly as it appears in the newest verification email, or ask an administrator to send a new one.',
    missing: 'Open the link in the verification email again, or copy it completely into the address bar.',
  },
  goToUsers: 'Go to Users',
  signIn: 'Sign in',
};

const de: typeof en = {
  title: 'E-Mail-Adresse bestätigen',
  verifying: 'Ihre Adresse wird bestätigt …',
  verifiedTitle: 'Adresse bestätigt',
  verifiedText: 'Ihre Adresse {{email}} ist bestätigt. Test-E-Mails können jetzt an sie gesendet werden.',
  verifiedNext: 'Sie können diese Seite jetzt schließen.',
  failedTitle: 'Die Adresse konnte nicht bestätigt werden',
  reasons: {
    expired: 'Dieser Bestätigungslink ist abgelaufen: Links sind 24 Stunden gültig.',
    used: 'Dieser Bestätigungslink wurde bereits verwendet.',
    invalidOrUsed: 'Dieser Bestätigungslink ist ungültig oder wurde bereits verwendet.',
    invalid: 'Dieser Bestätigungslink ist ungültig.',
    missing:
      'Diese Seite benötigt den Link aus einer Bestätigungs-E-Mail; in der aufgerufenen Adresse fehlt das Token.',
  },
  whatToDo: {
    expired:
      'Bitten Sie einen Administrator Ihres Kontos, auf der Seite „Benutzer“ eine neue Bestätigungs-E-Mail zu senden.',
    used: 'Falls Sie den Link schon einmal geöffnet haben, ist Ihre Adresse bereits bestätigt. Andernfalls bitten Sie einen Administrator um eine neue Bestätigungs-E-Mail.',
    invalidOrUsed:
      'Falls Sie den Link schon einmal geöffnet haben, ist Ihre Adresse bereits bestätigt. Andernfalls öffnen Sie die neueste Bestätigungs-E-Mail oder bitten einen Administrator um eine neue.',
    invalid:
      'Öffnen Sie den Link genau so, wie er in der neuesten Bestätigungs-E-Mail steht, oder bitten Sie einen Administrator um eine neue.',
    missing:
      'Öffnen Sie den Link in der Bestätigungs-E-Mail erneut, oder kopieren Sie ihn vollständig in die Adresszeile.',
  },
  goToUsers: 'Zu den Benutzern',
  signIn: 'Anmelden',
};

const texts = { en, de };
registerModuleTexts(VERIFY_EMAIL_NS, texts);

/** Registered again on use: each component test creates a new i18next instance (a no-op otherwise). */
export function useVerifyEmailTranslation() {
  registerModuleTexts(VERIFY_EMAIL_NS, texts);
  return useTranslation(VERIFY_EMAIL_NS);
}
