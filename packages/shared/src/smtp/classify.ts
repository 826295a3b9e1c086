import { SMTP_HINTS_DE } from './hints-de.js';
import { SMTP_HINTS_EN } from './hints-en.js';
import type { SmtpHint, SmtpHintKey, SmtpStage } from './stages.js';

/** What is known about a failed stage. Everything but `stage` is optional. */
export type SmtpFailure = {
  stage: SmtpStage;
  /** Most specific code known: a system/OpenSSL code (ECONNREFUSED, CERT_HAS_EXPIRED), a nodemailer code (EAUTH) or a policy rule (PRIVATE_ADDRESS). */
  errorCode?: string;
  responseCode?: number;
  response?: string;
  message?: string;
  /** The SMTP command that was answered, e.g. "STARTTLS", "AUTH PLAIN", "RCPT TO". */
  command?: string;
  host?: string;
  port?: number;
  secure?: boolean;
};

export const smtpHint = (key: SmtpHintKey): SmtpHint => ({
  key,
  en: SMTP_HINTS_EN[key],
  de: SMTP_HINTS_DE[key],
});

/** A plain-language hint for a failure; the text comes from the catalog, never from the server. */
export const smtpHintFor = (failure: SmtpFailure): SmtpHint => smtpHint(smtpHintKeyFor(failure));

const POLICY_KEYS: Record<string, SmtpHintKey> = {
  PRIVATE_ADDRESS: 'PRIVATE_ADDRESS',
  PORT_NOT_ALLOWED: 'PORT_NOT_ALLOWED',
  INVALID_HOST: 'INVALID_HOST',
  UNRESOLVABLE: 'HOST_NOT_FOUND',
  ENOTFOUND: 'HOST_NOT_FOUND',
  ENODATA: 'HOST_NOT_FOUND',
  EAI_NONAME: 'HOST_NOT_FOUND',
  EAI_AGAIN: 'DNS_FAILED',
  ESERVFAIL: 'DNS_FAILED',
  EDNS: 'DNS_FAILED',
  ECONNREFUSED: 'CONNECTION_REFUSED',
  EHOSTUNREACH: 'HOST_UNREACHABLE',
  ENETUNREACH: 'HOST_UNREACHABLE',
};

const UNTRUSTED_CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);
const EXPIRED_CERT_CODES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

export const smtpHintKeyFor = (failure: SmtpFailure): SmtpHintKey => {
  const code = failure.errorCode ?? '';
  const text = `${failure.message ?? ''}\n${failure.response ?? ''}`;
  const fixed = POLICY_KEYS[code];
  if (fixed) return fixed;
  return (
    tlsKeyFor(code, text, failure) ??
    timeoutKeyFor(code, text, failure) ??
    replyKeyFor(failure, text) ??
    fallbackKeyFor(code, failure)
  );
};

const tlsKeyFor = (code: string, text: string, failure: SmtpFailure): SmtpHintKey | undefined => {
  if (UNTRUSTED_CERT_CODES.has(code) || /self[- ]signed|unable to (verify|get (local )?issuer)/i.test(text)) {
    return 'CERT_UNTRUSTED';
  }
  if (EXPIRED_CERT_CODES.has(code) || /certificate (has expired|is not yet valid)/i.test(text))
    return 'CERT_EXPIRED';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || /does not match certificate's altnames/i.test(text)) {
    return 'CERT_WRONG_NAME';
  }
  // OpenSSL's words when a TLS client meets a plain-text greeting ("220 ...") instead of a ServerHello.
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || /wrong version number|packet length too long/i.test(text)) {
    return 'TLS_ON_STARTTLS_PORT';
  }
  const command = (failure.command ?? '').toUpperCase();
  if (command === 'STARTTLS' && failure.responseCode) return 'STARTTLS_UNAVAILABLE';
  if (
    failure.responseCode === 538 ||
    (failure.stage === 'TLS' && /starttls/i.test(text) && !/initiating tls/i.test(text))
  ) {
    return 'STARTTLS_UNAVAILABLE';
  }
  return undefined;
};

const timeoutKeyFor = (code: string, text: string, failure: SmtpFailure): SmtpHintKey | undefined => {
  if (code !== 'ETIMEDOUT' && !/timed? ?out/i.test(text)) return undefined;
  if (failure.stage === 'CONNECT' && /greeting/i.test(text)) {
    return failure.secure === false && failure.port === 465 ? 'TLS_OFF_ON_TLS_PORT' : 'GREETING_TIMEOUT';
  }
  if (failure.stage === 'CONNECT' || failure.stage === 'TLS') return 'CONNECTION_TIMEOUT';
  return 'TEMPORARY_FAILURE';
};

const isGmail = (failure: SmtpFailure, text: string): boolean =>
  /gsmtp|support\.google\.com|gmail/i.test(text) ||
  /(^|\.)(gmail|googlemail|google)\.com$/i.test(failure.host ?? '');

const authKeyFor = (failure: SmtpFailure, text: string): SmtpHintKey => {
  if (/5\.7\.139/.test(text)) return 'AUTH_M365_SMTP_AUTH_DISABLED';
  if (/5\.7\.(8|9)\b/.test(text) && isGmail(failure, text)) return 'AUTH_GMAIL_APP_PASSWORD';
  return 'AUTH_FAILED';
};

const replyKeyFor = (failure: SmtpFailure, text: string): SmtpHintKey | undefined => {
  const reply = failure.responseCode;
  if (failure.stage === 'AUTH' && (!reply || reply >= 500)) return authKeyFor(failure, text);
  if (!reply) return undefined;
  if (reply >= 400 && reply < 500) return 'TEMPORARY_FAILURE';
  if (reply < 500) return undefined;
  if (reply === 530 || /authentication required/i.test(text)) return 'AUTH_REQUIRED';
  if (failure.stage === 'SENDER') return 'SENDER_REFUSED';
  if (failure.stage === 'RECIPIENT') return /relay/i.test(text) ? 'RELAY_DENIED' : 'RECIPIENT_REFUSED';
  if (failure.stage === 'DATA')
    return reply === 552 || /5\.3\.4/.test(text) ? 'MESSAGE_TOO_LARGE' : 'MESSAGE_REJECTED';
  return 'PERMANENT_FAILURE';
};

const fallbackKeyFor = (code: string, failure: SmtpFailure): SmtpHintKey => {
  if (code === 'ECONNECTION' || code === 'ECONNRESET' || code === 'EPIPE' || code === 'ESOCKET') {
    return failure.stage === 'TLS' ? 'TLS_HANDSHAKE_FAILED' : 'CONNECTION_CLOSED';
  }
  if (code === 'ETLS' || failure.stage === 'TLS') return 'TLS_HANDSHAKE_FAILED';
  if (code === 'EAUTH') return 'AUTH_FAILED';
  return 'UNKNOWN';
};
