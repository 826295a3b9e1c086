import {
  type Locale,
  type SenderMode,
  type SmtpStage,
  SMTP_STAGES,
  escapeHtml,
  findTemplateDefinition,
  getSampleData,
  smtpHintFor,
} from '@ametrika/shared';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../auth/caller.js';
import { requireAdmin } from '../../auth/policy.js';
import { RateLimiter } from '../../auth/rate-limiter.js';
import { badInput, conflict, rateLimited } from '../../graphql/errors.js';
import { inLocale } from '../../i18n/localized.js';
import type { TemplateRendering } from '../../mail/template-rendering.js';
import { Account } from '../accounts/account.entity.js';
import { DeliveryStatus, type OutboxMessage } from '../delivery/outbox-message.entity.js';
import type { OutboxService } from '../delivery/outbox.service.js';
import type { SenderService } from '../sender/sender.service.js';
import { requireVerifiedRecipient } from '../users/verified-recipients.js';
import { describeSender, testEmailText } from './messages.js';
import type { SendTestEmailInput, SendTestResultType } from './test-email.types.js';

/** SEND TEST: a real message through the chosen sender, to a verified address, answered with the server's reply. */
export class TestEmailService {
  private readonly limiter = new RateLimiter(10, 60_000);
  waitMs = 8_000;

  constructor(
    private readonly db: DataSource,
    private readonly sender: SenderService,
    private readonly outbox: OutboxService,
    private readonly rendering: TemplateRendering,
  ) {}

  /** `uiLocale` is the admin's UI language (the answer's); `input.locale` the template's. */
  async sendTemplate(
    caller: Caller,
    input: SendTestEmailInput,
    uiLocale: Locale = 'EN',
  ): Promise<SendTestResultType> {
    const admin = requireAdmin(caller, 'send test emails');
    const definition = findTemplateDefinition(input.key);
    if (!definition) throw badInput('key', inLocale(testEmailText.unknownTemplate(input.key), uiLocale));
    const locale = (input.locale ?? 'EN') as Locale;
    const to = await requireVerifiedRecipient(this.db, admin.accountId, input.to, 'to', uiLocale);
    this.limit(admin.accountId, uiLocale);
    const row = await this.db.transaction(async (tx) => {
      const account = await tx.getRepository(Account).findOneByOrFail({ id: admin.accountId });
      const data = {
        ...getSampleData(definition.key, locale),
        account_name: account.name,
        recipient_email: to,
      };
      const rendered = await this.rendering.renderForSending(tx, {
        accountId: admin.accountId,
        key: definition.key,
        locale,
        data,
        content: { subject: input.subject, preheader: input.preheader, body: input.body },
      });
      const sender = await this.sender.snapshot(admin.accountId, undefined, tx);
      const { message } = await this.outbox.enqueue(tx, {
        accountId: admin.accountId,
        kind: 'test',
        templateKey: definition.key,
        locale,
        to,
        ...rendered,
        subject: `[Test] ${rendered.subject}`,
        sender,
        lifetimeMs: 10 * 60_000,
      });
      return message;
    });
    return this.outcome(row, to, uiLocale);
  }

  /** The short message each sender card can send, so the admin sees how its From line arrives. */
  async sendSenderTest(
    caller: Caller,
    mode: SenderMode,
    toInput: string,
    locale: Locale = 'EN',
  ): Promise<SendTestResultType> {
    const admin = requireAdmin(caller, 'send test emails');
    const to = await requireVerifiedRecipient(this.db, admin.accountId, toInput, 'to', locale);
    // Only what the chosen card needs; building every card's view here would read the settings twice.
    if (mode === 'CUSTOM_SMTP' && !(await this.sender.row(admin.accountId)).smtpHost)
      throw conflict(inLocale(testEmailText.saveSmtpFirst, locale));
    if (mode === 'HOSTED' && !(await this.sender.hosted?.fromAddress(admin.accountId)))
      throw conflict(inLocale(testEmailText.applyDomainFirst, locale));
    this.limit(admin.accountId, locale);
    const row = await this.db.transaction(async (tx) => {
      const sender = await this.sender.snapshot(admin.accountId, mode, tx);
      const from = sender.fromName ? `${sender.fromName} <${sender.fromEmail}>` : sender.fromEmail;
      const text = `This is a test of the ${mode} sender. It arrives from ${from}.\n\nDies ist ein Test des Absenders ${mode}. Er kommt von ${from}.`;
      const { message } = await this.outbox.enqueue(tx, {
        accountId: admin.accountId,
        kind: 'test',
        to,
        subject: `Ametrika Email: sender test (${mode})`,
        html: `<!DOCTYPE html><html><body><p>${escapeHtml(text).replace(/\n/g, '<br>')}</p></body></html>`,
        text,
        sender,
        lifetimeMs: 10 * 60_000,
      });
      return message;
    });
    return this.outcome(row, to, locale);
  }

  private limit(accountId: string, locale: Locale) {
    const wait = this.limiter.take(accountId);
    if (wait > 0) throw rateLimited(inLocale(testEmailText.tooMany(wait), locale), wait);
  }

  private async outcome(queued: OutboxMessage, to: string, locale: Locale): Promise<SendTestResultType> {
    const row = (await this.outbox.waitForOutcome(queued.id, this.waitMs)) ?? queued;
    const via = describeSender(row.sender);
    const base = {
      deliveryId: row.id,
      status: row.status,
      senderMode: row.senderMode,
      responseCode: row.lastResponseCode,
      response: row.lastResponse,
      stage: row.lastErrorStage,
    };
    if (row.status === DeliveryStatus.SENT) {
      return {
        ...base,
        ok: true,
        hint: null,
        message: inLocale(testEmailText.sent(to, via, row.lastResponse), locale),
      };
    }
    if (row.status === DeliveryStatus.QUEUED || row.status === DeliveryStatus.SENDING) {
      return {
        ...base,
        ok: false,
        hint: null,
        message: inLocale(testEmailText.queued(to, via), locale),
      };
    }
    const stage = (SMTP_STAGES as readonly string[]).includes(row.lastErrorStage ?? '')
      ? (row.lastErrorStage as SmtpStage)
      : 'DATA';
    const hint = smtpHintFor({
      stage,
      responseCode: row.lastResponseCode ?? undefined,
      response: row.lastResponse ?? undefined,
    });
    const retrying = row.status === DeliveryStatus.DEFERRED;
    return {
      ...base,
      ok: false,
      hint,
      message: inLocale(testEmailText.notAccepted(to, via, row.lastResponse, retrying), locale),
    };
  }
}
