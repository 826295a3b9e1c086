import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger.js';
import { HostedDomainRow } from './hosted-domain.entity.js';
import type { HostedDomainService } from './hosted.service.js';

export type HostedCheckLoopOptions = {
  /** How often the loop looks for due domains. */
  tickMs?: number;
  /** How long a claimed domain is left to its claimer before another process may take it. */
  leaseMs?: number;
  /** At most this many domains per tick, so one tick never runs for long. */
  batch?: number;
};

/**
 * Re-checks hosted domains in the background when their `next_check_at` is due. Several API processes may
 * run it against one PostgreSQL database: each claims a domain by moving its `next_check_at` forward only
 * if it still holds the value it read, so exactly one process checks it. A claimer that dies leaves the
 * lease, and the domain comes due again when it runs out.
 */
export class HostedCheckLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly tickMs: number;
  private readonly leaseMs: number;
  private readonly batch: number;

  constructor(
    private readonly db: DataSource,
    private readonly hosted: HostedDomainService,
    private readonly logger: Logger,
    options: HostedCheckLoopOptions = {},
  ) {
    this.tickMs = options.tickMs ?? 15_000;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.batch = options.batch ?? 20;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return; // a slow tick (DNS timeouts) must not overlap the next one
      this.running = this.runDue().finally(() => {
        this.running = undefined;
      });
    }, this.tickMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Checks every due domain this process manages to claim; returns how many it checked. */
  async runDue(now = new Date()): Promise<number> {
    let checked = 0;
    try {
      const due = await this.db
        .getRepository(HostedDomainRow)
        .createQueryBuilder('h')
        .select(['h.accountId', 'h.nextCheckAt'])
        .where('h.next_check_at <= :now', { now: now.getTime() })
        .orderBy('h.next_check_at', 'ASC')
        .limit(this.batch)
        .getMany();
      for (const candidate of due) {
        if (!(await this.claim(candidate, now))) continue;
        const row = await this.hosted.find(candidate.accountId);
        if (!row) continue;
        try {
          await this.hosted.check(row, { system: true, accountId: row.accountId }, false);
          checked++;
        } catch (error) {
          // The lease stays: the domain comes due again when it expires.
          this.logger.warn({ err: error, accountId: row.accountId }, 'hosted domain re-check failed');
        }
      }
    } catch (error) {
      this.logger.error({ err: error }, 'hosted domain re-check loop failed');
    }
    return checked;
  }

  private async claim(candidate: HostedDomainRow, now: Date): Promise<boolean> {
    const seen = candidate.nextCheckAt?.getTime();
    if (seen === undefined) return false;
    const result = await this.db
      .createQueryBuilder()
      .update(HostedDomainRow)
      .set({ nextCheckAt: new Date(now.getTime() + this.leaseMs) })
      .where('account_id = :id AND next_check_at = :seen', { id: candidate.accountId, seen })
      .execute();
    return result.affected === 1;
  }
}
