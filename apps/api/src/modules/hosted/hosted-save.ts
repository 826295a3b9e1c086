import type { Locale } from '@ametrika/shared';
import type { DataSource } from 'typeorm';
import type { SignedInCaller } from '../../auth/caller.js';
import { conflict } from '../../graphql/errors.js';
import { inLocale } from '../../i18n/localized.js';
import type { AuditService } from '../audit/audit.service.js';
import { recordHostedEvent } from './hosted-audit.js';
import type { CheckResult } from './hosted-check.js';
import { HostedDomainRow } from './hosted-domain.entity.js';
import { hostedText } from './messages.js';

/** A person, or the background re-check acting for an account. */
export type Who = SignedInCaller | { system: true; accountId: string };

export const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string };
  const code = e.driverError?.code ?? e.code ?? '';
  return (
    code === '23505' || code.startsWith('SQLITE_CONSTRAINT') || /UNIQUE constraint/i.test(e.message ?? '')
  );
};

export const ownedElsewhereError = (domain: string, locale: Locale) =>
  conflict(inLocale(hostedText.ownedElsewhere(domain), locale), { field: 'domain' });

/**
 * Saves a check's outcome only if the row is still the version that was checked: an APPLY or rotation in
 * the meantime wins, and the check's result is dropped. The unique index on `verified_domain` is the last
 * word when two accounts verify one domain at once: the loser stays unverified. `locale` is the language
 * of the person who asked for the check, for the refusal they get.
 */
export async function saveCheck(
  db: DataSource,
  audit: AuditService,
  row: HostedDomainRow,
  result: CheckResult,
  who: Who,
  now: Date,
  locale: Locale = 'EN',
): Promise<boolean> {
  try {
    return await db.transaction(async (tx) => {
      const saved = await tx
        .createQueryBuilder()
        .update(HostedDomainRow)
        .set({ ...result.changes, version: row.version + 1, updatedAt: now })
        .where('account_id = :id AND version = :version', { id: row.accountId, version: row.version })
        .execute();
      if (!saved.affected) return false;
      for (const event of result.events) await recordHostedEvent(audit, tx, who, event);
      return true;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    if (!('system' in who)) throw ownedElsewhereError(row.domain, locale);
    return false;
  }
}
