import { useTranslation } from 'react-i18next';
import { registerModuleTexts } from '../../i18n/module-texts';

export const USERS_NS = 'users';

const en = {
  title: 'Users',
  description:
    'People who can sign in to this account. Test email goes only to verified addresses: add a test user, and the link in its verification email verifies the address.',
  name: 'Name',
  email: 'Email address',
  role: 'Role',
  locale: 'Email language',
  verified: 'Address',
  createdAt: 'Created',
  actions: 'Actions',
  verifiedBadge: 'Verified',
  unverifiedBadge: 'Not verified',
  noName: '—',
  you: 'you',
  empty: 'No users yet.',
  roles: { ADMIN: 'Administrator', MEMBER: 'Member' },
  locales: { EN: 'English', DE: 'German' },
  caption: 'Users of this account',
  listTitle: 'All users',
  readOnly: 'Only administrators can add, verify or delete users.',
  add: {
    open: 'Add user',
    title: 'Add a user',
    intro:
      'For example a test user: once the address is verified, test emails can be sent to it. The user receives a verification email right away.',
    namePlaceholder: 'e.g. Test inbox',
    emailPlaceholder: 'name@example.com',
    roleHint: 'Members can read settings and the delivery log; administrators can change them.',
    localeHint: 'The language of the emails this user receives.',
    submit: 'Add user and send verification email',
    submitting: 'Adding…',
    forbiddenAction: 'add users',
  },
  created: {
    title: 'User {{email}} added',
    text: 'A verification email is on its way to {{email}}. The link in it is valid for 24 hours.',
    mailbox: 'Open it in the Mailbox',
    dismiss: 'Dismiss',
  },
  resend: {
    button: 'Resend verification',
    label: 'Resend the verification email to {{email}}',
    sent: 'A new verification email was sent to {{email}}. Earlier links no longer work.',
    forbiddenAction: 'send verification emails',
  },
  remove: {
    button: 'Delete',
    label: 'Delete user {{email}}',
    title: 'Delete this user?',
    text: '{{email}} can no longer sign in, and test emails can no longer be sent to this address. This cannot be undone.',
    confirm: 'Delete user',
    deleted: 'User {{email}} was deleted.',
    forbiddenAction: 'delete users',
  },
  validation: {
    name_too_big: 'The name has at most 120 characters.',
    name_invalid_format_regex: 'The name must be a single line without control characters.',
  },
};

const de: typeof en = {
  title: 'Benutzer',
  description:
    'Personen, die sich bei diesem Konto anmelden können. Test-E-Mails gehen nur an bestätigte Adressen: Legen Sie einen Testbenutzer an; der Link in seiner Bestätigungs-E-Mail bestätigt die Adresse.',
  name: 'Name',
  email: 'E-Mail-Adresse',
  role: 'Rolle',
  locale: 'Sprache der E-Mails',
  verified: 'Adresse',
  createdAt: 'Angelegt',
  actions: 'Aktionen',
  verifiedBadge: 'Bestätigt',
  unverifiedBadge: 'Nicht bestätigt',
  noName: '—',
  you: 'Sie',
  empty: 'Noch keine Benutzer vorhanden.',
  roles: { ADMIN: 'Administrator', MEMBER: 'Mitglied' },
  locales: { EN: 'Englisch', DE: 'Deutsch' },
  caption: 'Benutzer dieses Kontos',
  listTitle: 'Alle Benutzer',
  readOnly: 'Nur Administratoren können Benutzer anlegen, bestätigen oder löschen.',
  add: {
    open: 'Benutzer anlegen',
    title: 'Benutzer anlegen',
    intro:
      'Zum Beispiel einen Testbenutzer: Sobald seine Adresse bestätigt ist, können Test-E-Mails an sie gesendet werden. Der Benutzer erhält sofort eine Bestätigungs-E-Mail.',
    namePlaceholder: 'z. B. Test-Postfach',
    emailPlaceholder: 'name@example.com',
    roleHint:
      'Mitglieder können Einstellungen und das Versandprotokoll lesen; Administratoren können sie ändern.',
    localeHint: 'Die Sprache der E-Mails, die dieser Benutzer erhält.',
    submit: 'Benutzer anlegen und Bestätigungs-E-Mail senden',
    submitting: 'Wird angelegt …',
    forbiddenAction: 'Benutzer anlegen',
  },
  created: {
    title: 'Benutzer {{email}} wurde angelegt',
    text: 'Eine Bestätigungs-E-Mail an {{email}} ist unterwegs. Der Link darin ist 24 Stunden gültig.',
    mailbox: 'Im Postfach öffnen',
    dismiss: 'Schließen',
  },
  resend: {
    button: 'Bestätigung erneut senden',
    label: 'Bestätigungs-E-Mail erneut an {{email}} senden',
    sent: 'Eine neue Bestätigungs-E-Mail wurde an {{email}} gesendet. Frühere Links funktionieren nicht mehr.',
    forbiddenAction: 'Bestätigungs-E-Mails senden',
  },
  remove: {
    button: 'Löschen',
    label: 'Benutzer {{email}} löschen',
    title: 'Diesen Benutzer löschen?',
    text: '{{email}} kann sich dann nicht mehr anmelden, und an diese Adresse können keine Test-E-Mails mehr gesendet werden. Das lässt sich nicht rückgängig machen.',
    confirm: 'Benutzer löschen',
    deleted: 'Benutzer {{email}} wurde gelöscht.',
    forbiddenAction: 'Benutzer löschen',
  },
  validation: {
    name_too_big: 'Der Name darf höchstens 120 Zeichen lang sein.',
    name_invalid_format_regex: 'Der Name muss einzeilig sein und darf keine Steuerzeichen enthalten.',
  },
};

const texts = { en, de };
registerModuleTexts(USERS_NS, texts);

/**
 * The module's texts; registered again on use because tests build a fresh i18next instance per
 * render while this module is imported only once (registering twice is a no-op).
 */
export function useUsersTranslation() {
  registerModuleTexts(USERS_NS, texts);
  // 'fallback': keys missing here (the shared `validation.email_*` texts) come from the app's namespace.
  return useTranslation([USERS_NS, 'translation'], { nsMode: 'fallback' });
}
