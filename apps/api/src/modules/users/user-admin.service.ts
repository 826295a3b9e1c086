import { randomUUID } from 'node:crypto';
import { createUserInputSchema } from '@ametrika/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../auth/caller.js';
import { requireAdmin, requireAdminUser } from '../../auth/policy.js';
import { createSecretToken, sha256Hex } from '../../auth/secret-token.js';
import type { AppConfig } from '../../config/config.js';
import { badInput, conflict, notFound, parseInput } from '../../graphql/errors.js';
import { Account } from '../accounts/account.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import type { OutboxService } from '../delivery/outbox.service.js';
import type { SenderService } from '../sender/sender.service.js';
import type { TemplateRendering } from '../../mail/template-rendering.js';
import { EmailVerification } from './email-verification.entity.js';
import { userAuditText } from './messages.js';
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
  ) {
    const admin = requireAdmin(caller, 'add users');
    const clean = parseInput(createUserInputSchema, input);
    const email = clean.email.toLowerCase();
    return this.db.transaction(async (tx) => {
      if (await tx.getRepository(User).findOneBy({ email })) {
        throw conflict(`${email} already belongs to a user. Resend its verification email instead.`, {
          field: 'email',
        });
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

  async resendVerification(caller: Caller, userId: string): Promise<User> {
    const admin = requireAdmin(caller, 'resend verification emails');
    return this.db.transaction(async (tx) => {
      const user = await tx.getRepository(User).findOneBy({ id: userId, accountId: admin.accountId });
      if (!user) throw notFound('The user');
      if (user.emailVerifiedAt) throw conflict(`${user.email} is already verified.`);
      await this.queueVerification(tx, user);
      await this.audit.record(tx, admin, {
        action: 'VERIFICATION_RESENT',
        summary: userAuditText.verificationResent(user.email),
      });
      return user;
    });
  }

  async delete(caller: Caller, userId: string): Promise<boolean> {
    const admin = requireAdminUser(caller, 'delete users');
    return this.db.transaction(async (tx) => {
      const user = await tx.getRepository(User).findOneBy({ id: userId, accountId: admin.accountId });
      if (!user) throw notFound('The user');
      if (user.id === admin.userId) throw conflict('You cannot delete yourself; ask another administrator.');
      if (user.role === Role.ADMIN) {
        const admins = await tx.getRepository(User).countBy({ accountId: admin.accountId, role: Role.ADMIN });
        if (admins <= 1) throw conflict('An account keeps at least one administrator.');
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
  async verifyEmail(token: string): Promise<User> {
    // `reason` lets the page say what happened without parsing the English message.
    const refuse = (reason: 'INVALID' | 'USED' | 'EXPIRED', message: string) =>
      badInput('token', message, { reason });
    if (!token || token.length > 200) throw refuse('INVALID', 'This verification link is not valid.');
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(EmailVerification);
      const link = await repo.findOneBy({ tokenHash: sha256Hex(token) });
      if (!link || link.usedAt) {
        throw refuse(
          link ? 'USED' : 'INVALID',
          'This verification link is not valid or was already used. Ask an administrator to send a new one.',
        );
      }
      if (link.expiresAt.getTime() < Date.now()) {
        throw refuse(
          'EXPIRED',
          'This verification link has expired. Ask an administrator to send a new one.',
        );
      }
      const used = await repo
        .createQueryBuilder()
        .update(EmailVerification)
        .set({ usedAt: new Date() })
        .where('id = :id AND used_at IS NULL', { id: link.id })
        .execute();
      if (!used.affected) throw refuse('USED', 'This verification link was already used.');
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
