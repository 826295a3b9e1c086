import { randomBytes } from 'node:crypto';
import {
  createHostedDomainInputSchema,
  type Locale,
  type DnsProviderId,
  detectDnsProvider,
  dkimSelectorFor,
  normalizeHostedDomain,
} from '@ametrika/shared';
import { type DataSource, type EntityManager, Not } from 'typeorm';
import type { Caller, SignedInCaller } from '../../auth/caller.js';
import { requireAdmin, requireSignedIn } from '../../auth/policy.js';
import type { SecretBox } from '../../auth/secret-box.js';
import type { AppConfig } from '../../config/config.js';
import { conflict, parseInput } from '../../graphql/errors.js';
import { inLocale } from '../../i18n/localized.js';
import type { AuditService } from '../audit/audit.service.js';
import { type DnsClient, generateDkimKeyPair, lookupExistingMailRecords } from './engine/index.js';
import { type HostedAuditEvent, recordHostedEvent } from './hosted-audit.js';
import { checkHostedDomain } from './hosted-check.js';
import { isUniqueViolation, ownedElsewhereError, saveCheck, type Who } from './hosted-save.js';
import { HostedDomainRow, type StoredDkimKey } from './hosted-domain.entity.js';
import { buildHostedRecords, withDkimRecords } from './hosted-records.js';
import { revertHostedSender } from './hosted-sender.js';
import { toHostedDomainView } from './hosted-view.js';
import type { HostedDomainType } from './hosted.types.js';
import { hostedText } from './messages.js';

/** The hosted domain of an account: APPLY, verification, DKIM rotation. Scoped by the caller's account. */
export class HostedDomainService {
  /** Replaceable in tests, like the DNS servers: NS records are hard to serve from a test DNS server. */
  nsLookup: (zone: string) => Promise<string[]>;

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly secrets: SecretBox,
    private readonly audit: AuditService,
    public dns: DnsClient,
  ) {
    this.nsLookup = async (zone) => {
      const result = await this.dns.ns(zone);
      return result.kind === 'answers' ? result.values : [];
    };
  }

  private get repo() {
    return this.db.getRepository(HostedDomainRow);
  }

  find(accountId: string, manager: EntityManager = this.db.manager) {
    return manager.getRepository(HostedDomainRow).findOneBy({ accountId });
  }

  async view(caller: Caller): Promise<HostedDomainType | null> {
    const { accountId } = requireSignedIn(caller);
    const row = await this.find(accountId);
    return row ? toHostedDomainView(row) : null;
  }

  async apply(
    caller: Caller,
    input: { domain: string; fromEmail: string; fromName?: string | null },
    locale: Locale = 'EN',
  ) {
    const admin = requireAdmin(caller, 'set up a hosted domain');
    const platformDomains = [this.config.platformMailDomain, this.config.whiteLabelMailDomain];
    const clean = parseInput(createHostedDomainInputSchema(platformDomains), input);
    const normalized = normalizeHostedDomain(clean.domain, { platformDomains });
    if (!normalized.ok) throw new Error('validated domain did not normalise');
    const { ascii: domain, registrable: zone } = normalized.domain;
    if (await this.ownedElsewhere(domain, admin.accountId)) throw ownedElsewhereError(domain, locale);

    const now = new Date();
    const existing = await this.find(admin.accountId);
    const same = existing?.domain === domain ? existing : null;
    const [mail, provider] = await Promise.all([
      lookupExistingMailRecords(domain, this.dns),
      this.detectProvider(zone),
    ]);
    // Same domain: keep token and keys, so records already published stay valid.
    const verificationToken = same?.verificationToken ?? randomBytes(20).toString('base64url');
    const keys = same?.dkimKeys ?? [await this.newKey(now, [], 'ACTIVE')];
    const row = this.repo.create({
      ...(same ?? {}),
      accountId: admin.accountId,
      domain,
      domainUnicode: clean.domainUnicode,
      zone,
      fromEmail: clean.fromEmail,
      fromName: clean.fromName,
      status: same?.status ?? 'PENDING',
      verifiedDomain: same?.verifiedDomain ?? null,
      verificationToken,
      dkimKeys: keys,
      records: buildHostedRecords({
        domain,
        zone,
        verificationToken,
        keys,
        platform: this.config.platformDns,
        existing: mail,
      }),
      provider: provider.provider,
      nameServers: provider.nameServers,
      pendingSince: same && same.status !== 'FAILED' ? same.pendingSince : now,
      checkAttempts: 0,
      lastCheckedAt: same?.lastCheckedAt ?? null,
      nextCheckAt: null,
      verifiedAt: same?.verifiedAt ?? null,
      version: (existing?.version ?? 0) + 1,
      createdAt: same?.createdAt ?? now,
      updatedAt: now,
    });
    const result = await checkHostedDomain(row, { ...this.checkOptions(now, true), ownedElsewhere: false });
    Object.assign(row, result.changes);

    await this.db
      .transaction(async (tx) => {
        if (await this.ownedElsewhere(domain, admin.accountId, tx)) throw ownedElsewhereError(domain, locale);
        await tx.getRepository(HostedDomainRow).save(row);
        await recordHostedEvent(this.audit, tx, admin, {
          action: 'HOSTED_DOMAIN_APPLIED',
          summary: same
            ? hostedText.appliedAgain(domain, row.fromEmail)
            : hostedText.applied(domain, row.fromEmail, keys[0]!.selector),
          details: {
            domain,
            fromEmail: row.fromEmail,
            fromName: row.fromName,
            replaced: existing?.domain ?? null,
          },
        });
        for (const event of result.events) await recordHostedEvent(this.audit, tx, admin, event);
        if (existing && !same) await revertHostedSender(tx, this.audit, admin, existing.domain);
      })
      .catch((error) => {
        throw isUniqueViolation(error) ? ownedElsewhereError(domain, locale) : error;
      });
  }

  /** "Verify now": checks DNS at once and restarts the backoff (and the 72 hours of a FAILED domain). */
  async verify(caller: Caller, locale: Locale = 'EN'): Promise<void> {
    const admin = requireAdmin(caller, 'verify the hosted domain');
    const row = await this.requireRow(admin.accountId, locale);
    await this.check(row, admin, true, locale);
  }

  /** Adds a new key as a pending record; signing moves to it only once DNS serves it. */
  async rotate(caller: Caller, locale: Locale = 'EN'): Promise<void> {
    const admin = requireAdmin(caller, 'rotate the DKIM key');
    const row = await this.requireRow(admin.accountId, locale);
    const pending = row.dkimKeys.find((k) => k.state === 'PENDING');
    if (pending) throw conflict(inLocale(hostedText.rotationPending(pending.selector), locale));
    const now = new Date();
    const key = await this.newKey(
      now,
      row.dkimKeys.map((k) => k.selector),
      'PENDING',
    );
    await this.mutate(
      row,
      admin,
      { dkimKeys: [...row.dkimKeys, key] },
      {
        action: 'HOSTED_DKIM_KEY_ADDED',
        summary: hostedText.keyAdded(row.domain, key.selector),
        details: { domain: row.domain, selector: key.selector },
      },
      locale,
    );
  }

  /** Removes a key that no longer signs: the previous one after a switch, or a pending one (cancel). */
  async retire(caller: Caller, selector: string, locale: Locale = 'EN'): Promise<void> {
    const admin = requireAdmin(caller, 'retire a DKIM key');
    const row = await this.requireRow(admin.accountId, locale);
    const key = row.dkimKeys.find((k) => k.selector === selector.trim().toLowerCase());
    if (!key) throw conflict(inLocale(hostedText.unknownSelector(selector), locale), { field: 'selector' });
    if (key.state === 'ACTIVE') {
      throw conflict(inLocale(hostedText.retireActive(key.selector), locale), { field: 'selector' });
    }
    await this.mutate(
      row,
      admin,
      { dkimKeys: row.dkimKeys.filter((k) => k !== key) },
      {
        action: 'HOSTED_DKIM_KEY_RETIRED',
        summary: hostedText.keyRetired(row.domain, key.selector, key.state),
        details: { domain: row.domain, selector: key.selector, state: key.state },
      },
      locale,
    );
  }

  /**
   * Runs a check and saves it unless the row changed meanwhile (then APPLY or rotation wins). `locale` is
   * the language of the admin who asked for it, if any.
   */
  async check(row: HostedDomainRow, who: Who, manual: boolean, locale: Locale = 'EN'): Promise<boolean> {
    const now = new Date();
    const ownedElsewhere = await this.ownedElsewhere(row.domain, row.accountId);
    if (manual && ownedElsewhere) throw ownedElsewhereError(row.domain, locale);
    const result = await checkHostedDomain(row, { ...this.checkOptions(now, manual), ownedElsewhere });
    return saveCheck(this.db, this.audit, row, result, who, now, locale);
  }

  private async mutate(
    row: HostedDomainRow,
    admin: SignedInCaller,
    patch: { dkimKeys: StoredDkimKey[] },
    event: HostedAuditEvent,
    locale: Locale,
  ) {
    const records = withDkimRecords(row.records, patch.dkimKeys, row.domain, row.zone);
    const next = { ...row, ...patch, records, version: row.version + 1, updatedAt: new Date() };
    await this.db.transaction(async (tx) => {
      await tx.getRepository(HostedDomainRow).save(next);
      await recordHostedEvent(this.audit, tx, admin, event);
    });
    // The new record's status comes from DNS at once; a switch happens only there.
    await this.check(await this.requireRow(row.accountId, locale), admin, false, locale);
  }

  private checkOptions(now: Date, manual: boolean) {
    return { dns: this.dns, spfInclude: this.config.platformDns.spfInclude, now, manual };
  }

  private async requireRow(accountId: string, locale: Locale) {
    const row = await this.find(accountId);
    if (!row) throw conflict(inLocale(hostedText.applyFirst, locale));
    return row;
  }

  private async ownedElsewhere(domain: string, accountId: string, manager: EntityManager = this.db.manager) {
    return manager
      .getRepository(HostedDomainRow)
      .exists({ where: { verifiedDomain: domain, accountId: Not(accountId) } });
  }

  private async detectProvider(zone: string): Promise<{ provider: DnsProviderId; nameServers: string[] }> {
    const nameServers = await this.nsLookup(zone).catch(() => []);
    return { provider: detectDnsProvider(nameServers), nameServers };
  }

  private async newKey(now: Date, taken: string[], state: StoredDkimKey['state']): Promise<StoredDkimKey> {
    const pair = await generateDkimKeyPair();
    return {
      selector: dkimSelectorFor(now, taken),
      state,
      publicKeyBase64: pair.publicKeyBase64,
      privateKeySealed: this.secrets.seal(pair.privateKeyPem),
      createdAt: now.toISOString(),
    };
  }
}
