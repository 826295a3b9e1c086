import { type Redactor, cleanReply } from '../smtp/engine/secrets.js';
import { SmtpPolicyError } from '../smtp/engine/ssrf-guard.js';

export type DeliveryStage =
  | 'RESOLVE'
  | 'CONNECT'
  | 'TLS'
  | 'AUTH'
  | 'SENDER'
  | 'RECIPIENT'
  | 'DATA'
  | 'DATA_REPLY_LOST'
  | 'POLICY';

/**
 * - temporary: 4xx, connection errors, timeouts → DEFERRED with backoff until the lifetime ends;
 * - permanent: 5xx, or a host the SSRF guard refuses → FAILED now;
 * - account: a customer server refused our login or TLS → the account's mail pauses, attempts are kept;
 * - lostReply: the message went out but the reply never came → it may have arrived; retried a few times.
 */
export type SendFailure = {
  kind: 'temporary' | 'permanent' | 'account' | 'lostReply';
  stage: DeliveryStage;
  responseCode: number | null;
  response: string;
};

type NodemailerLikeError = Error & {
  code?: string;
  originalCode?: string;
  command?: string;
  responseCode?: number;
  response?: string;
};

const TLS_PATTERN = /CERT|SSL|TLS|certificate|wrong version number|handshake/i;

function stageOf(err: NodemailerLikeError): DeliveryStage {
  const command = (err.command ?? '').toUpperCase();
  if (err.code === 'EDNS') return 'RESOLVE';
  if (err.code === 'EAUTH' || command.startsWith('AUTH')) return 'AUTH';
  if (err.code === 'ETLS' || command === 'STARTTLS') return 'TLS';
  if (command.startsWith('MAIL')) return 'SENDER';
  if (command.startsWith('RCPT')) return 'RECIPIENT';
  if (command === 'DATA' || err.code === 'EMESSAGE') return 'DATA';
  if (!err.responseCode && TLS_PATTERN.test(`${err.originalCode ?? ''} ${err.message}`)) return 'TLS';
  return 'CONNECT';
}

/** Sorts a failed send into what the worker does next. `bodySent`: the whole message was handed to the socket. */
export function classifyFailure(
  error: unknown,
  context: { customerServer: boolean; bodySent: boolean; redact: Redactor },
): SendFailure {
  if (error instanceof SmtpPolicyError) {
    const temporary = error.rule === 'UNRESOLVABLE' && error.errorCode !== 'ENOTFOUND';
    return {
      kind: temporary ? 'temporary' : 'permanent',
      stage: error.rule === 'UNRESOLVABLE' ? 'RESOLVE' : 'POLICY',
      responseCode: null,
      response: error.message,
    };
  }
  const err = (error instanceof Error ? error : new Error(String(error))) as NodemailerLikeError;
  const responseCode = typeof err.responseCode === 'number' ? err.responseCode : null;
  const response = cleanReply(err.response ?? err.message, context.redact) ?? 'unknown error';
  const stage = stageOf(err);
  if (context.bodySent && responseCode === null) {
    return { kind: 'lostReply', stage: 'DATA_REPLY_LOST', responseCode, response };
  }
  const refusedCredentials = stage === 'AUTH' && (responseCode === null || responseCode >= 500);
  if (context.customerServer && (refusedCredentials || stage === 'TLS')) {
    return { kind: 'account', stage, responseCode, response };
  }
  if (responseCode !== null && responseCode >= 500)
    return { kind: 'permanent', stage, responseCode, response };
  return { kind: 'temporary', stage, responseCode, response };
}
