import type { Locale } from '@ametrika/shared';
import { inLocale } from '../../i18n/localized.js';
import type { SmtpDetectionResultType } from '../sender/email-settings.types.js';
import type { SmtpDetectOutcome, SmtpDetectResult } from './engine/detect-settings.js';
import { smtpText } from './messages.js';

/** What "Detect settings" answers: each port's outcome in one sentence of the caller's language. */
export function toDetectionView(
  host: string,
  result: SmtpDetectResult,
  locale: Locale,
): SmtpDetectionResultType {
  if (result.refusal) {
    return {
      host,
      candidates: [],
      proposedPort: null,
      proposedSecure: null,
      refusal: result.refusal.message,
      refusalHint: result.refusal.hint,
    };
  }
  return {
    host,
    candidates: result.candidates.map((c) => ({
      port: c.port,
      secure: c.secure,
      ok: c.ok,
      message: inLocale(candidateText(c), locale),
      hint: c.hint ?? null,
    })),
    proposedPort: result.proposed?.port ?? null,
    proposedSecure: result.proposed?.secure ?? null,
    refusal: null,
    refusalHint: null,
  };
}

const candidateText = (c: SmtpDetectOutcome) =>
  c.ok
    ? smtpText.candidateWorks(c.port, c.secure ? 'TLS' : c.encrypted ? 'STARTTLS' : 'NONE', c.tls?.protocol)
    : smtpText.candidateFailed(c.port, c.secure, c.failedStage ?? 'CONNECT', c.response);
