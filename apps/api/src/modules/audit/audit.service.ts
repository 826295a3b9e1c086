import { randomUUID } from 'node:crypto';
import type { Locale } from '@ametrika/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller, SignedInCaller } from '../../auth/caller.js';
import { requireSignedIn } from '../../auth/policy.js';
import { inLocale, type Localized } from '../../i18n/localized.js';
import { ApiToken } from '../api-tokens/api-token.entity.js';
import { User } from '../users/user.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import { type AutomaticActor, automaticActors } from './messages.js';

/** One change to record. The summary is written in both UI languages; the log shows the reader's. */
export type AuditEntry = { action: string; summary: Localized; details?: Record<string, unknown> };

type Actor = { accountId: string; actorUserId: string | null; actor: string };

/** Records who changed what. Callers pass only non-secret details; this is the trail admins read. */
export class AuditService {
  constructor(private readonly db: DataSource) {}

  async record(manager: EntityManager, caller: SignedInCaller, event: AuditEntry): Promise<void> {
    await this.save(manager, event, {
      accountId: caller.accountId,
      actorUserId: caller.kind === 'user' ? caller.userId : caller.createdById,
      actor: await this.describe(manager, caller),
    });
  }

  /** A change no person made, such as the background DNS check acting for the account. */
  async recordAutomatic(
    manager: EntityManager,
    accountId: string,
    actor: AutomaticActor,
    event: AuditEntry,
  ): Promise<void> {
    await this.save(manager, event, { accountId, actorUserId: null, actor: automaticActors[actor].en });
  }

  /** Newest first, with summaries (and automatic actors) in the reader's language. */
  async list(caller: Caller, first = 50, locale: Locale = 'EN'): Promise<AuditEvent[]> {
    const { accountId } = requireSignedIn(caller);
    const events = await this.db.getRepository(AuditEvent).find({
      where: { accountId },
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(first, 1), 200),
    });
    return events.map((event) => Object.assign(event, readIn(event, locale)));
  }

  private async save(manager: EntityManager, event: AuditEntry, who: Actor): Promise<void> {
    const repo = manager.getRepository(AuditEvent);
    await repo.save(
      repo.create({
        id: randomUUID(),
        ...who,
        action: event.action,
        summary: event.summary.en.slice(0, 500),
        summaryDe: event.summary.de.slice(0, 500),
        details: event.details ?? null,
        createdAt: new Date(),
      }),
    );
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

/** An entry as a reader in `locale` sees it; entries without a German summary stay in English. */
function readIn(event: AuditEvent, locale: Locale): Pick<AuditEvent, 'summary' | 'actor'> {
  const automatic =
    event.actorUserId === null
      ? Object.values(automaticActors).find((actor) => actor.en === event.actor)
      : undefined;
  return {
    summary: (locale === 'DE' && event.summaryDe) || event.summary,
    actor: automatic ? inLocale(automatic, locale) : event.actor,
  };
}
