import { randomUUID } from 'node:crypto';
import { createUserInputSchema, type Locale as UiLocale } from '@ametrika/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../auth/caller.js';
import { requireAdmin, requireAdminUser } from '../../auth/policy.js';
import { createSecretToken, sha256Hex } from '../../auth/secret-token.js';
import type { AppConfig } from '../../config/config.js';
import { inLocale, type Localized } from '../../i18n/localized.js';
import { badInput, conflict, notFound, parseInput } from '../../graphql/errors.js';
import { Account } from '../accounts/account.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import type { OutboxService } from '../delivery/outbox.service.js';
import type { SenderService } from '../sender/sender.service.js';
import type { TemplateRendering } from '../../mail/template-rendering.js';
import { EmailVerification } from './email-verification.entity.js';
import { userAdminText, userAuditText } from './messages.js';
import { Locale, Role, User } from './user.entity.js';

export const VERIFICATION_LIFETIME_HOURS = 24;

/** Users of an account (the manual's test users) and the verification of their addresses. */
export class UserAdminService {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly sender: SenderService,
    private readonly outbox: OutboxService,
    private readonly rendering: TemplateRendering,
  ) {}

  async create(
    caller: Caller,
    input: { email: string; name?: string | null; role?: Role | null; locale?: Locale | null },
    uiLocale: UiLocale = 'EN',
  ) {
    const admin = requireAdmin(caller, 'add users');
    const clean = parseInput(createUserInputSchema, input);
    const email = clean.email.toLowerCase();
    return this.db.transaction(async (tx) => {
      if (await tx.getRepository(User).findOneBy({ email })) {
        throw conflict(inLocale(userAdminText.emailTaken(email), uiLocale), { field: 'email' });
      }
      const user = tx.getRepository(User).create({
        id: randomUUID(),
        accountId: admin.accountId,
        email,
        name: clean.name?.trim() || null,
        role: (clean.role as Role | null) ?? Role.MEMBER,
        locale: (clean.locale as Locale | null) ?? Locale.EN,
        passwordHash: null,
        emailVerifiedAt: null,
        createdAt: new Date(),
      });
      await tx.getRepository(User).insert(user);
      // The user row and its verification email commit together, or neither does.
      await this.queueVerification(tx, user);
      await this.audit.record(tx, admin, {
        action: 'USER_CREATED',
        summary: userAuditText.created(email, user.role),
      });
      return user;
    });
  }

  async resendVerification(caller: Caller, userId: string, uiLocale: UiLocale = 'EN'): Promise<User> {
    const admin = requireAdmin(caller, 'resend verification emails');
    return this.db.transaction(async (tx) => {
      const user = await tx.getRepository(User).findOneBy({ id: userId, accountId: admin.accountId });
      if (!user) throw notFound('The user');
      if (user.emailVerifiedAt) throw conflict(inLocale(userAdminText.alreadyVerified(user.email), uiLocale));
      await this.queueVerification(tx, user);
      await this.audit.record(tx, admin, {
        action: 'VERIFICATION_RESENT',
        summary: userAuditText.verificationResent(user.email),
      });
      return user;
    });
  }

  async delete(caller: Caller, userId: string, uiLocale: UiLocale = 'EN'): Promise<boolean> {
    const admin = requireAdminUser(caller, 'delete users');
    return this.db.transaction(async (tx) => {
      const user = await tx.getRepository(User).findOneBy({ id: userId, accountId: admin.accountId });
      if (!user) throw notFound('The user');
      if (user.id === admin.userId) throw conflict(inLocale(userAdminText.notYourself, uiLocale));
      if (user.role === Role.ADMIN) {
        const admins = await tx.getRepository(User).countBy({ accountId: admin.accountId, role: Role.ADMIN });
        if (admins <= 1) throw conflict(inLocale(userAdminText.lastAdmin, uiLocale));
      }
      await tx.getRepository(User).delete({ id: user.id });
      await this.audit.record(tx, admin, {
        action: 'USER_DELETED',
        summary: userAuditText.deleted(user.email),
      });
      return true;
    });
  }

  /** Public: the link from the email. Single use, valid for 24 hours, unknown and used links look the same. */
  async verifyEmail(token: string, uiLocale: UiLocale = 'EN'): Promise<User> {
    // `reason` lets the page say what happened without parsing the message.
    const refuse = (reason: 'INVALID' | 'USED' | 'EXPIRED', message: Localized) =>
      badInput('token', inLocale(message, uiLocale), { reason });
    if (!token || token.length > 200) throw refuse('INVALID', userAdminText.linkInvalid);
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(EmailVerification);
      const link = await repo.findOneBy({ tokenHash: sha256Hex(token) });
      if (!link || link.usedAt) {
        throw refuse(link ? 'USED' : 'INVALID', userAdminText.linkInvalidOrUsed);
      }
      if (link.expiresAt.getTime() < Date.now()) {
        throw refuse('EXPIRED', userAdminText.linkExpired);
      }
      const used = await repo
        .createQueryBuilder()
        .update(EmailVerification)
        .set({ usedAt: new Date() })
        .where('id = :id AND used_at IS NULL', { id: link.id })
        .execute();
      if (!used.affected) throw refuse('USED', userAdminText.linkUsed);
      const user = await tx.getRepository(User).findOneByOrFail({ id: link.userId });
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = new Date();
        await tx.getRepository(User).update({ id: user.id }, { emailVerifiedAt: user.emailVerifiedAt });
      }
      return user;
    });
  }

  private async queueVerification(tx: EntityManager, user: User): Promise<void> {
    const repo = tx.getRepository(EmailVerification);
    // A new link replaces the old ones, so only the newest email works.
    await repo.update({ userId: user.id }, { usedAt: new Date() });
    const token = createSecretToken();
    const now = Date.now();
    await repo.insert({
      id: randomUUID(),
      userId: user.id,
      tokenHash: sha256Hex(token),
      expiresAt: new Date(now + VERIFICATION_LIFETIME_HOURS * 3600_000),
      usedAt: null,
      createdAt: new Date(now),
    });
    const account = await tx.getRepository(Account).findOneByOrFail({ id: user.accountId });
    const rendered = await this.rendering.renderForSending(tx, {
      accountId: user.accountId,
      key: 'email_verification',
      locale: user.locale,
      data: {
        account_name: account.name,
        recipient_email: user.email,
        user_name: user.name ?? user.email,
        verification_url: `${this.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`,
        expires_in_hours: VERIFICATION_LIFETIME_HOURS,
      },
    });
    await this.outbox.enqueue(tx, {
      accountId: user.accountId,
      kind: 'verification',
      templateKey: 'email_verification',
      locale: user.locale,
      to: user.email,
      ...rendered,
      sender: await this.sender.snapshot(user.accountId, undefined, tx),
    });
  }
}
