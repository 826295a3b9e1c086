import { availableParallelism } from 'node:os';
import { z } from 'zod';

/**
 * Tuning of the outbox, parsed once at start from OUTBOX_* variables. Kept beside the worker (not in
 * config/config.ts) so delivery can be tuned without touching the app's configuration; the defaults suit
 * production, tests shorten the retry delays and the lease.
 */
export type DeliveryOptions = {
  /** How long a message is retried before it EXPIRES. */
  lifetimeMs: number;
  /** How long a claimed row stays with one worker; then another may claim it (the first one died). */
  leaseMs: number;
  /** Messages sent at the same time by one worker. */
  concurrency: number;
  /** Threads composing and sending relay mail for one worker; 0 sends on the event loop. */
  sendThreads: number;
  /** Rows claimed per query. */
  batchSize: number;
  /** Idle poll interval; mail queued in this process (or, on PostgreSQL, in any) wakes the worker at once. */
  pollMs: number;
  /** First retry delay; doubles per attempt up to retryMaxMs, with ±25 % jitter. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long a customer server that refused our login or TLS pauses the account's mail. */
  accountPauseMs: number;
  /** Sends retried after a reply was lost past DATA (each may have arrived); then FAILED. */
  maxLostReplies: number;
};

const MAX_SEND_THREADS = 16;
const sendThreadsMessage = `set it to a whole number from 0 (send on the event loop) to ${MAX_SEND_THREADS}, or leave it unset for cores − 1 (0 in a standalone worker)`;
const int = (fallback: number, min = 1) => z.coerce.number().int().min(min).default(fallback);

const schema = z.object({
  OUTBOX_LIFETIME_HOURS: z.coerce.number().positive().default(48),
  OUTBOX_LEASE_SECONDS: z.coerce.number().positive().default(120),
  OUTBOX_CONCURRENCY: int(8),
  OUTBOX_SEND_THREADS: z.coerce
    .number({ error: sendThreadsMessage })
    .int(sendThreadsMessage)
    .min(0, sendThreadsMessage)
    .max(MAX_SEND_THREADS, sendThreadsMessage)
    .optional(),
  OUTBOX_BATCH_SIZE: int(32),
  OUTBOX_POLL_MS: int(400, 10),
  OUTBOX_RETRY_BASE_MS: int(60_000, 10),
  OUTBOX_RETRY_MAX_MS: int(3_600_000, 10),
  OUTBOX_ACCOUNT_PAUSE_MS: int(300_000, 10),
  OUTBOX_MAX_LOST_REPLIES: int(2, 0),
});

/**
 * The API process's worker sends relay mail on one thread per core but one, at least one and at most 4
 * (past that the relay connections, not the CPU, set the pace): the event loop keeps claiming,
 * recording and serving the API, as the render threads leave it one core too. A standalone worker
 * (`pnpm worker`) sends on its own event loop: PostgreSQL installs scale by starting more worker
 * processes, and threads in each of them only compete for the same cores. Measured on 2 cores
 * (BENCHMARKS.md): one thread beat two when digests render in the same process, and three workers with
 * two threads each sent a quarter less than without.
 */
export const defaultSendThreads = (standalone: boolean) =>
  standalone ? 0 : Math.min(Math.max(availableParallelism() - 1, 1), 4);

export function parseDeliveryOptions(
  env: NodeJS.ProcessEnv = process.env,
  where: { standalone: boolean } = { standalone: false },
): DeliveryOptions {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith('OUTBOX_') && v));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ');
    throw new Error(`Invalid delivery configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    lifetimeMs: e.OUTBOX_LIFETIME_HOURS * 3_600_000,
    leaseMs: e.OUTBOX_LEASE_SECONDS * 1000,
    concurrency: e.OUTBOX_CONCURRENCY,
    sendThreads: e.OUTBOX_SEND_THREADS ?? defaultSendThreads(where.standalone),
    batchSize: e.OUTBOX_BATCH_SIZE,
    pollMs: e.OUTBOX_POLL_MS,
    retryBaseMs: e.OUTBOX_RETRY_BASE_MS,
    retryMaxMs: Math.max(e.OUTBOX_RETRY_MAX_MS, e.OUTBOX_RETRY_BASE_MS),
    accountPauseMs: e.OUTBOX_ACCOUNT_PAUSE_MS,
    maxLostReplies: e.OUTBOX_MAX_LOST_REPLIES,
  };
}

/** Exponential backoff with jitter, so that many deferred messages do not return in one burst. */
export function retryDelayMs(options: DeliveryOptions, attempts: number, random = Math.random): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 20);
  const base = Math.min(options.retryBaseMs * 2 ** exponent, options.retryMaxMs);
  return Math.round(base * (0.75 + random() * 0.5));
}
