/**
 * The staged SMTP test: resolve → connect → TLS → AUTH → MAIL FROM → RCPT TO → DATA, with a real
 * message, reporting each stage with its time, the server's reply and a plain-language hint.
 * It never throws and never puts the password (in any encoding) into the report.
 */
import { type Locale, type SmtpTestReport, smtpHint } from '@ametrika/shared';
import MailComposer from 'nodemailer/lib/mail-composer';
import { inLocale, type Localized } from '../../../i18n/localized.js';
import { engineText } from './messages.js';
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
  /** The language of the report's own sentences; server replies stay as the server wrote them. */
  locale?: Locale;
};

export const runSmtpTest = async (input: SmtpTestInput): Promise<SmtpTestReport> => {
  const redact = createRedactor(input.target.username, input.target.password);
  const log = new StageLog(redact, input.target, input.locale ?? 'EN');
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
  const say = (text: Localized) => inLocale(text, log.locale);
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
      detail: say(engineText.resolved(resolved.host, resolved.address)),
    });
  } catch (error) {
    if (!(error instanceof SmtpPolicyError)) throw error;
    const failure = { ...(error as SmtpError), message: say(error.text) } as SmtpError;
    return log.fail('RESOLVE', Date.now() - resolveStarted, failure, error.errorCode ?? error.rule);
  }

  let session: Awaited<ReturnType<typeof openSmtpSession>>;
  try {
    session = await openSmtpSession(target, log.locale);
  } catch (error) {
    if (!(error instanceof SmtpStageError)) throw error;
    if (error.stage !== 'CONNECT') log.ok('CONNECT', error.tcpMs ?? 0, { detail: say(connectedTo(target)) });
    return log.fail(error.stage, error.durationMs, error.failure);
  }

  try {
    log.ok('CONNECT', session.tcpMs, { detail: say(connectedTo(target)) });
    if (session.tls) {
      const { protocol, cipher } = session.tls;
      log.ok('TLS', session.setupMs, { detail: say(engineText.tls(protocol, cipher, target.secure)) });
    } else {
      log.skip('TLS', session.setupMs, {
        detail: say(engineText.noStartTls),
        hint: smtpHint('TLS_NOT_OFFERED'),
      });
    }
    if (hasCredentials(target)) {
      const loginMs = await loginSession(session, target);
      log.ok('AUTH', loginMs, { detail: say(engineText.loggedIn(target.username ?? '')) });
    } else {
      log.skip('AUTH', 0, { detail: say(engineText.noUsername) });
    }
    const raw = await new MailComposer({ ...input.message }).compile().build();
    const info = await sendOnSession(session, input.envelope, raw);
    // MAIL FROM and RCPT TO travel together (pipelining), so their time is reported once, on SENDER.
    log.ok('SENDER', info.envelopeTime);
    log.ok('RECIPIENT', 0);
    const responseCode = Number(info.response.match(/^\d{3}/)?.[0]) || undefined;
    log.ok('DATA', info.messageTime, { responseCode, response: info.response });
    return log.finish(true, say(engineText.accepted(target.host, info.response.split('\n')[0])));
  } catch (error) {
    if (!(error instanceof SmtpStageError)) throw error;
    if (error.stage === 'RECIPIENT' || error.stage === 'DATA') log.ok('SENDER', 0);
    if (error.stage === 'DATA') log.ok('RECIPIENT', 0);
    return log.fail(error.stage, error.durationMs, error.failure);
  } finally {
    endSession(session);
  }
};

const connectedTo = (target: SmtpTarget): Localized =>
  engineText.connected(target.pinnedAddress, target.port);
