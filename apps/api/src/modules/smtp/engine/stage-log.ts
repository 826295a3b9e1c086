/** Collects the stages of one SMTP test into the report the API returns. */
import {
  type Locale,
  SMTP_STAGES,
  type SmtpHint,
  type SmtpStage,
  type SmtpTestReport,
  type SmtpTestStageReport,
  smtpHintFor,
} from '@ametrika/shared';
import { inLocale } from '../../../i18n/localized.js';
import { engineText } from './messages.js';
import { cleanReply, type Redactor } from './secrets.js';
import type { SmtpError } from './smtp-session.js';
import type { SmtpServerSettings } from './smtp-transport.js';

type StageExtra = { responseCode?: number; response?: string; detail?: string; hint?: SmtpHint };

const firstLine = (text: string): string => text.split('\n')[0].trim();

export class StageLog {
  private readonly stages: SmtpTestStageReport[] = [];

  constructor(
    private readonly redact: Redactor,
    private readonly settings: SmtpServerSettings,
    /** The language of the sentences the report adds around the server's replies. */
    readonly locale: Locale = 'EN',
  ) {}

  ok(stage: SmtpStage, durationMs: number, extra: StageExtra = {}): void {
    this.add(stage, 'OK', durationMs, extra);
  }

  skip(stage: SmtpStage, durationMs: number, extra: StageExtra = {}): void {
    this.add(stage, 'SKIPPED', durationMs, extra);
  }

  /** Records the failed stage and returns the finished report; every later stage is SKIPPED. */
  fail(stage: SmtpStage, durationMs: number, error: SmtpError, errorCode?: string): SmtpTestReport {
    const response = cleanReply(error.response, this.redact);
    const detail = cleanReply(error.message, this.redact);
    const hint = smtpHintFor({
      stage,
      errorCode: errorCode ?? error.originalCode ?? error.code,
      responseCode: error.responseCode,
      response: error.response,
      message: error.message,
      command: error.command,
      host: this.settings.host,
      port: this.settings.port,
      secure: this.settings.secure,
    });
    this.add(stage, 'FAILED', durationMs, {
      responseCode: error.responseCode,
      response,
      detail: response ? undefined : detail,
      hint,
    });
    const reason = firstLine(response ?? detail ?? inLocale(engineText.unknownError, this.locale));
    const message =
      stage === 'RESOLVE' ? reason : inLocale(engineText.stageFailed(stage, reason), this.locale);
    return this.finish(false, message);
  }

  /** The first stage without an entry: where an unexpected error belongs. */
  currentStage(): SmtpStage {
    return SMTP_STAGES.find((stage) => !this.stages.some((entry) => entry.stage === stage)) ?? 'DATA';
  }

  finish(ok: boolean, message: string): SmtpTestReport {
    for (const stage of SMTP_STAGES) {
      if (!this.stages.some((entry) => entry.stage === stage)) this.add(stage, 'SKIPPED', 0, {});
    }
    this.stages.sort((a, b) => SMTP_STAGES.indexOf(a.stage) - SMTP_STAGES.indexOf(b.stage));
    return { ok, message: this.redact(message.replace(/\s+/g, ' ').trim()), stages: this.stages };
  }

  private add(
    stage: SmtpStage,
    status: SmtpTestStageReport['status'],
    durationMs: number,
    extra: StageExtra,
  ): void {
    const entry: SmtpTestStageReport = { stage, status, durationMs: Math.max(0, Math.round(durationMs)) };
    if (extra.responseCode) entry.responseCode = extra.responseCode;
    if (extra.response) entry.response = cleanReply(extra.response, this.redact);
    if (extra.detail) entry.detail = cleanReply(extra.detail, this.redact);
    if (extra.hint) entry.hint = extra.hint;
    this.stages.push(entry);
  }
}
