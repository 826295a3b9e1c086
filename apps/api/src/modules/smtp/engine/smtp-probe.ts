/**
 * The staged SMTP test: resolve → connect → TLS → AUTH → MAIL FROM → RCPT TO → DATA, with a real
 * message, reporting each stage with its time, the server's reply and a plain-language hint.
 * It never throws and never puts the password (in any encoding) into the report.
 */
import { type SmtpTestReport, smtpHint } from '@ametrika/shared';
import MailComposer from 'nodemailer/lib/mail-composer';
import { createRedactor } from './secrets.js';
import { type LookupFn, resolveSmtpHost, SmtpPolicyError } from './ssrf-guard.js';
import { StageLog } from './stage-log.js';
import {
  endSession,
  loginSession,
  openSmtpSession,
  type SmtpError,
  SmtpStageError,
  sendOnSession,
} from './smtp-session.js';
import { hasCredentials, type SmtpServerSettings, type SmtpTarget } from './smtp-transport.js';

export type SmtpTestMessage = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Stable id, e.g. `<smtp-test.1234@ametrika.com>`, so the admin can find the message. */
  messageId: string;
};

export type SmtpTestInput = {
  target: SmtpServerSettings;
  allowPrivate: boolean;
  allowedPorts?: readonly number[];
  envelope: { from: string; to: string };
  message: SmtpTestMessage;
  lookup?: LookupFn;
};

export const runSmtpTest = async (input: SmtpTestInput): Promise<SmtpTestReport> => {
  const log = new StageLog(createRedactor(input.target.username, input.target.password), input.target);
  try {
    return await runStages(input, log);
  } catch (error) {
    // A bug or an unexpected library error still yields a (redacted) report instead of a thrown secret.
    return log.fail('DATA', 0, {
      ...(error as SmtpError),
      message: String((error as Error)?.message ?? error),
    });
  }
};

const runStages = async (input: SmtpTestInput, log: StageLog): Promise<SmtpTestReport> => {
  const settings = input.target;
  const resolveStarted = Date.now();
  let target: SmtpTarget;
  try {
    const resolved = await resolveSmtpHost(settings.host, {
      port: settings.port,
      allowPrivate: input.allowPrivate,
      allowedPorts: input.allowedPorts,
      lookup: input.lookup,
    });
    target = { ...settings, pinnedAddress: resolved.address };
    log.ok('RESOLVE', Date.now() - resolveStarted, {
      detail: `${resolved.host} resolves to ${resolved.address}`,
    });
  } catch (error) {
    if (!(error instanceof SmtpPolicyError)) throw error;
    return log.fail(
      'RESOLVE',
      Date.now() - resolveStarted,
      error as SmtpError,
      error.errorCode ?? error.rule,
    );
  }

  let session: Awaited<ReturnType<typeof openSmtpSession>>;
  try {
    session = await openSmtpSession(target);
  } catch (error) {
    if (!(error instanceof SmtpStageError)) throw error;
    if (error.stage !== 'CONNECT') log.ok('CONNECT', error.tcpMs ?? 0, { detail: connectedTo(target) });
    return log.fail(error.stage, error.durationMs, error.failure);
  }

  try {
    log.ok('CONNECT', session.tcpMs, { detail: connectedTo(target) });
    if (session.tls) {
      const mode = target.secure ? 'implicit TLS' : 'STARTTLS';
      log.ok('TLS', session.setupMs, { detail: `${session.tls.protocol} ${session.tls.cipher} (${mode})` });
    } else {
      log.skip('TLS', session.setupMs, {
        detail: 'No STARTTLS offered: unencrypted.',
        hint: smtpHint('TLS_NOT_OFFERED'),
      });
    }
    if (hasCredentials(target)) {
      log.ok('AUTH', await loginSession(session, target), { detail: `Logged in as ${target.username}` });
    } else {
      log.skip('AUTH', 0, { detail: 'No user name configured.' });
    }
    const raw = await new MailComposer({ ...input.message }).compile().build();
    const info = await sendOnSession(session, input.envelope, raw);
    // MAIL FROM and RCPT TO travel together (pipelining), so their time is reported once, on SENDER.
    log.ok('SENDER', info.envelopeTime);
    log.ok('RECIPIENT', 0);
    const responseCode = Number(info.response.match(/^\d{3}/)?.[0]) || undefined;
    log.ok('DATA', info.messageTime, { responseCode, response: info.response });
    return log.finish(true, `Test email accepted by ${target.host}: ${info.response.split('\n')[0]}`);
  } catch (error) {
    if (!(error instanceof SmtpStageError)) throw error;
    if (error.stage === 'RECIPIENT' || error.stage === 'DATA') log.ok('SENDER', 0);
    if (error.stage === 'DATA') log.ok('RECIPIENT', 0);
    return log.fail(error.stage, error.durationMs, error.failure);
  } finally {
    endSession(session);
  }
};

const connectedTo = (target: SmtpTarget): string =>
  `Connected to ${target.pinnedAddress} port ${target.port}`;
