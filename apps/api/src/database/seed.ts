import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { generatePassword, hashPassword } from '../auth/password.js';
import { Account } from '../modules/accounts/account.entity.js';
import { Role, User } from '../modules/users/user.entity.js';

/** On an empty database, creates the account "Demo" and its first admin. Returns a generated password once. */
export async function seedFirstAdmin(
  db: DataSource,
  config: AppConfig,
): Promise<{ created: boolean; generatedPassword?: string }> {
  return db.transaction(async (tx) => {
    if ((await tx.getRepository(Account).count()) > 0) return { created: false };
    const now = new Date();
    const account = tx.getRepository(Account).create({ id: randomUUID(), name: 'Demo', createdAt: now });
    await tx.getRepository(Account).insert(account);
    const generatedPassword = config.adminPassword ? undefined : generatePassword();
    await tx.getRepository(User).insert({
      id: randomUUID(),
      accountId: account.id,
      email: config.adminEmail,
      name: 'Administrator',
      role: Role.ADMIN,
      passwordHash: await hashPassword(config.adminPassword ?? (generatedPassword as string)),
      // The operator chose this address; it counts as verified so tests can go to it at once.
      emailVerifiedAt: now,
      createdAt: now,
    });
    return { created: true, generatedPassword };
  });
}
