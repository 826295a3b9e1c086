import type { LocalizedText } from '../common.js';

/** The order in which a staged SMTP test runs; a failed stage skips every later one. */
export const SMTP_STAGES = ['RESOLVE', 'CONNECT', 'TLS', 'AUTH', 'SENDER', 'RECIPIENT', 'DATA'] as const;
export type SmtpStage = (typeof SMTP_STAGES)[number];

export const SMTP_STAGE_STATUSES = ['OK', 'FAILED', 'SKIPPED'] as const;
export type SmtpStageStatus = (typeof SMTP_STAGE_STATUSES)[number];

export type SmtpHint = LocalizedText & { key: SmtpHintKey };

export type SmtpTestStageReport = {
  stage: SmtpStage;
  status: SmtpStageStatus;
  durationMs: number;
  /** The server's numeric reply code, when the server answered. */
  responseCode?: number;
  /** The server's reply text (control characters removed, length bounded, secrets redacted). */
  response?: string;
  /** Our own words about the stage: the pinned address, the TLS protocol and cipher, a policy rule. */
  detail?: string;
  hint?: SmtpHint;
};

export type SmtpTestReport = {
  ok: boolean;
  /** One sentence for the admin, e.g. "Test email accepted by smtp.example.com: 250 2.0.0 Ok". */
  message: string;
  stages: SmtpTestStageReport[];
};

export const SMTP_HINT_KEYS = [
  'INVALID_HOST',
  'PRIVATE_ADDRESS',
  'PORT_NOT_ALLOWED',
  'HOST_NOT_FOUND',
  'DNS_FAILED',
  'CONNECTION_REFUSED',
  'CONNECTION_TIMEOUT',
  'HOST_UNREACHABLE',
  'GREETING_TIMEOUT',
  'TLS_OFF_ON_TLS_PORT',
  'CONNECTION_CLOSED',
  'TLS_ON_STARTTLS_PORT',
  'STARTTLS_UNAVAILABLE',
  'TLS_NOT_OFFERED',
  'CERT_UNTRUSTED',
  'CERT_EXPIRED',
  'CERT_WRONG_NAME',
  'TLS_HANDSHAKE_FAILED',
  'AUTH_GMAIL_APP_PASSWORD',
  'AUTH_M365_SMTP_AUTH_DISABLED',
  'AUTH_FAILED',
  'AUTH_REQUIRED',
  'SENDER_REFUSED',
  'RELAY_DENIED',
  'RECIPIENT_REFUSED',
  'MESSAGE_TOO_LARGE',
  'MESSAGE_REJECTED',
  'TEMPORARY_FAILURE',
  'PERMANENT_FAILURE',
  'UNKNOWN',
] as const;
export type SmtpHintKey = (typeof SMTP_HINT_KEYS)[number];
