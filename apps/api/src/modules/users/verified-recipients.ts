import type { Locale } from '@ametrika/shared';
import { IsNull, Not, type DataSource } from 'typeorm';
import { badInput } from '../../graphql/errors.js';
import { inLocale } from '../../i18n/localized.js';
import { recipientText } from './messages.js';
import { User } from './user.entity.js';

/** One bare address: no display name, quotes, comments, brackets, commas, spaces or control characters. */
const BARE_ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** The local part is compared exactly (it may be case-sensitive); the domain without regard to case. */
export function canonicalAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return `${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`;
}

export async function listVerifiedRecipients(db: DataSource, accountId: string): Promise<string[]> {
  const users = await db.getRepository(User).find({
    where: { accountId, emailVerifiedAt: Not(IsNull()) },
    order: { email: 'ASC' },
  });
  return users.map((u) => u.email);
}

/**
 * Test mail goes only to a verified address of the account. The input must be exactly one bare address that
 * equals a verified one, so `"admin@x" <evil@y>`, two recipients or a changed local part are refused.
 */
export async function requireVerifiedRecipient(
  db: DataSource,
  accountId: string,
  to: string,
  field = 'to',
  locale: Locale = 'EN',
): Promise<string> {
  const trimmed = to.trim();
  if (!BARE_ADDRESS.test(trimmed) || trimmed.length > 254) {
    throw badInput(field, inLocale(recipientText.notOneAddress, locale));
  }
  const wanted = canonicalAddress(trimmed);
  const verified = await listVerifiedRecipients(db, accountId);
  const match = verified.find((address) => canonicalAddress(address) === wanted);
  if (!match) {
    throw badInput(field, inLocale(recipientText.notVerified(trimmed), locale));
  }
  return match;
}
