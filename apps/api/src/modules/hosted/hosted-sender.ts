import type { DataSource, EntityManager } from 'typeorm';
import type { SignedInCaller } from '../../auth/caller.js';
import type { AuditService } from '../audit/audit.service.js';
import { EmailSettingsRow } from '../sender/email-settings.entity.js';
import type { HostedSenderSource } from '../sender/sender.service.js';
import { HostedDomainRow } from './hosted-domain.entity.js';
import { activeKey } from './hosted-view.js';
import { hostedText } from './messages.js';

/**
 * What the sender module asks of the hosted domain: whether HOSTED may be enabled (only when VERIFIED,
 * naming what is missing otherwise, in both languages), the From address, and the signing key, which
 * stays sealed.
 */
export function createHostedSenderSource(db: DataSource): HostedSenderSource {
  const find = (accountId: string) => db.getRepository(HostedDomainRow).findOneBy({ accountId });
  return {
    async fromAddress(accountId) {
      return (await find(accountId))?.fromEmail ?? null;
    },
    async readiness(accountId) {
      const row = await find(accountId);
      if (!row) return { ready: false, reason: hostedText.noDomain };
      if (row.status === 'VERIFIED') return { ready: true, reason: null };
      const missing = row.records.filter((r) => r.required && r.status !== 'VERIFIED');
      return { ready: false, reason: hostedText.notReady(row.domain, row.status, missing) };
    },
    async transport(accountId) {
      const row = await find(accountId);
      if (!row) throw new Error(`account ${accountId} has no hosted domain`);
      const key = activeKey(row);
      return {
        domain: row.domain,
        selector: key.selector,
        privateKeySealed: key.privateKeySealed,
        fromName: row.fromName,
      };
    },
  };
}

/** A new domain starts unverified: an account sending as the old one falls back to its previous sender. */
export async function revertHostedSender(
  tx: EntityManager,
  audit: AuditService,
  admin: SignedInCaller,
  oldDomain: string,
): Promise<void> {
  const settings = await tx.getRepository(EmailSettingsRow).findOneBy({ accountId: admin.accountId });
  if (settings?.senderMode !== 'HOSTED') return;
  const fallback =
    settings.previousMode && settings.previousMode !== 'HOSTED' ? settings.previousMode : 'PLATFORM';
  settings.previousMode = 'HOSTED';
  settings.senderMode = fallback;
  settings.updatedAt = new Date();
  await tx.getRepository(EmailSettingsRow).save(settings);
  await audit.record(tx, admin, {
    action: 'SENDER_MODE_CHANGED',
    summary: hostedText.senderReverted(oldDomain, fallback),
    details: { from: 'HOSTED', to: fallback, reason: 'HOSTED_DOMAIN_REPLACED' },
  });
}
