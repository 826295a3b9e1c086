import type { EntityManager } from 'typeorm';
import type { SignedInCaller } from '../../auth/caller.js';
import type { AuditEntry, AuditService } from '../audit/audit.service.js';

export type HostedAuditEvent = AuditEntry;

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
  if ('system' in who) return audit.recordAutomatic(manager, who.accountId, 'DNS_CHECK', event);
  return audit.record(manager, who, event);
}
