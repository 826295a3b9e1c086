import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller, SignedInCaller } from '../../auth/caller.js';
import { requireSignedIn } from '../../auth/policy.js';
import { ApiToken } from '../api-tokens/api-token.entity.js';
import { User } from '../users/user.entity.js';
import { AuditEvent } from './audit-event.entity.js';

/** Records who changed what. Callers pass only non-secret details; this is the trail admins read. */
export class AuditService {
  constructor(private readonly db: DataSource) {}

  async record(
    manager: EntityManager,
    caller: SignedInCaller,
    event: { action: string; summary: string; details?: Record<string, unknown> },
  ): Promise<void> {
    const actor = await this.describe(manager, caller);
    const repo = manager.getRepository(AuditEvent);
    await repo.save(
      repo.create({
        id: randomUUID(),
        accountId: caller.accountId,
        actorUserId: caller.kind === 'user' ? caller.userId : caller.createdById,
        actor,
        action: event.action,
        summary: event.summary.slice(0, 500),
        details: event.details ?? null,
        createdAt: new Date(),
      }),
    );
  }

  async list(caller: Caller, first = 50): Promise<AuditEvent[]> {
    const { accountId } = requireSignedIn(caller);
    return this.db.getRepository(AuditEvent).find({
      where: { accountId },
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(first, 1), 200),
    });
  }

  private async describe(manager: EntityManager, caller: SignedInCaller): Promise<string> {
    if (caller.kind === 'user') return caller.email;
    const token = await manager.getRepository(ApiToken).findOneBy({ id: caller.tokenId });
    return `API token "${token?.name ?? caller.tokenId}"`;
  }

  static async actorEmail(manager: EntityManager, caller: SignedInCaller): Promise<string | null> {
    const id = caller.kind === 'user' ? caller.userId : caller.createdById;
    return (await manager.getRepository(User).findOneBy({ id }))?.email ?? null;
  }
}
