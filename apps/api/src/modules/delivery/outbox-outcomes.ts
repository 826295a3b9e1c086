import type { DataSource } from 'typeorm';
import type { DeliveryOptions } from './delivery-options.js';
import { retryDelayMs } from './delivery-options.js';
import { DeliveryAlert } from './delivery-alert.entity.js';
import type { SendFailure } from './delivery-outcome.js';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';
import { SentBatchWriter } from './sent-batch.js';
import type { SendResult } from './transports.js';

type Change = Partial<OutboxMessage>;

/**
 * Writes what happened to one claimed row. Every update is fenced by the lease (owner + SENDING): a worker
 * that lost its lease never overwrites the outcome of the worker that took the row over.
 */
export class OutcomeRecorder {
  private readonly sentWriter: SentBatchWriter;

  constructor(
    private readonly db: DataSource,
    private readonly options: DeliveryOptions,
    private readonly owner: string,
  ) {
    this.sentWriter = new SentBatchWriter(db, owner);
  }

  /** The common case, written in groups (see SentBatchWriter); the rarer outcomes one row at a time. */
  sent(row: OutboxMessage, result: SendResult): Promise<boolean> {
    return this.sentWriter.write({
      id: row.id,
      sentAt: Date.now(),
      response: result.response.slice(0, 1000),
      code: result.responseCode,
    });
  }

  /** Waits for SENT outcomes still being written (the worker is stopping). */
  drain(): Promise<void> {
    return this.sentWriter.drain();
  }

  expired(row: OutboxMessage, reason: string): Promise<boolean> {
    return this.update(row, { status: DeliveryStatus.EXPIRED, lastResponse: reason, leaseExpiresAt: null });
  }

  async failed(row: OutboxMessage, failure: SendFailure): Promise<boolean> {
    const now = Date.now();
    const base: Change = {
      lastResponse: failure.response,
      lastResponseCode: failure.responseCode,
      lastErrorStage: failure.stage,
      leaseExpiresAt: null,
    };
    if (failure.kind === 'permanent') return this.update(row, { ...base, status: DeliveryStatus.FAILED });
    if (failure.kind === 'account') return this.pauseAccount(row, failure, base, now);
    let lostReplies = row.lostReplies;
    if (failure.kind === 'lostReply') {
      lostReplies += 1;
      base.lostReplies = lostReplies;
      base.lastResponse = `The connection was lost after the message was sent, before the server replied (${failure.response}); it may have arrived.`;
      if (lostReplies > this.options.maxLostReplies)
        return this.update(row, { ...base, status: DeliveryStatus.FAILED });
    }
    const next = now + retryDelayMs(this.options, row.attempts);
    if (next >= row.expiresAt.getTime()) return this.update(row, { ...base, status: DeliveryStatus.EXPIRED });
    return this.update(row, { ...base, status: DeliveryStatus.DEFERRED, nextAttemptAtRaw: new Date(next) });
  }

  /**
   * The customer's server refused our login or TLS: retrying every message would only hammer it (and may
   * lock the mailbox account), so the account's custom-SMTP mail waits and admins see an alert.
   */
  private async pauseAccount(row: OutboxMessage, failure: SendFailure, base: Change, now: number) {
    const pausedUntil = now + this.options.accountPauseMs;
    const host = row.sender.transport.kind === 'smtp' ? row.sender.transport.host : null;
    // Separate statements, not one transaction: on SQLite a transaction held across awaits would stall the
    // API's connection. Each step is idempotent and the row update (fenced by the lease) comes first.
    const attempts = Math.max(row.attempts - 1, 0);
    const status = now >= row.expiresAt.getTime() ? DeliveryStatus.EXPIRED : DeliveryStatus.DEFERRED;
    const recorded = await this.update(row, {
      ...base,
      attempts,
      status,
      nextAttemptAtRaw: new Date(pausedUntil),
    });
    const alerts = this.db.getRepository(DeliveryAlert);
    const existing = await alerts.findOneBy({ accountId: row.accountId });
    await alerts.save({
      accountId: row.accountId,
      stage: failure.stage,
      message: failure.response,
      responseCode: failure.responseCode,
      host,
      firstSeenAt: existing?.firstSeenAt ?? new Date(now),
      lastSeenAt: new Date(now),
      pausedUntil: new Date(pausedUntil),
    });
    await this.db
      .getRepository(OutboxMessage)
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ nextAttemptAtRaw: new Date(pausedUntil) })
      .where("account_id = :account AND sender_mode = 'CUSTOM_SMTP' AND status IN ('QUEUED', 'DEFERRED')", {
        account: row.accountId,
      })
      .andWhere('next_attempt_at < :until', { until: pausedUntil })
      .execute();
    return recorded;
  }

  /** Rows claimed but not sent (the worker is stopping): due again now, the claim not counted as an attempt. */
  async release(rows: OutboxMessage[]): Promise<void> {
    for (const row of rows) {
      await this.update(row, {
        status: row.attempts > 1 ? DeliveryStatus.DEFERRED : DeliveryStatus.QUEUED,
        attempts: row.attempts - 1,
        nextAttemptAtRaw: new Date(),
        leaseExpiresAt: null,
      });
    }
  }

  /** A successful custom-SMTP send proves the settings work again. */
  async clearAlert(accountId: string): Promise<void> {
    await this.db.getRepository(DeliveryAlert).delete({ accountId });
  }

  private async update(row: OutboxMessage, change: Change) {
    const result = await this.db
      .getRepository(OutboxMessage)
      .update({ id: row.id, leaseOwner: this.owner, status: DeliveryStatus.SENDING }, change);
    return (result.affected ?? 0) > 0;
  }
}
