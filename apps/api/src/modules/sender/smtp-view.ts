import type { EmailSettingsRow } from './email-settings.entity.js';
import type { SmtpSettingsType, SmtpTestReportType } from './email-settings.types.js';

export type SmtpReadiness = { ready: boolean; code: string | null; reason: string | null };

/** Custom SMTP may be enabled only when the last test was of exactly the saved settings and passed. */
export function smtpReadiness(row: EmailSettingsRow): SmtpReadiness {
  if (!row.smtpHost || !row.smtpFingerprint) {
    return {
      ready: false,
      code: 'SMTP_NOT_CONFIGURED',
      reason: 'Enter and save your SMTP server first, then test it.',
    };
  }
  if (!row.smtpLastTest || !row.smtpLastTestFingerprint) {
    return {
      ready: false,
      code: 'SMTP_NOT_TESTED',
      reason: 'Test the saved SMTP settings; custom SMTP can be enabled once a test email arrives.',
    };
  }
  if (row.smtpLastTestFingerprint !== row.smtpFingerprint) {
    return {
      ready: false,
      code: 'SMTP_TEST_OUTDATED',
      reason:
        'The settings changed since the last test. Test exactly the saved settings again before enabling.',
    };
  }
  if (!row.smtpLastTest.ok) {
    return {
      ready: false,
      code: 'SMTP_TEST_FAILED',
      reason: `The last test failed: ${row.smtpLastTest.message}`,
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

export function toSmtpSettingsView(row: EmailSettingsRow): SmtpSettingsType | null {
  if (!row.smtpHost || row.smtpPort == null || !row.smtpFromEmail) return null;
  const readiness = smtpReadiness(row);
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
