import { useTranslation } from 'react-i18next';
import { registerModuleTexts } from '../../i18n/module-texts';

export const MAILBOX_NAMESPACE = 'mailbox';

const en = {
  description:
    'The built-in mailbox catches the platform and white-label email this account sends, so you can read it without an outside mail server.',
  refresh: 'Refresh',
  autoRefresh: 'Updates every few seconds.',
  listLabel: 'Received messages',
  caption: 'Messages in the built-in mailbox, newest first',
  from: 'From',
  to: 'To',
  subject: 'Subject',
  received: 'Received',
  noSubject: '(no subject)',
  open: 'Open message “{{subject}}”',
  empty:
    'No messages yet. This is the built-in mailbox: platform and white-label email of your account lands here. Send a test from Email > Sender to see one.',
  disabledTitle: 'The built-in mailbox is off',
  disabled:
    'A mail relay is configured for this installation (RELAY_SMTP_URL), so email goes to real recipients and nothing is kept here.',
  back: 'Back to the list',
  detailLabel: 'Message',
  tabs: { html: 'HTML', text: 'Text', headers: 'Headers', raw: 'Source' },
  htmlFrameTitle: 'Rendered HTML of “{{subject}}”',
  noHtml: 'This message has no HTML part.',
  noText: 'This message has no plain-text part.',
  headersCaption: 'Header lines in order',
  headerName: 'Header',
  headerValue: 'Value',
  notFound: 'This message no longer exists.',
};

const de: typeof en = {
  description:
    'Das integrierte Postfach fängt die E-Mails ab, die dieses Konto über die Plattform- und die White-Label-Domain verschickt. So können Sie sie ohne externen Mailserver lesen.',
  refresh: 'Aktualisieren',
  autoRefresh: 'Wird alle paar Sekunden aktualisiert.',
  listLabel: 'Empfangene Nachrichten',
  caption: 'Nachrichten im integrierten Postfach, neueste zuerst',
  from: 'Von',
  to: 'An',
  subject: 'Betreff',
  received: 'Empfangen',
  noSubject: '(kein Betreff)',
  open: 'Nachricht „{{subject}}“ öffnen',
  empty:
    'Noch keine Nachrichten. Dies ist das integrierte Postfach: Hier landen die Plattform- und White-Label-E-Mails Ihres Kontos. Senden Sie unter E-Mail > Absender einen Test, um eine zu sehen.',
  disabledTitle: 'Das integrierte Postfach ist ausgeschaltet',
  disabled:
    'Für diese Installation ist ein Mail-Relay eingerichtet (RELAY_SMTP_URL). E-Mails gehen daher an echte Empfänger, und hier wird nichts gespeichert.',
  back: 'Zurück zur Liste',
  detailLabel: 'Nachricht',
  tabs: { html: 'HTML', text: 'Text', headers: 'Kopfzeilen', raw: 'Quelltext' },
  htmlFrameTitle: 'Dargestelltes HTML von „{{subject}}“',
  noHtml: 'Diese Nachricht hat keinen HTML-Teil.',
  noText: 'Diese Nachricht hat keinen Textteil.',
  headersCaption: 'Kopfzeilen in ihrer Reihenfolge',
  headerName: 'Kopfzeile',
  headerValue: 'Wert',
  notFound: 'Diese Nachricht gibt es nicht mehr.',
};

const texts = { en, de };
registerModuleTexts(MAILBOX_NAMESPACE, texts);

/** Registering again is a no-op; it matters when a test creates a new i18next instance. */
export function useMailboxTranslation() {
  registerModuleTexts(MAILBOX_NAMESPACE, texts);
  return useTranslation(MAILBOX_NAMESPACE);
}
