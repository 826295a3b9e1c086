/**
 * The one place that turns a customer's SMTP settings into nodemailer options. The staged test
 * and the outbox worker both use it, so a passing test means the worker connects the same way.
 */
import { isIP } from 'node:net';
import { rootCertificates } from 'node:tls';
import nodemailer from 'nodemailer';
import type { SMTPConnectionOptions } from 'nodemailer/lib/smtp-connection';
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';

export type SmtpTimeouts = {
  /** TCP connect (and, for nodemailer, the whole session setup). */
  connectionMs: number;
  /** Waiting for the greeting and for a TLS handshake. */
  greetingMs: number;
  /** Inactivity during the session. */
  socketMs: number;
};

export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = {
  connectionMs: 10_000,
  greetingMs: 10_000,
  socketMs: 30_000,
};

/** The account's settings, before the SSRF guard picked an address. */
export type SmtpServerSettings = {
  host: string;
  port: number;
  /** true = implicit TLS (465); false = STARTTLS whenever offered, and required when logging in. */
  secure: boolean;
  username?: string | null;
  password?: string | null;
  /** Extra trusted CA (PEM), the content of SMTP_CA_FILE; the public roots stay trusted. */
  caPem?: string | null;
  timeouts?: Partial<SmtpTimeouts>;
  /** EHLO name; nodemailer uses the machine's host name when unset. */
  clientName?: string;
};

/** Settings plus the address the SSRF guard resolved and checked. */
export type SmtpTarget = SmtpServerSettings & { pinnedAddress: string };

export const hasCredentials = (settings: SmtpServerSettings): boolean => Boolean(settings.username);

export const smtpTimeouts = (settings: SmtpServerSettings): SmtpTimeouts => ({
  ...DEFAULT_SMTP_TIMEOUTS,
  ...settings.timeouts,
});

export const buildSmtpConnectionOptions = (target: SmtpTarget): SMTPConnectionOptions => {
  const timeouts = smtpTimeouts(target);
  const withAuth = hasCredentials(target);
  // SNI and certificate checks use the name the admin typed, while the socket goes to the pinned IP.
  const servername = isIP(target.host) ? undefined : target.host;
  return {
    host: target.pinnedAddress,
    port: target.port,
    secure: target.secure,
    servername,
    // Credentials never cross the network in clear text: without STARTTLS the session fails before AUTH.
    requireTLS: !target.secure && withAuth,
    opportunisticTLS: !target.secure && !withAuth,
    ignoreTLS: false,
    name: target.clientName,
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    dnsTimeout: timeouts.connectionMs,
    // Off on purpose: nodemailer's debug log carries the SMTP dialogue, and AUTH lines hold the password in base64.
    logger: false,
    debug: false,
    transactionLog: false,
    tls: {
      servername,
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
      ca: target.caPem ? [...rootCertificates, target.caPem] : undefined,
    },
  };
};

export const buildSmtpTransportOptions = (target: SmtpTarget): SMTPTransportOptions => {
  const options: SMTPTransportOptions = { ...buildSmtpConnectionOptions(target) };
  if (hasCredentials(target)) {
    options.auth = { user: target.username ?? '', pass: target.password ?? '' };
  }
  return options;
};

/** A nodemailer transporter for the outbox worker: one connection per message, pinned to the checked address. */
export const createSmtpTransport = (target: SmtpTarget) =>
  nodemailer.createTransport(buildSmtpTransportOptions(target));
