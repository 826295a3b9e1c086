import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { SignedInCaller } from '../../auth/caller.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { AuditService } from '../audit/audit.service.js';

export type HostedAuditEvent = { action: string; summary: string; details?: Record<string, unknown> };

/**
 * Records a hosted-domain change. The background re-check has no caller, so its events name the
 * check itself as the actor instead of a person.
 */
export async function recordHostedEvent(
  audit: AuditService,
  manager: EntityManager,
  who: SignedInCaller | { system: true; accountId: string },
  event: HostedAuditEvent,
): Promise<void> {
  if (!('system' in who)) return audit.record(manager, who, event);
  const repo = manager.getRepository(AuditEvent);
  await repo.save(
    repo.create({
      id: randomUUID(),
      accountId: who.accountId,
      actorUserId: null,
      actor: 'Automatic DNS check',
      action: event.action,
      summary: event.summary.slice(0, 500),
      details: event.details ?? null,
      createdAt: new Date(),
    }),
  );
}
