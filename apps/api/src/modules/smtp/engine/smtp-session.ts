/**
 * One SMTP session split into the stages the admin sees. We open the TCP connection ourselves
 * (so CONNECT and TLS are told apart) and hand it to nodemailer's SMTPConnection with the very
 * options the worker's transport uses.
 */
import { connect as netConnect, type Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { Locale, SmtpStage } from '@ametrika/shared';
import type { NodemailerError } from 'nodemailer/lib/errors';
import SMTPConnection, { type SMTPConnectionSendInfo } from 'nodemailer/lib/smtp-connection';
import { inLocale } from '../../../i18n/localized.js';
import { engineText } from './messages.js';
import {
  buildSmtpConnectionOptions,
  hasCredentials,
  type SmtpTarget,
  smtpTimeouts,
} from './smtp-transport.js';

export type SmtpError = NodemailerError & { timeoutType?: string };

/** A failure with the stage it belongs to and how long that stage ran. */
export class SmtpStageError extends Error {
  constructor(
    readonly stage: SmtpStage,
    readonly failure: SmtpError,
    readonly durationMs: number,
    /** How long the TCP connect took when a later setup step (TLS, greeting) failed. */
    readonly tcpMs?: number,
  ) {
    super(failure.message);
  }
}

export type TlsInfo = { protocol: string; cipher: string };

export type OpenSession = {
  connection: SMTPConnection;
  tcpMs: number;
  setupMs: number;
  /** null when the session stayed in plain text (server offers no STARTTLS and no credentials are set). */
  tls: TlsInfo | null;
  /** The language of the errors this session writes itself (its own, not the server's). */
  locale: Locale;
};

const TLS_SYSTEM_CODE = /^(ERR_SSL_|ERR_TLS_|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|HOSTNAME_MISMATCH)/;

const openTcp = (address: string, port: number, timeoutMs: number, locale: Locale): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = netConnect({ host: address, port });
    const timer = setTimeout(() => {
      socket.destroy();
      const message = inLocale(engineText.noTcpConnection(timeoutMs), locale);
      reject(Object.assign(new Error(message), { code: 'ETIMEDOUT' }));
    }, timeoutMs);
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
  });

/** Which stage a failure of connect() belongs to: the TLS part or the greeting/EHLO part. */
const setupStageOf = (error: SmtpError, connection: SMTPConnection): SmtpStage => {
  if (error.code === 'ETLS' || error.timeoutType === 'UPGRADE_TIMEOUT') return 'TLS';
  if (TLS_SYSTEM_CODE.test(error.originalCode ?? '') || TLS_SYSTEM_CODE.test(error.code ?? '')) return 'TLS';
  return connection.upgrading ? 'TLS' : 'CONNECT';
};

/** Runs one callback-style step and also catches what SMTPConnection emits as 'error' meanwhile. */
const step = <T>(
  connection: SMTPConnection,
  locale: Locale,
  run: (done: (error?: SmtpError | null, value?: T) => void) => void,
) =>
  new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (error?: SmtpError | null, value?: T) => {
      if (settled) return;
      settled = true;
      connection.off('error', finish);
      connection.off('end', onEnd);
      if (error) reject(error);
      else resolve(value as T);
    };
    const onEnd = () =>
      finish(
        Object.assign(new Error(inLocale(engineText.connectionClosed, locale)), {
          code: 'ECONNECTION',
        }) as SmtpError,
      );
    connection.on('error', finish);
    connection.once('end', onEnd);
    run(finish);
  });

export const openSmtpSession = async (target: SmtpTarget, locale: Locale = 'EN'): Promise<OpenSession> => {
  const timeouts = smtpTimeouts(target);
  const startedAt = Date.now();
  let socket: Socket;
  try {
    socket = await openTcp(target.pinnedAddress, target.port, timeouts.connectionMs, locale);
  } catch (error) {
    throw new SmtpStageError('CONNECT', error as SmtpError, Date.now() - startedAt);
  }
  const tcpMs = Date.now() - startedAt;
  const connection = new SMTPConnection({ ...buildSmtpConnectionOptions(target), connection: socket });
  try {
    await step<void>(connection, locale, (done) => connection.connect((error) => done(error)));
  } catch (error) {
    connection.close();
    socket.destroy();
    const smtpError = error as SmtpError;
    throw new SmtpStageError(
      setupStageOf(smtpError, connection),
      smtpError,
      Date.now() - startedAt - tcpMs,
      tcpMs,
    );
  }
  const setupMs = Date.now() - startedAt - tcpMs;
  const secured = connection.secure ? (connection._socket as TLSSocket) : null;
  const tls = secured
    ? { protocol: secured.getProtocol() ?? 'TLS', cipher: secured.getCipher()?.name ?? '' }
    : null;
  // Belt and braces for requireTLS: credentials never go out over a plain session.
  if (!tls && hasCredentials(target)) {
    connection.close();
    const refusal = Object.assign(new Error(inLocale(engineText.noStartTlsForCredentials, locale)), {
      code: 'ETLS',
      command: 'STARTTLS',
    });
    throw new SmtpStageError('TLS', refusal as SmtpError, setupMs, tcpMs);
  }
  return { connection, tcpMs, setupMs, tls, locale };
};

export const loginSession = async (session: OpenSession, target: SmtpTarget): Promise<number> => {
  const startedAt = Date.now();
  try {
    await step<boolean>(session.connection, session.locale, (done) =>
      session.connection.login({ user: target.username ?? '', pass: target.password ?? '' }, done),
    );
    return Date.now() - startedAt;
  } catch (error) {
    throw new SmtpStageError('AUTH', error as SmtpError, Date.now() - startedAt);
  }
};

const sendStageOf = (error: SmtpError): SmtpStage => {
  const command = (error.command ?? '').toUpperCase();
  if (command.startsWith('MAIL')) return 'SENDER';
  if (command.startsWith('RCPT')) return 'RECIPIENT';
  return 'DATA';
};

export const sendOnSession = async (
  session: OpenSession,
  envelope: { from: string; to: string },
  raw: Buffer,
): Promise<SMTPConnectionSendInfo> => {
  const startedAt = Date.now();
  try {
    return await step<SMTPConnectionSendInfo>(session.connection, session.locale, (done) =>
      session.connection.send({ from: envelope.from, to: [envelope.to] }, raw, done),
    );
  } catch (error) {
    const smtpError = error as SmtpError;
    throw new SmtpStageError(sendStageOf(smtpError), smtpError, Date.now() - startedAt);
  }
};

export const endSession = (session: OpenSession): void => {
  try {
    session.connection.quit();
  } catch {
    session.connection.close();
  }
};
