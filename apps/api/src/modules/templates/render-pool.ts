import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import {
  type RenderedEmail,
  type RenderEmailInput,
  type TemplateData,
  TemplateRenderError,
} from '@ametrika/shared';
import { Piscina } from 'piscina';
import { z } from 'zod';
import { compiledModuleFile } from '../../compiled-module.js';
import { ConfigError } from '../../config/config.js';
import type { Logger } from '../../logger.js';
import {
  type RenderBatch,
  type RenderBatchCommon,
  type RenderOutcome,
  type RenderThreadData,
  renderBatch,
} from './render-batch.js';

export type RenderPoolOptions = {
  /** Render threads; 0 renders on the main thread (small installs, debugging). */
  threads: number;
  /** A thread with nothing to do exits after this long; the next bulk send starts it again. */
  idleTimeoutMs: number;
  /**
   * How far the threads lower their CPU priority (Linux nice; 0 leaves it). Where this process also
   * sends, rendering yields to sending and to the API; where it only renders for workers in other
   * processes, lowering it would starve the very thing they wait for.
   */
  niceness: number;
};

/** One core stays with the event loop (HTTP, the outbox worker's SMTP); the others render. */
export const defaultRenderThreads = () => Math.max(availableParallelism() - 1, 1);

/** Long enough to span the gaps between the chunks and sends of one job; short enough to free memory after it. */
const IDLE_TIMEOUT_MS = 30_000;
/** Emails per task: a few ms of work, so threads share a chunk evenly and the copying stays small. */
const TASK_SIZE = 25;

/** How long stopping the app waits for renders in flight before it ends the threads anyway. */
const CLOSE_TIMEOUT_MS = 10_000;
const MAX_THREADS = 64;
/** Linux nice of render threads in a process that also sends: background work, not starved. */
const BACKGROUND_NICENESS = 10;
const threadsMessage = `RENDER_THREADS must be a whole number from 0 (render on the main thread) to ${MAX_THREADS}; unset, it is the number of cores minus one (${defaultRenderThreads()} here).`;
const schema = z.object({
  RENDER_THREADS: z.coerce
    .number({ error: threadsMessage })
    .int(threadsMessage)
    .min(0, threadsMessage)
    .max(MAX_THREADS, threadsMessage)
    .optional(),
});

/**
 * RENDER_THREADS, parsed at start. Kept beside the pool, as the OUTBOX_* variables are beside the worker,
 * so rendering can be tuned without touching the app's configuration.
 */
export function parseRenderPoolOptions(
  env: NodeJS.ProcessEnv = process.env,
  where: { sendsHere: boolean } = { sendsHere: true },
): RenderPoolOptions {
  const parsed = schema.safeParse({ RENDER_THREADS: env.RENDER_THREADS?.trim() || undefined });
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => i.message));
  return {
    threads: parsed.data.RENDER_THREADS ?? defaultRenderThreads(),
    idleTimeoutMs: IDLE_TIMEOUT_MS,
    niceness: where.sendsHere ? BACKGROUND_NICENESS : 0,
  };
}

/** The compiled render thread module (under Vitest, the build's copy; see compiledModuleFile). */
export const renderWorkerFile = () =>
  compiledModuleFile(import.meta.url, 'modules/templates/render-worker', [
    'modules/templates/render-batch',
    'thread-priority',
  ]);

const isDataCloneError = (error: unknown) => (error as { name?: string } | null)?.name === 'DataCloneError';

/**
 * Renders email with the shared `renderEmail` on worker threads (piscina), off the API's event loop.
 * Threads start with the first render, not with the app, and exit when idle; `close` ends them when the
 * app stops. Render problems come back per email with their `problems` intact.
 */
export class RenderPool {
  private pool: Piscina<RenderBatch, RenderOutcome[]> | undefined;
  private closed: Promise<void> | undefined;
  /** Tasks handed to the threads and not yet answered; `close` waits for them. */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    readonly options: RenderPoolOptions,
    private readonly logger?: Logger,
  ) {}

  /** Threads alive right now. */
  get activeThreads(): number {
    return this.pool?.threads.length ?? 0;
  }

  /** One email, like `renderEmail`: throws TemplateRenderError with the problems when it does not render. */
  async render(input: RenderEmailInput): Promise<RenderedEmail> {
    const { data, ...common } = input;
    const [outcome] = await this.renderMany(common, [data ?? null]);
    if (!outcome.ok) throw new TemplateRenderError(outcome.problems);
    return outcome.email;
  }

  /** One outcome per `data`, in order: the email, or the problems of that recipient's data. */
  async renderMany(common: RenderBatchCommon, data: Array<TemplateData | null>): Promise<RenderOutcome[]> {
    if (this.closed) throw new Error('The render pool is closed: the app is stopping.');
    const threads = this.options.threads;
    const size = Math.max(1, Math.min(TASK_SIZE, Math.ceil(data.length / Math.max(threads, 1))));
    const batches: RenderBatch[] = [];
    for (let i = 0; i < data.length; i += size) batches.push({ common, data: data.slice(i, i + size) });
    if (threads === 0) {
      const outcomes: RenderOutcome[] = [];
      for (const batch of batches) {
        await nextTurn(); // lets requests in between batches
        outcomes.push(...renderBatch(batch));
      }
      return outcomes;
    }
    const pool = this.threadPool();
    const results = await Promise.all(batches.map((batch) => this.track(this.runOnThread(pool, batch))));
    return results.flat();
  }

  /**
   * Waits for the renders in flight (at most CLOSE_TIMEOUT_MS), then ends the threads; later renders are
   * refused. Piscina's own `close` would not wait for tasks still queued for a thread that is starting.
   */
  close(): Promise<void> {
    this.closed ??= (async () => {
      const pool = this.pool;
      if (!pool) return;
      await Promise.race([
        Promise.allSettled(this.inFlight),
        sleep(CLOSE_TIMEOUT_MS, undefined, { ref: false }),
      ]);
      await pool.destroy();
      this.pool = undefined;
    })();
    return this.closed;
  }

  private async runOnThread(pool: Piscina<RenderBatch, RenderOutcome[]>, batch: RenderBatch) {
    try {
      return await pool.run(batch);
    } catch (error) {
      // Data that cannot be copied to a thread (a function, say) renders here: same function, same bytes.
      if (isDataCloneError(error)) return renderBatch(batch);
      throw error;
    }
  }

  private track<T>(task: Promise<T>): Promise<T> {
    this.inFlight.add(task);
    const forget = () => this.inFlight.delete(task);
    task.then(forget, forget);
    return task;
  }

  private threadPool(): Piscina<RenderBatch, RenderOutcome[]> {
    if (this.pool) return this.pool;
    const pool = new Piscina<RenderBatch, RenderOutcome[]>({
      filename: renderWorkerFile(),
      name: 'default',
      // No thread until there is something to render: an idle API, and its start, cost nothing.
      minThreads: 0,
      maxThreads: this.options.threads,
      idleTimeout: this.options.idleTimeoutMs,
      // Rendering is synchronous CPU work: one task per thread at a time.
      concurrentTasksPerWorker: 1,
      // Tasks wait in the pool's queue; the callers bound it (a bulk send keeps two chunks in flight).
      maxQueue: Number.POSITIVE_INFINITY,
      recordTiming: false,
      workerData: { niceness: this.options.niceness } satisfies RenderThreadData,
    });
    // Piscina reports some failures as 'error' events; unhandled, one would crash the process.
    pool.on('error', (err: unknown) => this.logger?.warn({ err }, 'render pool'));
    this.pool = pool;
    return pool;
  }
}
