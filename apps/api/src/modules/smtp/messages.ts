/** The sentences the SMTP settings service writes (answers and audit summaries), in English and German side by side. */
import type { SmtpStage } from '@ametrika/shared';
import type { Localized } from '../../i18n/localized.js';
import { STAGE_LABELS } from './engine/messages.js';

type Mode = 'TLS' | 'STARTTLS' | 'NONE';

const MODE_NAMES: Record<Mode, Localized> = {
  TLS: { en: 'TLS', de: 'TLS' },
  STARTTLS: { en: 'STARTTLS', de: 'STARTTLS' },
  NONE: { en: 'Unencrypted', de: 'unverschlüsselt' },
};

export const smtpText = {
  candidateWorks: (port: number, mode: Mode, protocol?: string): Localized => {
    const suffix = protocol ? ` (${protocol})` : '';
    return {
      en: `${MODE_NAMES[mode].en} works on port ${port}${suffix}`,
      de:
        mode === 'NONE'
          ? `Port ${port} funktioniert ${MODE_NAMES.NONE.de}`
          : `Port ${port} funktioniert mit ${MODE_NAMES[mode].de}${suffix}`,
    };
  },
  candidateFailed: (port: number, secure: boolean, stage: SmtpStage, response?: string): Localized => {
    const mode = secure ? 'TLS' : 'STARTTLS';
    const reply = response ? `: ${response}` : '';
    return {
      en: `Port ${port} (${mode}) failed at ${stage}${reply}`,
      de: `Port ${port} (${mode}): ${STAGE_LABELS[stage].de} fehlgeschlagen${reply}`,
    };
  },
  tooManyTests: (seconds: number): Localized => ({
    en: `Too many SMTP tests. Try again in ${seconds} seconds.`,
    de: `Zu viele SMTP-Tests. Versuchen Sie es in ${seconds} Sekunden erneut.`,
  }),
  tooManyProbes: (seconds: number): Localized => ({
    en: `Too many SMTP probes. Try again in ${seconds} seconds.`,
    de: `Zu viele SMTP-Prüfungen. Versuchen Sie es in ${seconds} Sekunden erneut.`,
  }),
  portNotAllowed: (port: number, allowed: readonly number[]): Localized => ({
    en: `Port ${port} is not allowed; use one of ${allowed.join(', ')} (465 with TLS on, 587 with TLS off).`,
    de: `Port ${port} ist nicht erlaubt; verwenden Sie einen dieser Ports: ${allowed.join(', ')} (465 mit TLS an, 587 mit TLS aus).`,
  }),
  nothingSaved: {
    en: 'There are no saved SMTP settings to test; fill in the form and test it.',
    de: 'Es sind keine gespeicherten SMTP-Einstellungen zum Testen vorhanden; füllen Sie das Formular aus und testen Sie es.',
  } satisfies Localized,
  noRecipient: {
    en: 'Enter a verified address to send the test to.',
    de: 'Geben Sie eine bestätigte Adresse ein, an die der Test gesendet werden soll.',
  } satisfies Localized,
  auditSettingsUpdated: (changes: readonly Localized[], fallback: string | null): Localized => {
    const en = changes.map((c) => c.en).join(', ') || 'no changes';
    const de = changes.map((c) => c.de).join(', ') || 'keine Änderungen';
    return {
      en: `SMTP settings updated: ${en}${
        fallback ? `; sender switched back to ${fallback} until the new settings pass a test` : ''
      }`,
      de: `SMTP-Einstellungen geändert: ${de}${
        fallback
          ? `; Absender bis zu einem bestandenen Test der neuen Einstellungen auf ${fallback} zurückgestellt`
          : ''
      }`,
    };
  },
  // The report's message is in the language of the request that ran the test.
  auditTest: (host: string, port: number, to: string, message: string): Localized => ({
    en: `SMTP test of ${host}:${port} to ${to}: ${message}`,
    de: `SMTP-Test von ${host}:${port} an ${to}: ${message}`,
  }),
};

/** One changed SMTP setting for the audit summary: the new value, and for the password only that it changed. */
export const smtpChangeText = {
  host: (host: string): Localized => ({ en: `host ${host}`, de: `Host ${host}` }),
  port: (port: number): Localized => ({ en: `port ${port}`, de: `Port ${port}` }),
  tls: (on: boolean): Localized => ({ en: `TLS ${on ? 'on' : 'off'}`, de: `TLS ${on ? 'an' : 'aus'}` }),
  username: (name: string | null): Localized => ({
    en: `user name ${name ?? '(none)'}`,
    de: `Benutzername ${name ?? '(keiner)'}`,
  }),
  passwordRemoved: { en: 'password removed', de: 'Passwort entfernt' } satisfies Localized,
  passwordChanged: { en: 'password changed', de: 'Passwort geändert' } satisfies Localized,
  sender: (email: string): Localized => ({ en: `sender ${email}`, de: `Absender ${email}` }),
  senderName: (name: string | null): Localized => ({
    en: `sender name ${name ?? '(none)'}`,
    de: `Absendername ${name ?? '(keiner)'}`,
  }),
};
