/** The sentences SEND TEST answers with, in English and German side by side. */
import { TEMPLATE_KEYS } from '@ametrika/shared';
import type { Localized } from '../../i18n/localized.js';
import type { SenderSnapshot } from '../sender/sender-snapshot.js';

/** "via …": which sender the message left through, as the admin knows it from the sender cards. */
export function describeSender(sender: SenderSnapshot): Localized {
  const t = sender.transport;
  if (t.kind === 'smtp') {
    return { en: `your SMTP server ${t.host}:${t.port}`, de: `Ihren SMTP-Server ${t.host}:${t.port}` };
  }
  if (t.kind === 'hosted') {
    return {
      en: `hosted email for ${t.domain} (${sender.fromEmail})`,
      de: `den gehosteten E-Mail-Versand für ${t.domain} (${sender.fromEmail})`,
    };
  }
  return sender.mode === 'WHITE_LABEL'
    ? {
        en: `the white-label sender (${sender.fromEmail})`,
        de: `den White-Label-Absender (${sender.fromEmail})`,
      }
    : { en: `the platform sender (${sender.fromEmail})`, de: `den Plattform-Absender (${sender.fromEmail})` };
}

export const testEmailText = {
  sent: (to: string, via: Localized, reply: string | null): Localized => ({
    en: `Test email sent to ${to} via ${via.en} — the server answered ${reply ?? 'OK'}`,
    de: `Test-E-Mail an ${to} über ${via.de} gesendet – der Server antwortete: ${reply ?? 'OK'}`,
  }),
  queued: (to: string, via: Localized): Localized => ({
    en: `The test email to ${to} is queued via ${via.en} but not delivered yet; follow it in the delivery log.`,
    de: `Die Test-E-Mail an ${to} steht über ${via.de} in der Warteschlange, ist aber noch nicht zugestellt; verfolgen Sie sie im Versandprotokoll.`,
  }),
  notAccepted: (to: string, via: Localized, reply: string | null, retrying: boolean): Localized => ({
    en: `The test email to ${to} via ${via.en} was not accepted: ${reply ?? 'no answer'}.${retrying ? ' It will be retried automatically.' : ''}`,
    de: `Die Test-E-Mail an ${to} über ${via.de} wurde nicht angenommen: ${reply ?? 'keine Antwort'}.${retrying ? ' Der Versand wird automatisch wiederholt.' : ''}`,
  }),
  unknownTemplate: (key: string): Localized => ({
    en: `Unknown email type "${key}". Choose one of: ${TEMPLATE_KEYS.join(', ')}.`,
    de: `Unbekannter E-Mail-Typ „${key}“. Wählen Sie einen von: ${TEMPLATE_KEYS.join(', ')}.`,
  }),
  saveSmtpFirst: {
    en: 'Save your SMTP server first.',
    de: 'Speichern Sie zuerst Ihren SMTP-Server.',
  } satisfies Localized,
  applyDomainFirst: {
    en: 'Apply a domain under hosted email first.',
    de: 'Tragen Sie zuerst unter „Gehosteter E-Mail-Versand“ eine Domain ein.',
  } satisfies Localized,
  tooMany: (seconds: number): Localized => ({
    en: `Too many test emails. Try again in ${seconds} seconds.`,
    de: `Zu viele Test-E-Mails. Versuchen Sie es in ${seconds} Sekunden erneut.`,
  }),
};
