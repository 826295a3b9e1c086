/** Why a sender cannot be enabled yet, the sender module's refusals and audit summaries, in English and German. */
import type { Localized } from '../../i18n/localized.js';

export const senderText = {
  smtpNotConfigured: {
    en: 'Enter and save your SMTP server first, then test it.',
    de: 'Tragen Sie zuerst Ihren SMTP-Server ein, speichern Sie die Einstellungen und testen Sie sie dann.',
  } satisfies Localized,
  smtpNotTested: {
    en: 'Test the saved SMTP settings; custom SMTP can be enabled once a test email arrives.',
    de: 'Testen Sie die gespeicherten SMTP-Einstellungen; Ihr eigener SMTP-Server lässt sich aktivieren, sobald eine Test-E-Mail ankommt.',
  } satisfies Localized,
  smtpTestOutdated: {
    en: 'The settings changed since the last test. Test exactly the saved settings again before enabling.',
    de: 'Die Einstellungen wurden seit dem letzten Test geändert. Testen Sie genau die gespeicherten Einstellungen erneut, bevor Sie sie aktivieren.',
  } satisfies Localized,
  // The report's message is in the language of the request that ran the test.
  smtpTestFailed: (message: string): Localized => ({
    en: `The last test failed: ${message}`,
    de: `Der letzte Test ist fehlgeschlagen: ${message}`,
  }),
  hostedNotVerified: {
    en: 'Apply a domain under hosted email and publish its DNS records; hosted sending can be enabled once they are verified.',
    de: 'Tragen Sie unter „Gehosteter E-Mail-Versand“ eine Domain ein und veröffentlichen Sie ihre DNS-Einträge; der Versand über Ihre Domain lässt sich aktivieren, sobald diese verifiziert sind.',
  } satisfies Localized,
  unknownMode: {
    en: 'Choose PLATFORM, WHITE_LABEL, CUSTOM_SMTP or HOSTED.',
    de: 'Wählen Sie PLATFORM, WHITE_LABEL, CUSTOM_SMTP oder HOSTED.',
  } satisfies Localized,
  notYet: {
    en: 'This sender cannot be enabled yet.',
    de: 'Dieser Absender kann noch nicht aktiviert werden.',
  } satisfies Localized,
  auditModeChanged: (from: string, to: string): Localized => ({
    en: `Sender changed from ${from} to ${to}`,
    de: `Absender von ${from} auf ${to} umgestellt`,
  }),
  auditIdentity: (fromName: string | null, replyTo: string | null): Localized => ({
    en: `Sender name "${fromName ?? ''}", reply-to ${replyTo ?? 'none'}`,
    de: `Absendername „${fromName ?? ''}“, Antwortadresse ${replyTo ?? 'keine'}`,
  }),
};
