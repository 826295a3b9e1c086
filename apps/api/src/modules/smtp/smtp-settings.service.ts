import { createHmac, randomUUID } from 'node:crypto';
import { type Locale, type SmtpTestReport, smtpHostSchema, smtpSettingsInputSchema } from '@ametrika/shared';
import type { DataSource } from 'typeorm';
import type { Caller, SignedInCaller } from '../../auth/caller.js';
import { requireAdmin } from '../../auth/policy.js';
import { RateLimiter } from '../../auth/rate-limiter.js';
import type { SecretBox } from '../../auth/secret-box.js';
import type { AppConfig } from '../../config/config.js';
import { badInput, parseInput, rateLimited } from '../../graphql/errors.js';
import { inLocale, type Localized } from '../../i18n/localized.js';
import type { AuditService } from '../audit/audit.service.js';
import { EmailSettingsRow } from '../sender/email-settings.entity.js';
import type {
  EmailSettingsType,
  SmtpDetectionResultType,
  SmtpSettingsInput,
  SmtpTestReportType,
} from '../sender/email-settings.types.js';
import type { SenderService } from '../sender/sender.service.js';
import { User } from '../users/user.entity.js';
import { requireVerifiedRecipient } from '../users/verified-recipients.js';
import { detectSmtpSettings, type SmtpPortCandidate } from './engine/detect-settings.js';
import type { LookupFn } from './engine/ssrf-guard.js';
import { runSmtpTest } from './engine/smtp-probe.js';
import { toDetectionView } from './detection-view.js';
import { smtpChangeText, smtpText } from './messages.js';
import { smtpTestMessage } from './smtp-test-message.js';

type CleanSettings = {
  host: string;
  port: number;
  secure: boolean;
  username: string | null;
  fromEmail: string;
  fromName: string | null;
};

export class SmtpSettingsService {
  /** SMTP tests open outbound connections; a limit keeps the feature from becoming a port scanner. */
  private readonly testLimiter = new RateLimiter(10, 60_000);
  /** Tests inject DNS answers here; production uses the system resolver. */
  lookup: LookupFn | undefined;
  /** Tests point detection at loopback peers; production probes 465, 587 and 25. */
  detectPorts: readonly SmtpPortCandidate[] | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly secrets: SecretBox,
    private readonly appSecret: string,
    private readonly sender: SenderService,
    private readonly audit: AuditService,
  ) {}

  async update(caller: Caller, input: SmtpSettingsInput, locale: Locale = 'EN'): Promise<EmailSettingsType> {
    const admin = requireAdmin(caller, 'change the SMTP server');
    const clean = this.clean(input, locale);
    return this.db.transaction(async (tx) => {
      const row = await this.sender.row(admin.accountId, tx);
      const hostOrPortChanged = row.smtpHost !== clean.host || row.smtpPort !== clean.port;
      const previousPassword = this.storedPassword(row);
      let password = previousPassword;
      if (input.password == null) {
        // Keeping a password for another server would send it somewhere the admin never typed it for.
        if (hostOrPortChanged) password = null;
      } else {
        password = input.password === '' ? null : input.password;
      }
      const changes = this.describeChanges(row, clean, previousPassword, password);
      Object.assign(row, {
        smtpHost: clean.host,
        smtpPort: clean.port,
        smtpSecure: clean.secure,
        smtpUsername: clean.username,
        smtpPasswordSealed: password == null ? null : this.secrets.seal(password),
        smtpFromEmail: clean.fromEmail,
        smtpFromName: clean.fromName,
        smtpFingerprint: this.fingerprint(clean, password),
        updatedAt: new Date(),
      });
      let fallback: string | null = null;
      if (row.senderMode === 'CUSTOM_SMTP' && row.smtpFingerprint !== row.smtpLastTestFingerprint) {
        // Untested settings never carry mail: fall back to the previous sender until a test passes.
        row.senderMode =
          row.previousMode && row.previousMode !== 'CUSTOM_SMTP' ? row.previousMode : 'PLATFORM';
        row.previousMode = 'CUSTOM_SMTP';
        fallback = row.senderMode;
      }
      await tx.getRepository(EmailSettingsRow).save(row);
      await this.audit.record(tx, admin, {
        action: 'SMTP_SETTINGS_UPDATED',
        summary: smtpText.auditSettingsUpdated(changes, fallback),
        details: { changes: changes.map((c) => c.en) },
      });
      return this.sender.viewOf(row, locale);
    });
  }

  async test(
    caller: Caller,
    input: { settings?: SmtpSettingsInput | null; to?: string | null },
    locale: Locale = 'EN',
  ): Promise<SmtpTestReportType> {
    const admin = requireAdmin(caller, 'test the SMTP server');
    const row = await this.sender.row(admin.accountId);
    const candidate = this.candidate(row, input.settings, locale);
    const to = await this.recipient(admin, input.to, locale);
    const wait = this.testLimiter.take(admin.accountId);
    if (wait > 0) throw rateLimited(inLocale(smtpText.tooManyTests(wait), locale), wait);

    const messageId = `<smtp-test.${randomUUID()}@${candidate.settings.fromEmail.split('@')[1]}>`;
    const report: SmtpTestReport = await runSmtpTest({
      target: {
        host: candidate.settings.host,
        port: candidate.settings.port,
        secure: candidate.settings.secure,
        username: candidate.settings.username,
        password: candidate.password,
        caPem: this.config.smtpCaPem,
      },
      allowPrivate: this.config.smtpAllowPrivateHosts,
      allowedPorts: this.config.smtpAllowedPorts,
      envelope: { from: candidate.settings.fromEmail, to },
      message: smtpTestMessage({ settings: candidate.settings, to, messageId }),
      lookup: this.lookup,
      locale,
    });

    const fingerprint = this.fingerprint(candidate.settings, candidate.password);
    const testedAt = new Date();
    await this.db.transaction(async (tx) => {
      const fresh = await this.sender.row(admin.accountId, tx);
      fresh.smtpLastTest = report;
      fresh.smtpLastTestFingerprint = fingerprint;
      fresh.smtpLastTestedAt = testedAt;
      fresh.updatedAt = testedAt;
      await tx.getRepository(EmailSettingsRow).save(fresh);
      await this.audit.record(tx, admin, {
        action: report.ok ? 'SMTP_TEST_PASSED' : 'SMTP_TEST_FAILED',
        summary: smtpText.auditTest(candidate.settings.host, candidate.settings.port, to, report.message),
      });
    });
    return { ...report, testedAt, ofSavedSettings: fingerprint === row.smtpFingerprint };
  }

  /** Probes 465 (TLS), 587 and 25 (STARTTLS) without logging in, and proposes what works. */
  async detect(caller: Caller, rawHost: string, locale: Locale = 'EN'): Promise<SmtpDetectionResultType> {
    const admin = requireAdmin(caller, 'probe SMTP servers');
    const host = parseInput(smtpHostSchema, rawHost, 'host').toLowerCase();
    const wait = this.testLimiter.take(admin.accountId);
    if (wait > 0) throw rateLimited(inLocale(smtpText.tooManyProbes(wait), locale), wait);
    const result = await detectSmtpSettings({
      host,
      allowPrivate: this.config.smtpAllowPrivateHosts,
      allowedPorts: this.config.smtpAllowedPorts,
      lookup: this.lookup,
      ports: this.detectPorts,
      caPem: this.config.smtpCaPem,
      locale,
    });
    return toDetectionView(host, result, locale);
  }

  private clean(input: SmtpSettingsInput, locale: Locale): CleanSettings {
    const parsed = parseInput(smtpSettingsInputSchema, input);
    if (!this.config.smtpAllowedPorts.includes(parsed.port)) {
      throw badInput(
        'port',
        inLocale(smtpText.portNotAllowed(parsed.port, this.config.smtpAllowedPorts), locale),
      );
    }
    return {
      host: parsed.host.toLowerCase().replace(/\.$/, ''),
      port: parsed.port,
      secure: parsed.secure,
      username: parsed.username?.trim() || null,
      fromEmail: parsed.fromEmail,
      fromName: parsed.fromName?.trim() || null,
    };
  }

  /** The settings a test runs with: the form's values (password kept only for the same server) or the saved ones. */
  private candidate(row: EmailSettingsRow, input: SmtpSettingsInput | null | undefined, locale: Locale) {
    if (!input) {
      if (!row.smtpHost || row.smtpPort == null || !row.smtpFromEmail) {
        throw badInput('settings', inLocale(smtpText.nothingSaved, locale));
      }
      return {
        settings: {
          host: row.smtpHost,
          port: row.smtpPort,
          secure: Boolean(row.smtpSecure),
          username: row.smtpUsername,
          fromEmail: row.smtpFromEmail,
          fromName: row.smtpFromName,
        },
        password: this.storedPassword(row),
      };
    }
    const settings = this.clean(input, locale);
    const sameServer = row.smtpHost === settings.host && row.smtpPort === settings.port;
    const password =
      input.password == null ? (sameServer ? this.storedPassword(row) : null) : input.password || null;
    return { settings, password };
  }

  private async recipient(
    admin: SignedInCaller,
    to: string | null | undefined,
    locale: Locale,
  ): Promise<string> {
    if (to?.trim()) return requireVerifiedRecipient(this.db, admin.accountId, to, 'to', locale);
    const userId = admin.kind === 'user' ? admin.userId : admin.createdById;
    const me = await this.db.getRepository(User).findOneBy({ id: userId });
    if (!me) throw badInput('to', inLocale(smtpText.noRecipient, locale));
    return requireVerifiedRecipient(this.db, admin.accountId, me.email, 'to', locale);
  }

  private storedPassword(row: EmailSettingsRow): string | null {
    return row.smtpPasswordSealed ? this.secrets.open(row.smtpPasswordSealed) : null;
  }

  /** A keyed hash, so the stored fingerprint reveals nothing about the password. */
  private fingerprint(s: CleanSettings, password: string | null): string {
    return createHmac('sha256', this.appSecret)
      .update(JSON.stringify([s.host, s.port, s.secure, s.username, password, s.fromEmail]))
      .digest('hex');
  }

  private describeChanges(
    row: EmailSettingsRow,
    s: CleanSettings,
    before: string | null,
    after: string | null,
  ) {
    const changes: Localized[] = [];
    if (row.smtpHost !== s.host) changes.push(smtpChangeText.host(s.host));
    if (row.smtpPort !== s.port) changes.push(smtpChangeText.port(s.port));
    if (Boolean(row.smtpSecure) !== s.secure || row.smtpSecure == null)
      changes.push(smtpChangeText.tls(s.secure));
    if (row.smtpUsername !== s.username) changes.push(smtpChangeText.username(s.username));
    if (before !== after)
      changes.push(after == null ? smtpChangeText.passwordRemoved : smtpChangeText.passwordChanged);
    if (row.smtpFromEmail !== s.fromEmail) changes.push(smtpChangeText.sender(s.fromEmail));
    if (row.smtpFromName !== s.fromName) changes.push(smtpChangeText.senderName(s.fromName));
    return changes;
  }
}
