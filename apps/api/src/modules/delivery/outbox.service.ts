import { RETRYABLE_DELIVERY_STATUSES } from '@ametrika/shared';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { SenderSnapshot } from '../sender/sender-snapshot.js';
import type { DeliveryOptions } from './delivery-options.js';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';
import { type OutboxRows, outboxRows } from './outbox-rows.js';
import { notifyWorkers } from './outbox-wakeups.js';

/** What every sender of email hands to the outbox: already rendered, with a frozen sender. */
export type EnqueueMessage = {
  accountId: string;
  /** What caused it: 'test', 'verification', 'invitation', 'platform', … */
  kind: string;
  templateKey?: string | null;
  locale?: string | null;
  to: string;
  subject: string;
  html: string;
  text: string;
  sender: SenderSnapshot;
  /** Unique per account: a second enqueue with the same key returns the first message. */
  idempotencyKey?: string | null;
  /** Overrides the configured lifetime (OUTBOX_LIFETIME_HOURS), e.g. shorter for test email. */
  lifetimeMs?: number;
};

export type EnqueueResult = { message: OutboxMessage; duplicate: boolean };

const FINAL_OR_TRIED = new Set([
  DeliveryStatus.SENT,
  DeliveryStatus.FAILED,
  DeliveryStatus.EXPIRED,
  DeliveryStatus.DEFERRED,
]);

/**
 * Writes messages into the outbox inside the caller's transaction, wakes this process's worker once that
 * transaction commits (on PostgreSQL every other process's worker too, by NOTIFY), and lets callers wait
 * for the first outcome (SEND TEST does).
 */
export class OutboxService {
  /** Emits `outcome` with the message id whenever this process's worker recorded one. */
  readonly events = new EventEmitter();
  private readonly pendingWake = new WeakSet<QueryRunner>();
  private wakeWorker: () => void = () => {};
  private readonly rows: OutboxRows;

  constructor(
    private readonly db: DataSource,
    private readonly options: DeliveryOptions,
  ) {
    this.rows = outboxRows(db);
    this.events.setMaxListeners(0);
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: (event) => {
        if (this.pendingWake.has(event.queryRunner)) {
          this.pendingWake.delete(event.queryRunner);
          this.wakeWorker();
        }
      },
    };
    // A subscriber instead of a timer: the worker looks the moment the row is visible to it.
    db.subscribers.push(subscriber);
  }

  /** Called by the worker of this process. */
  onWake(wake: () => void): void {
    this.wakeWorker = wake;
  }

  async enqueue(manager: EntityManager, input: EnqueueMessage): Promise<EnqueueResult> {
    const [result] = await this.enqueueMany(manager, [input]);
    return result;
  }

  /**
   * Queues many messages in the caller's transaction, with one statement on PostgreSQL (bulk senders
   * such as platform mail write a chunk at a time). Answers one result per input, in order.
   */
  async enqueueMany(manager: EntityManager, inputs: EnqueueMessage[]): Promise<EnqueueResult[]> {
    const now = Date.now();
    const rows = inputs.map((input) => this.newRow(input, now));
    const inserted = await this.rows.insert(
      manager,
      rows.map((message, i) => ({ message, html: inputs[i].html, text: inputs[i].text })),
    );
    const results: EnqueueResult[] = [];
    for (const [i, row] of rows.entries()) {
      const input = inputs[i];
      if (inserted.has(row.id) || !input.idempotencyKey) {
        results.push({ message: row, duplicate: false });
        continue;
      }
      // Nothing inserted: the idempotency key is taken, and the message queued under it is the answer.
      const stored = await manager
        .getRepository(OutboxMessage)
        .findOneByOrFail({ accountId: input.accountId, idempotencyKey: input.idempotencyKey });
      results.push({ message: stored, duplicate: true });
    }
    if (this.rows.postgres && inserted.size > 0) await notifyWorkers(manager);
    const queryRunner = manager.queryRunner;
    if (queryRunner?.isTransactionActive) this.pendingWake.add(queryRunner);
    else this.wakeWorker();
    return results;
  }

  private newRow(input: EnqueueMessage, now: number): OutboxMessage {
    const id = randomUUID();
    return Object.assign(new OutboxMessage(), {
      id,
      accountId: input.accountId,
      kind: input.kind,
      templateKey: input.templateKey ?? null,
      locale: input.locale ?? null,
      toAddress: input.to,
      subject: input.subject,
      senderMode: input.sender.mode,
      sender: input.sender,
      messageId: `<${id}@${input.sender.messageIdDomain}>`,
      idempotencyKey: input.idempotencyKey ?? null,
      status: DeliveryStatus.QUEUED,
      attempts: 0,
      lostReplies: 0,
      nextAttemptAtRaw: new Date(now),
      leaseOwner: null,
      leaseExpiresAt: null,
      expiresAt: new Date(now + (input.lifetimeMs ?? this.options.lifetimeMs)),
      lastResponse: null,
      lastResponseCode: null,
      lastErrorStage: null,
      createdAt: new Date(now),
      sentAt: null,
    } satisfies Omit<OutboxMessage, 'nextAttemptAt' | 'fromAddress' | 'envelopeFrom'>);
  }

  /**
   * Waits until the message left QUEUED/SENDING (sent, failed, expired, or deferred after a first try) or
   * the time is up, and returns the row as it is then. Polls, so it also sees other processes' workers.
   */
  async waitForOutcome(id: string, timeoutMs: number): Promise<OutboxMessage | null> {
    const deadline = Date.now() + timeoutMs;
    const repo = this.db.getRepository(OutboxMessage);
    for (;;) {
      const row = await repo.findOneBy({ id });
      if (!row || FINAL_OR_TRIED.has(row.status) || Date.now() >= deadline) return row;
      await new Promise<void>((resolve) => {
        const done = (outcomeId: string) => {
          if (outcomeId !== id) return;
          clearTimeout(timer);
          this.events.off('outcome', done);
          resolve();
        };
        const timer = setTimeout(
          () => {
            this.events.off('outcome', done);
            resolve();
          },
          Math.min(100, Math.max(deadline - Date.now(), 0)),
        );
        this.events.on('outcome', done);
      });
    }
  }

  /** Puts a FAILED or EXPIRED message back in the queue with a fresh lifetime; the Message-ID stays. */
  async requeue(accountId: string, id: string): Promise<OutboxMessage | null> {
    const repo = this.db.getRepository(OutboxMessage);
    const now = Date.now();
    const result = await repo
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({
        status: DeliveryStatus.QUEUED,
        nextAttemptAtRaw: new Date(now),
        expiresAt: new Date(now + this.options.lifetimeMs),
        lostReplies: 0,
        leaseOwner: null,
        leaseExpiresAt: null,
      })
      .where('id = :id AND account_id = :accountId AND status IN (:...statuses)', {
        id,
        accountId,
        statuses: RETRYABLE_DELIVERY_STATUSES,
      })
      .execute();
    if (result.affected) this.wakeWorker();
    return repo.findOneBy({ id, accountId });
  }
}
