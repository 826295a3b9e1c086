import { type Locale, senderIdentityInputSchema, type SenderMode } from '@ametrika/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../auth/caller.js';
import { requireAdmin, requireSignedIn } from '../../auth/policy.js';
import type { AppConfig } from '../../config/config.js';
import { badInput, conflict, parseInput } from '../../graphql/errors.js';
import { inLocale, type Localized } from '../../i18n/localized.js';
import type { AuditService } from '../audit/audit.service.js';
import { hostedEnvelopeFrom } from '../hosted/engine/dkim-signing.js';
import { EmailSettingsRow } from './email-settings.entity.js';
import type { EmailSettingsType, SenderOptionType } from './email-settings.types.js';
import { senderText } from './messages.js';
import type { SenderSnapshot } from './sender-snapshot.js';
import { resumePausedCustomSmtpMail } from './resume-custom-smtp.js';
import { smtpReadiness, toSmtpSettingsView } from './smtp-view.js';

/** What the hosted-domain module tells the sender module; null until that module is wired in. */
export type HostedSenderSource = {
  fromAddress(accountId: string): Promise<string | null>;
  /** `reason` says what is missing, in both UI languages. */
  readiness(accountId: string): Promise<{ ready: boolean; reason: Localized | null }>;
  transport(
    accountId: string,
  ): Promise<{ domain: string; selector: string; privateKeySealed: string; fromName: string | null }>;
};

export class SenderService {
  hosted: HostedSenderSource | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async row(accountId: string, manager: EntityManager = this.db.manager): Promise<EmailSettingsRow> {
    const found = await manager.getRepository(EmailSettingsRow).findOneBy({ accountId });
    if (found) return found;
    return manager.getRepository(EmailSettingsRow).create({
      accountId,
      senderMode: 'PLATFORM',
      previousMode: null,
      fromName: null,
      replyTo: null,
      smtpHost: null,
      smtpPort: null,
      smtpSecure: null,
      smtpUsername: null,
      smtpPasswordSealed: null,
      smtpFromEmail: null,
      smtpFromName: null,
      smtpFingerprint: null,
      smtpLastTest: null,
      smtpLastTestFingerprint: null,
      smtpLastTestedAt: null,
      updatedAt: new Date(),
    });
  }

  async view(caller: Caller, locale: Locale = 'EN'): Promise<EmailSettingsType> {
    const { accountId } = requireSignedIn(caller);
    return this.viewOf(await this.row(accountId), locale);
  }

  /** `locale` is the caller's UI language, for the reasons a sender cannot be enabled yet. */
  async viewOf(row: EmailSettingsRow, locale: Locale = 'EN'): Promise<EmailSettingsType> {
    const senders = await this.senderOptions(row, locale);
    const active = senders.find((s) => s.mode === row.senderMode);
    return {
      senderMode: row.senderMode,
      activeFromAddress: active?.fromAddress ?? this.platformAddress(),
      fromName: row.fromName,
      replyTo: row.replyTo,
      smtp: toSmtpSettingsView(row, locale),
      senders,
    };
  }

  async setSenderMode(caller: Caller, mode: SenderMode, locale: Locale = 'EN'): Promise<EmailSettingsType> {
    const admin = requireAdmin(caller, 'choose the sender');
    return this.db.transaction(async (tx) => {
      const row = await this.row(admin.accountId, tx);
      const option = (await this.senderOptions(row, locale)).find((s) => s.mode === mode);
      if (!option) throw badInput('mode', inLocale(senderText.unknownMode, locale));
      if (!option.available) {
        throw conflict(option.unavailableReason ?? inLocale(senderText.notYet, locale), {
          reason: option.unavailableCode,
        });
      }
      if (row.senderMode !== mode) {
        const before = row.senderMode;
        row.previousMode = before;
        row.senderMode = mode;
        row.updatedAt = new Date();
        await tx.getRepository(EmailSettingsRow).save(row);
        if (mode === 'CUSTOM_SMTP')
          await resumePausedCustomSmtpMail(tx, admin.accountId, await this.snapshotOf(row, mode));
        await this.audit.record(tx, admin, {
          action: 'SENDER_MODE_CHANGED',
          summary: senderText.auditModeChanged(before, mode),
          details: { from: before, to: mode },
        });
      }
      return this.viewOf(row, locale);
    });
  }

  async updateIdentity(
    caller: Caller,
    input: { fromName?: string | null; replyTo?: string | null },
    locale: Locale = 'EN',
  ) {
    const admin = requireAdmin(caller, 'change the sender name');
    const clean = parseInput(senderIdentityInputSchema, input);
    return this.db.transaction(async (tx) => {
      const row = await this.row(admin.accountId, tx);
      row.fromName = clean.fromName?.trim() || null;
      row.replyTo = clean.replyTo?.trim() || null;
      row.updatedAt = new Date();
      await tx.getRepository(EmailSettingsRow).save(row);
      await this.audit.record(tx, admin, {
        action: 'SENDER_IDENTITY_UPDATED',
        summary: senderText.auditIdentity(row.fromName, row.replyTo),
        details: { fromName: row.fromName, replyTo: row.replyTo },
      });
      return this.viewOf(row, locale);
    });
  }

  /** The sender a message queued now would use (the active one unless a card's test asks for another). */
  async snapshot(accountId: string, mode?: SenderMode, manager?: EntityManager): Promise<SenderSnapshot> {
    return this.snapshotOf(await this.row(accountId, manager), mode);
  }

  /** `snapshot` of a settings row the caller already holds. */
  private async snapshotOf(row: EmailSettingsRow, mode?: SenderMode): Promise<SenderSnapshot> {
    const { accountId } = row;
    const chosen = (mode ?? row.senderMode) as SenderMode;
    const base = { fromName: row.fromName, replyTo: row.replyTo };
    if (chosen === 'CUSTOM_SMTP' && row.smtpHost && row.smtpPort && row.smtpFromEmail) {
      return {
        ...base,
        mode: chosen,
        fromEmail: row.smtpFromEmail,
        fromName: row.smtpFromName ?? row.fromName,
        envelopeFrom: row.smtpFromEmail,
        messageIdDomain: row.smtpFromEmail.split('@')[1],
        transport: {
          kind: 'smtp',
          host: row.smtpHost,
          port: row.smtpPort,
          secure: Boolean(row.smtpSecure),
          username: row.smtpUsername,
          passwordSealed: row.smtpPasswordSealed,
        },
      };
    }
    if (chosen === 'HOSTED' && this.hosted) {
      const h = await this.hosted.transport(accountId);
      const fromEmail = (await this.hosted.fromAddress(accountId)) ?? `noreply@${h.domain}`;
      return {
        ...base,
        mode: chosen,
        fromEmail,
        fromName: h.fromName ?? row.fromName,
        envelopeFrom: hostedEnvelopeFrom(h.domain),
        messageIdDomain: h.domain,
        transport: {
          kind: 'hosted',
          domain: h.domain,
          selector: h.selector,
          privateKeySealed: h.privateKeySealed,
        },
      };
    }
    const domain =
      chosen === 'WHITE_LABEL' ? this.config.whiteLabelMailDomain : this.config.platformMailDomain;
    return {
      ...base,
      mode: chosen === 'WHITE_LABEL' ? 'WHITE_LABEL' : 'PLATFORM',
      fromEmail: `noreply@${domain}`,
      envelopeFrom: `bounces@${domain}`,
      messageIdDomain: domain,
      transport: { kind: 'relay' },
    };
  }

  private platformAddress() {
    return `noreply@${this.config.platformMailDomain}`;
  }

  private async senderOptions(row: EmailSettingsRow, locale: Locale): Promise<SenderOptionType[]> {
    const smtp = smtpReadiness(row, locale);
    const hostedReady = this.hosted ? await this.hosted.readiness(row.accountId) : null;
    return [
      {
        mode: 'PLATFORM',
        fromAddress: this.platformAddress(),
        available: true,
        unavailableCode: null,
        unavailableReason: null,
      },
      {
        mode: 'WHITE_LABEL',
        fromAddress: `noreply@${this.config.whiteLabelMailDomain}`,
        available: true,
        unavailableCode: null,
        unavailableReason: null,
      },
      {
        mode: 'CUSTOM_SMTP',
        fromAddress: row.smtpFromEmail,
        available: smtp.ready,
        unavailableCode: smtp.code,
        unavailableReason: smtp.reason,
      },
      {
        mode: 'HOSTED',
        fromAddress: this.hosted ? await this.hosted.fromAddress(row.accountId) : null,
        available: hostedReady?.ready ?? false,
        unavailableCode: hostedReady?.ready ? null : 'HOSTED_DOMAIN_NOT_VERIFIED',
        unavailableReason: hostedReady?.ready
          ? null
          : inLocale(hostedReady?.reason ?? senderText.hostedNotVerified, locale),
      },
    ];
  }
}
