import type { MockLink } from '@apollo/client/testing';
import type { EmailSettingsFieldsFragment, SmtpTestReportFieldsFragment } from '../../../gql/graphql';
import { VerifiedRecipientsQuery } from '../../users/graphql/users.graphql';
import { AuditLogQuery, EmailSettingsQuery } from '../graphql/sender.graphql';

const forever = { maxUsageCount: Number.POSITIVE_INFINITY };

export const savedSmtp = {
  __typename: 'SmtpSettings' as const,
  host: 'smtp.example.com',
  port: 587,
  secure: false,
  username: 'mailer',
  hasPassword: true,
  fromEmail: 'noreply@example.com',
  fromName: null,
  readyToEnable: false,
  notReadyReason: 'Test the saved SMTP settings; custom SMTP can be enabled once a test email arrives.',
  lastTest: null,
};

export function emailSettings(
  smtp: EmailSettingsFieldsFragment['smtp'] = savedSmtp,
): EmailSettingsFieldsFragment {
  const sender = (
    mode: EmailSettingsFieldsFragment['senders'][number]['mode'],
    fromAddress: string | null,
  ) => ({
    __typename: 'SenderOption' as const,
    mode,
    fromAddress,
    available: true,
    unavailableCode: null,
    unavailableReason: null,
  });
  return {
    __typename: 'EmailSettings',
    senderMode: 'PLATFORM',
    activeFromAddress: 'noreply@ametrika.com',
    fromName: null,
    replyTo: null,
    smtp,
    senders: [
      sender('PLATFORM', 'noreply@ametrika.com'),
      sender('WHITE_LABEL', 'noreply@analytics-report.com'),
      {
        ...sender('CUSTOM_SMTP', smtp?.fromEmail ?? null),
        available: Boolean(smtp?.readyToEnable),
        unavailableCode: smtp?.readyToEnable ? null : 'SMTP_NOT_TESTED',
        unavailableReason: smtp?.notReadyReason ?? null,
      },
      {
        ...sender('HOSTED', null),
        available: false,
        unavailableCode: 'HOSTED_DOMAIN_NOT_VERIFIED',
        unavailableReason: 'Apply a domain and publish its DNS records.',
      },
    ],
  } as EmailSettingsFieldsFragment;
}

/** The queries the Sender tab makes when it opens. */
export function senderTabMocks(settings = emailSettings()): MockLink.MockedResponse[] {
  return [
    { request: { query: EmailSettingsQuery }, result: { data: { emailSettings: settings } }, ...forever },
    {
      request: { query: VerifiedRecipientsQuery },
      result: { data: { verifiedRecipients: ['admin@example.com', 'tester@example.com'] } },
      ...forever,
    },
    {
      request: { query: AuditLogQuery, variables: { first: 50 } },
      result: { data: { auditLog: [] } },
      ...forever,
    },
  ];
}

/** Gmail's answer to an account password where an app password is needed. */
export const failedAuthReport: SmtpTestReportFieldsFragment & { __typename: 'SmtpTestReport' } = {
  __typename: 'SmtpTestReport',
  ok: false,
  message: 'Authentication failed: 535 5.7.8 Username and Password not accepted',
  ofSavedSettings: true,
  testedAt: '2025-03-12T13:05:00.000Z',
  stages: (['RESOLVE', 'CONNECT', 'TLS', 'AUTH', 'SENDER', 'RECIPIENT', 'DATA'] as const).map(
    (stage, index) => ({
      __typename: 'SmtpTestStage' as const,
      stage,
      status: index < 3 ? ('OK' as const) : index === 3 ? ('FAILED' as const) : ('SKIPPED' as const),
      durationMs: index < 4 ? 12 : 0,
      responseCode: stage === 'AUTH' ? 535 : null,
      response: stage === 'AUTH' ? '5.7.8 Username and Password not accepted' : null,
      detail: null,
      hint:
        stage === 'AUTH'
          ? {
              __typename: 'SmtpHint' as const,
              key: 'GMAIL_APP_PASSWORD',
              en: 'Gmail refused the password. Create an app password and use it here.',
              de: 'Gmail hat das Passwort abgelehnt. Erstellen Sie ein App-Passwort und verwenden Sie es hier.',
            }
          : null,
    }),
  ),
};
