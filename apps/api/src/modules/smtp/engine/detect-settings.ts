/**
 * "Detect settings": tries 465 (implicit TLS), 587 and 25 (STARTTLS) of one host in parallel,
 * without logging in or sending, and proposes the combination that works, encrypted first.
 */
import { type Locale, type SmtpHint, type SmtpStage, smtpHint, smtpHintFor } from '@ametrika/shared';
import { inLocale } from '../../../i18n/localized.js';
import { cleanReply } from './secrets.js';
import { assertSmtpPortAllowed, type LookupFn, resolveSmtpAddress, SmtpPolicyError } from './ssrf-guard.js';
import { endSession, openSmtpSession, type SmtpError, SmtpStageError, type TlsInfo } from './smtp-session.js';
import type { SmtpTimeouts } from './smtp-transport.js';

export type SmtpPortCandidate = { port: number; secure: boolean };

export const DEFAULT_DETECT_CANDIDATES: readonly SmtpPortCandidate[] = [
  { port: 465, secure: true },
  { port: 587, secure: false },
  { port: 25, secure: false },
];

const DETECT_TIMEOUTS: SmtpTimeouts = { connectionMs: 5_000, greetingMs: 5_000, socketMs: 8_000 };

export type SmtpDetectOutcome = SmtpPortCandidate & {
  /** The server greeted and, where offered, the TLS handshake succeeded with a verified certificate. */
  ok: boolean;
  /** Whether the session was encrypted (implicit TLS or STARTTLS). */
  encrypted: boolean;
  tls?: TlsInfo;
  durationMs: number;
  /** The stage that failed, when ok is false. */
  failedStage?: SmtpStage;
  response?: string;
  hint?: SmtpHint;
};

export type SmtpDetectResult = {
  host: string;
  /** The pinned address the probes went to; undefined when the host itself was refused. */
  address?: string;
  candidates: SmtpDetectOutcome[];
  /** The first working encrypted candidate in the order given, else the first working one. */
  proposed?: SmtpPortCandidate;
  /** Set when the host could not be probed at all (policy or DNS). */
  refusal?: { rule: SmtpPolicyError['rule']; message: string; hint: SmtpHint };
};

export type DetectSmtpSettingsInput = {
  host: string;
  allowPrivate: boolean;
  allowedPorts?: readonly number[];
  lookup?: LookupFn;
  /** Candidates to try; tests pass loopback peers on random ports. */
  ports?: readonly SmtpPortCandidate[];
  /** Trusted extra CA (SMTP_CA_FILE content). */
  caPem?: string | null;
  timeouts?: Partial<SmtpTimeouts>;
  /** The language of the refusal and of the engine's own errors; server replies stay as written. */
  locale?: Locale;
};

export const detectSmtpSettings = async (input: DetectSmtpSettingsInput): Promise<SmtpDetectResult> => {
  const candidates = input.ports ?? DEFAULT_DETECT_CANDIDATES;
  let address: string;
  try {
    address = (await resolveSmtpAddress(input.host, input)).address;
  } catch (error) {
    if (!(error instanceof SmtpPolicyError)) throw error;
    const hint = smtpHintFor({ stage: 'RESOLVE', errorCode: error.errorCode ?? error.rule });
    const message = inLocale(error.text, input.locale);
    return { host: input.host, candidates: [], refusal: { rule: error.rule, message, hint } };
  }
  const outcomes = await Promise.all(
    candidates.map((candidate) => probeCandidate(input, address, candidate)),
  );
  const working = outcomes.filter((outcome) => outcome.ok);
  const best = working.find((outcome) => outcome.encrypted) ?? working[0];
  return {
    host: input.host,
    address,
    candidates: outcomes,
    proposed: best ? { port: best.port, secure: best.secure } : undefined,
  };
};

const probeCandidate = async (
  input: DetectSmtpSettingsInput,
  address: string,
  candidate: SmtpPortCandidate,
): Promise<SmtpDetectOutcome> => {
  const startedAt = Date.now();
  const elapsed = () => Date.now() - startedAt;
  try {
    assertSmtpPortAllowed(candidate.port, input.allowedPorts);
  } catch (error) {
    const hint = smtpHint('PORT_NOT_ALLOWED');
    return {
      ...candidate,
      ok: false,
      encrypted: false,
      durationMs: 0,
      failedStage: 'RESOLVE',
      hint,
      response: error instanceof SmtpPolicyError ? inLocale(error.text, input.locale) : String(error),
    };
  }
  try {
    const session = await openSmtpSession(
      {
        host: input.host,
        port: candidate.port,
        secure: candidate.secure,
        pinnedAddress: address,
        caPem: input.caPem,
        timeouts: { ...DETECT_TIMEOUTS, ...input.timeouts },
      },
      input.locale,
    );
    endSession(session);
    const tls = session.tls ?? undefined;
    return { ...candidate, ok: true, encrypted: Boolean(tls), tls, durationMs: elapsed() };
  } catch (error) {
    if (!(error instanceof SmtpStageError)) throw error;
    return failedOutcome(input.host, candidate, error, elapsed());
  }
};

const failedOutcome = (
  host: string,
  candidate: SmtpPortCandidate,
  error: SmtpStageError,
  durationMs: number,
): SmtpDetectOutcome => {
  const failure: SmtpError = error.failure;
  const hint = smtpHintFor({
    stage: error.stage,
    errorCode: failure.originalCode ?? failure.code,
    responseCode: failure.responseCode,
    response: failure.response,
    message: failure.message,
    command: failure.command,
    host,
    ...candidate,
  });
  // No credentials are involved in detection; replies still get the same cleaning as in the test report.
  const response = cleanReply(failure.response ?? failure.message, (text) => text);
  return { ...candidate, ok: false, encrypted: false, durationMs, failedStage: error.stage, response, hint };
};
