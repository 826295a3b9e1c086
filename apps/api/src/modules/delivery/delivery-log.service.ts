import type { DataSource } from 'typeorm';
import type { Caller } from '../../auth/caller.js';
import { requireAdmin, requireSignedIn } from '../../auth/policy.js';
import { badInput, conflict, notFound } from '../../graphql/errors.js';
import { DeliveryAlert } from './delivery-alert.entity.js';
import type { DeliveriesArgs, DeliveryConnection } from './delivery.types.js';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';
import type { OutboxService } from './outbox.service.js';

const encodeCursor = (row: OutboxMessage) =>
  Buffer.from(`${row.createdAt.getTime()}:${row.id}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): { createdAt: number; id: string } {
  const [time, id] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const createdAt = Number(time);
  if (!id || !Number.isSafeInteger(createdAt))
    throw badInput('after', 'This cursor is not valid; start again.');
  return { createdAt, id };
}

/** The delivery log: what the account sent, how it went, and "send again". Always scoped by the caller. */
export class DeliveryLogService {
  constructor(
    private readonly db: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async list(caller: Caller, args: DeliveriesArgs): Promise<DeliveryConnection> {
    const { accountId } = requireSignedIn(caller);
    const first = args.first ?? 25;
    if (!Number.isInteger(first) || first < 1 || first > 100)
      throw badInput('first', 'Ask for between 1 and 100 deliveries per page.');
    const query = this.db
      .getRepository(OutboxMessage)
      .createQueryBuilder('m')
      .where('m.account_id = :accountId', { accountId });
    if (args.status) query.andWhere('m.status = :status', { status: args.status });
    if (args.templateKey) query.andWhere('m.template_key = :templateKey', { templateKey: args.templateKey });
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const cursor = decodeCursor(args.after);
      query.andWhere('(m.created_at < :ct OR (m.created_at = :ct AND m.id < :cid))', {
        ct: cursor.createdAt,
        cid: cursor.id,
      });
    }
    const rows = await query
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .take(first + 1)
      .getMany();
    const page = rows.slice(0, first);
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: page.length ? encodeCursor(page[page.length - 1]) : null,
      },
      totalCount,
    };
  }

  async get(caller: Caller, id: string): Promise<OutboxMessage | null> {
    const { accountId } = requireSignedIn(caller);
    return this.db.getRepository(OutboxMessage).findOneBy({ id, accountId });
  }

  async retry(caller: Caller, id: string): Promise<OutboxMessage> {
    const { accountId } = requireAdmin(caller, 'send a message again');
    const existing = await this.db.getRepository(OutboxMessage).findOneBy({ id, accountId });
    if (!existing) throw notFound('The delivery');
    if (existing.status !== DeliveryStatus.FAILED && existing.status !== DeliveryStatus.EXPIRED)
      throw conflict(`Only failed or expired messages can be sent again; this one is ${existing.status}.`);
    const requeued = await this.outbox.requeue(accountId, id);
    if (!requeued) throw notFound('The delivery');
    return requeued;
  }

  async alerts(caller: Caller): Promise<DeliveryAlert[]> {
    const { accountId } = requireSignedIn(caller);
    return this.db.getRepository(DeliveryAlert).findBy({ accountId });
  }
}
