import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger.js';
import type { DeliveryOptions } from './delivery-options.js';
import { classifyFailure } from './delivery-outcome.js';
import { type ClaimedMessage, claimDueMessages, isPostgres, releaseOrphanedLeases } from './outbox-claims.js';
import type { OutboxMessage } from './outbox-message.entity.js';
import { OutcomeRecorder } from './outbox-outcomes.js';
import type { OutboxService } from './outbox.service.js';
import { listenForWakeups } from './outbox-wakeups.js';
import type { TransportFactory } from './transports.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** SQLite's write lock is held by the API's connection: wait a moment, without blocking the event loop. */
const isBusy = (err: unknown) => /SQLITE_BUSY/.test(String((err as { code?: string })?.code));
const busyPause = () => sleep(5 + Math.random() * 20);

/**
 * Claims due outbox rows with a lease and sends them with bounded parallelism. Any number of workers may
 * share a PostgreSQL outbox; on SQLite the API process runs the only one.
 */
export class OutboxWorker {
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly inFlight = new Set<Promise<void>>();
  private recorder: OutcomeRecorder;
  /** The worker's own connection on SQLite; the shared data source on PostgreSQL. */
  private db: DataSource;
  private ownConnection: DataSource | undefined;
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private woken = false;
  private buffer: ClaimedMessage[] = [];
  private listener: { stop(): Promise<void> } | undefined;

  constructor(
    private readonly deps: {
      db: DataSource;
      outbox: OutboxService;
      transports: TransportFactory;
      options: DeliveryOptions;
      logger: Logger;
      /**
       * SQLite: TypeORM runs every query of a process on one connection, so a claim or an outcome written
       * while an API request holds a transaction would join (and roll back with) that transaction. The
       * worker therefore writes through a connection of its own; WAL and the busy timeout serialise them.
       */
      openOwnConnection?: () => Promise<DataSource>;
    },
  ) {
    this.db = deps.db;
    this.recorder = new OutcomeRecorder(deps.db, deps.options, this.owner);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    if (this.deps.openOwnConnection) {
      this.ownConnection = await this.deps.openOwnConnection();
      this.db = this.ownConnection;
      this.recorder = new OutcomeRecorder(this.db, this.deps.options, this.owner);
    }
    if (!isPostgres(this.db)) {
      const released = await releaseOrphanedLeases(this.db);
      if (released)
        this.deps.logger.warn({ released }, 'outbox: re-queued messages left SENDING by a stopped process');
    }
    this.deps.outbox.onWake(() => this.wake());
    // Other processes' queued mail (PostgreSQL): at once, not at the next poll.
    if (isPostgres(this.db)) this.listener = listenForWakeups(this.db, () => this.wake(), this.deps.logger);
    this.loop = this.run();
    this.deps.logger.info(
      {
        owner: this.owner,
        concurrency: this.deps.options.concurrency,
        sendThreads: this.deps.options.sendThreads,
      },
      'outbox worker started',
    );
  }

  /** Look for due messages now instead of at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Stops claiming, lets the sends in flight finish and records them (SIGTERM). */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.listener?.stop();
    this.listener = undefined;
    this.wake();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    await this.recorder.drain();
    await this.deps.transports.close();
    await this.ownConnection?.destroy();
    this.ownConnection = undefined;
  }

  private async run(): Promise<void> {
    const { options, logger } = this.deps;
    const db = this.db;
    let failures = 0;
    while (this.running) {
      const capacity = options.concurrency - this.inFlight.size;
      if (capacity <= 0) {
        await Promise.race([...this.inFlight, this.nextWake(options.pollMs)]);
        continue;
      }
      if (this.buffer.length === 0) {
        try {
          this.woken = false;
          // A whole batch per claim, fed to the free slots as they open: one claim per batch, not per message.
          this.buffer = await claimDueMessages(db, this.owner, options.batchSize, options.leaseMs);
          failures = 0;
        } catch (err) {
          if (isBusy(err)) {
            await busyPause();
            continue;
          }
          // The database may be restarting: keep the sends in flight going and try again shortly.
          failures += 1;
          if (failures === 1 || failures % 20 === 0)
            logger.warn({ err }, 'outbox: claiming failed; retrying');
          await sleep(Math.min(options.pollMs * failures, 5_000));
          continue;
        }
      }
      for (const row of this.buffer.splice(0, capacity)) this.track(this.deliver(row));
      // Woken while claiming: mail queued after the claim looked (or stop()), so look again now rather
      // than at the next poll.
      if (this.woken && this.inFlight.size < options.concurrency) continue;
      if (this.buffer.length === 0 && this.inFlight.size === 0) await this.nextWake(options.pollMs);
      else if (this.inFlight.size >= options.concurrency || this.buffer.length === 0)
        await Promise.race([...this.inFlight, this.nextWake(options.pollMs)]);
    }
    // Claimed but never started: hand them back at once instead of letting their lease run out.
    const unsent = this.buffer.splice(0);
    if (unsent.length) await this.recorder.release(unsent).catch(() => {});
  }

  private nextWake(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => {
      this.inFlight.delete(work);
      this.wakeUp?.();
    });
  }

  private async deliver(row: ClaimedMessage): Promise<void> {
    const { logger, transports } = this.deps;
    if (row.expiresAt.getTime() <= Date.now()) {
      await this.record(row, () =>
        this.recorder.expired(row, row.lastResponse ?? 'Not delivered within its lifetime.'),
      );
      return;
    }
    let bodySent = false;
    let prepared: Awaited<ReturnType<TransportFactory['prepare']>> | undefined;
    try {
      prepared = await transports.prepare(row);
      const result = await prepared.send(() => {
        bodySent = true;
      });
      await this.record(row, () => this.recorder.sent(row, result));
      if (prepared.customerServer) await this.recorder.clearAlert(row.accountId).catch(() => {});
      logger.debug({ id: row.id, code: result.responseCode }, 'outbox: sent');
    } catch (err) {
      const failure = classifyFailure(err, {
        customerServer: prepared?.customerServer ?? row.sender.transport.kind === 'smtp',
        bodySent,
        redact: prepared?.redact ?? ((text) => text),
      });
      logger.info(
        {
          id: row.id,
          kind: failure.kind,
          stage: failure.stage,
          code: failure.responseCode,
          attempts: row.attempts,
        },
        'outbox: send failed',
      );
      await this.record(row, () => this.recorder.failed(row, failure));
    }
  }

  /**
   * The message went out (or not); losing that fact to a database blip would send it again. So the
   * outcome is retried until the lease ends, after which another worker owns the row anyway.
   */
  private async record(row: OutboxMessage, write: () => Promise<boolean>): Promise<void> {
    const giveUpAt = Date.now() + this.deps.options.leaseMs - 1_000;
    for (let attempt = 1; ; attempt++) {
      try {
        const recorded = await write();
        if (!recorded)
          this.deps.logger.warn({ id: row.id }, 'outbox: lease lost before the outcome was recorded');
        this.deps.outbox.events.emit('outcome', row.id);
        return;
      } catch (err) {
        if (isBusy(err) && Date.now() < giveUpAt) {
          await busyPause();
          continue;
        }
        if (Date.now() >= giveUpAt) {
          this.deps.logger.error(
            { err, id: row.id },
            'outbox: could not record an outcome; the row will be retried',
          );
          return;
        }
        if (attempt === 1)
          this.deps.logger.warn({ err, id: row.id }, 'outbox: recording an outcome failed; retrying');
        await sleep(Math.min(250 * attempt, 2_000));
      }
    }
  }
}
