import { randomUUID } from 'node:crypto';
import type { Locale, TemplateKey } from '@ametrika/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { SignedInCaller } from '../../auth/caller.js';
import { actingUserId } from '../../auth/policy.js';
import { conflict } from '../../graphql/errors.js';
import { Account } from '../accounts/account.entity.js';
import { ApiToken } from '../api-tokens/api-token.entity.js';
import { User } from '../users/user.entity.js';
import { overrideFieldsOf, type TemplateContent } from './template-content.js';
import { FooterOverride, TemplateOverride } from './template-override.entity.js';
import { TemplateVersion, type TemplateVersionKind } from './template-version.entity.js';

// Data access shared by the template and footer services. Every function takes the account id
// that the service took from the caller; none of them reads an account from arguments.

export const findTemplateOverride = (m: EntityManager, accountId: string, key: string, locale: Locale) =>
  m.getRepository(TemplateOverride).findOneBy({ accountId, templateKey: key, locale });

export async function templateOverridesByKey(m: EntityManager, accountId: string, locale: Locale) {
  const rows = await m.getRepository(TemplateOverride).findBy({ accountId, locale });
  return new Map(rows.map((row) => [row.templateKey, row]));
}

export const findFooterOverride = (m: EntityManager, accountId: string, locale: Locale) =>
  m.getRepository(FooterOverride).findOneBy({ accountId, locale });

/** Stores only what differs from the default; content equal to the default removes the row. */
export async function writeTemplateOverride(
  m: EntityManager,
  accountId: string,
  key: TemplateKey,
  locale: Locale,
  content: TemplateContent,
): Promise<TemplateOverride | null> {
  const repo = m.getRepository(TemplateOverride);
  const fields = overrideFieldsOf(key, locale, content);
  if (!fields) {
    await repo.delete({ accountId, templateKey: key, locale });
    return null;
  }
  const row = repo.create({ accountId, templateKey: key, locale, ...fields, updatedAt: new Date() });
  await repo.upsert(row, ['accountId', 'templateKey', 'locale']);
  return row;
}

export async function writeFooterOverride(
  m: EntityManager,
  accountId: string,
  locale: Locale,
  body: string | null,
): Promise<FooterOverride | null> {
  const repo = m.getRepository(FooterOverride);
  if (body === null) {
    await repo.delete({ accountId, locale });
    return null;
  }
  const row = repo.create({ accountId, locale, body, updatedAt: new Date() });
  await repo.upsert(row, ['accountId', 'locale']);
  return row;
}

export type VersionContent = {
  subject: string | null;
  preheader: string | null;
  body: string;
  includesFooter: boolean | null;
};

export async function addVersion(
  m: EntityManager,
  caller: SignedInCaller,
  target: string,
  locale: Locale,
  kind: TemplateVersionKind,
  content: VersionContent,
): Promise<TemplateVersion> {
  const repo = m.getRepository(TemplateVersion);
  const last = await repo.findOne({
    where: { accountId: caller.accountId, target, locale },
    order: { number: 'DESC' },
  });
  const version = repo.create({
    id: randomUUID(),
    accountId: caller.accountId,
    target,
    locale,
    number: (last?.number ?? 0) + 1,
    kind,
    ...content,
    authorUserId: actingUserId(caller),
    author: await authorOf(m, caller),
    createdAt: new Date(),
  });
  await repo.insert(version);
  return version;
}

export const findVersion = (m: EntityManager, accountId: string, id: string) =>
  m.getRepository(TemplateVersion).findOneBy({ accountId, id });

export const listVersions = (
  db: DataSource,
  accountId: string,
  target: string,
  locale: Locale,
  first: number,
) =>
  db.getRepository(TemplateVersion).find({
    where: { accountId, target, locale },
    order: { number: 'DESC' },
    take: Math.min(Math.max(first, 1), 200),
  });

/** The same display as the audit log: the user's email, or the token's name. */
async function authorOf(m: EntityManager, caller: SignedInCaller): Promise<string> {
  if (caller.kind === 'user') return caller.email;
  const token = await m.getRepository(ApiToken).findOneBy({ id: caller.tokenId });
  return `API token "${token?.name ?? caller.tokenId}"`;
}

/** The locale asked for, else the signed-in user's (a token's: its creator's), else EN. */
export async function resolveLocale(db: DataSource, caller: SignedInCaller, locale?: Locale | null) {
  if (locale) return locale;
  const user = await db.getRepository(User).findOneBy({ id: actingUserId(caller) });
  return (user?.locale as Locale | undefined) ?? 'EN';
}

export async function accountNameOf(m: EntityManager, accountId: string): Promise<string | null> {
  return (await m.getRepository(Account).findOneBy({ id: accountId }))?.name ?? null;
}

const isUniqueViolation = (error: unknown) => {
  const driver = (error as { driverError?: { code?: string } })?.driverError;
  const code = driver?.code ?? (error as { code?: string })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
};

/** Two admins saving the same template at the same moment: the second one is told, not masked. */
export async function inTransaction<T>(db: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict('Someone else changed this at the same moment. Reload and try again.');
    }
    throw error;
  }
}
