import type { Locale } from '@ametrika/shared';
import { inLocale } from '../../i18n/localized.js';
import type { EmailSettingsRow } from './email-settings.entity.js';
import type { SmtpSettingsType, SmtpTestReportType } from './email-settings.types.js';
import { senderText } from './messages.js';

export type SmtpReadiness = { ready: boolean; code: string | null; reason: string | null };

/** Custom SMTP may be enabled only when the last test was of exactly the saved settings and passed. */
export function smtpReadiness(row: EmailSettingsRow, locale: Locale = 'EN'): SmtpReadiness {
  if (!row.smtpHost || !row.smtpFingerprint) {
    return {
      ready: false,
      code: 'SMTP_NOT_CONFIGURED',
      reason: inLocale(senderText.smtpNotConfigured, locale),
    };
  }
  if (!row.smtpLastTest || !row.smtpLastTestFingerprint) {
    return {
      ready: false,
      code: 'SMTP_NOT_TESTED',
      reason: inLocale(senderText.smtpNotTested, locale),
    };
  }
  if (row.smtpLastTestFingerprint !== row.smtpFingerprint) {
    return {
      ready: false,
      code: 'SMTP_TEST_OUTDATED',
      reason: inLocale(senderText.smtpTestOutdated, locale),
    };
  }
  if (!row.smtpLastTest.ok) {
    return {
      ready: false,
      code: 'SMTP_TEST_FAILED',
      reason: inLocale(senderText.smtpTestFailed(row.smtpLastTest.message), locale),
    };
  }
  return { ready: true, code: null, reason: null };
}

export function toReportView(row: EmailSettingsRow): SmtpTestReportType | null {
  if (!row.smtpLastTest) return null;
  return {
    ...row.smtpLastTest,
    testedAt: row.smtpLastTestedAt,
    ofSavedSettings: row.smtpLastTestFingerprint === row.smtpFingerprint,
  };
}

export function toSmtpSettingsView(row: EmailSettingsRow, locale: Locale = 'EN'): SmtpSettingsType | null {
  if (!row.smtpHost || row.smtpPort == null || !row.smtpFromEmail) return null;
  const readiness = smtpReadiness(row, locale);
  return {
    host: row.smtpHost,
    port: row.smtpPort,
    secure: Boolean(row.smtpSecure),
    username: row.smtpUsername,
    hasPassword: Boolean(row.smtpPasswordSealed),
    fromEmail: row.smtpFromEmail,
    fromName: row.smtpFromName,
    readyToEnable: readiness.ready,
    notReadyReason: readiness.reason,
    lastTest: toReportView(row),
  };
}
