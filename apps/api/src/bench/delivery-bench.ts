import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getSampleData, renderEmail } from '@ametrika/shared';
import nodemailer from 'nodemailer';
import { startApp } from '../app.js';
import { parseConfig } from '../config/config.js';
import { createLogger } from '../logger.js';
import { Account } from '../modules/accounts/account.entity.js';
import { relaySnapshot } from '../modules/delivery/testing/fixtures.js';
import type { RemoteSink } from './sink-process.js';

/** The APP_SECRET the benchmark's API and its workers share (they must agree to read sealed snapshots). */
export const BENCH_SECRET = 'a benchmark fleet shares one secret of 32+ characters';

export type Rendered = { to: string; subject: string; html: string; text: string };

/** Recipient i of the benchmark and the data of its insights digest (the catalog's sample data). */
export function digestRecipient(i: number) {
  const to = `reader${i}@bench.test`;
  return { to, data: { ...getSampleData('insights_digest', 'EN'), recipient_email: to } };
}

/** One insights digest per recipient, rendered with the shared renderer (the same bytes the SPA previews). */
export function renderDigest(i: number): Rendered {
  const { to, data } = digestRecipient(i);
  const { subject, html, text } = renderEmail({ key: 'insights_digest', locale: 'EN', data });
  return { to, subject, html, text };
}

/**
 * Before each timed run: collect the garbage the previous run left (the benchmark runs `node
 * --expose-gc`), and give the sink a moment. Otherwise a baseline measured right after a whole-path run
 * in this process pays for that run's heap, and the ratios measure the order of the runs.
 */
export async function settle() {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/**
 * Plain pooled nodemailer, the same pre-rendered messages, the same sink and parallelism: timed until
 * every send resolved. Runs in a process of its own (baseline-process.ts), which checks the sink's count.
 */
export async function plainNodemailer(url: string, messages: Rendered[], concurrency: number) {
  await settle();
  const transport = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: concurrency,
    maxMessages: 500,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  const started = performance.now();
  const cpu = process.cpuUsage();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < messages.length) {
        const m = messages[next++];
        await transport.sendMail({ from: '"Ametrika" <noreply@ametrika.test>', ...m });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  transport.close();
  const cpuMsPerMessage = Number(((used.user + used.system) / 1000 / messages.length).toFixed(2));
  return { seconds, perSecond: messages.length / seconds, cpuMsPerMessage };
}

/**
 * The whole path in this process: render → enqueue (in transactions of 100) → the API's worker (or the
 * standalone workers) → SMTP to the sink. Timed from the first render until the sink holds every message.
 * Rendering goes through the product's bulk API, `services.platformMail` (render threads, then the
 * outbox); `render: false` enqueues pre-rendered rows directly.
 */
export async function wholePath(opts: {
  sink: RemoteSink;
  count: number;
  /** false: enqueue the pre-rendered messages, to see the delivery machinery without the renderer. */
  render: boolean;
  prerendered: Rendered[];
  databaseUrl?: string;
  runWorkerInApi: boolean;
  onStarted?: () => Promise<void>;
  /** Called as the clock starts, and once the sink holds every message (before the app stops). */
  onClockStarted?: () => Promise<void> | void;
  onFinished?: () => Promise<void> | void;
  /** Messages sent the same way first, untimed, so that the timed ones meet a warm JIT and started threads. */
  warmUp?: number;
}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ametrika-bench-'));
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: opts.databaseUrl ?? `sqlite:${path.join(dataDir, 'bench.sqlite')}`,
    ADMIN_EMAIL: 'admin@example.com',
    ADMIN_PASSWORD: 'correct horse battery',
    APP_SECRET: BENCH_SECRET,
    RELAY_SMTP_URL: opts.sink.url,
    WORKER: String(opts.runWorkerInApi),
    LOG_LEVEL: 'warn',
    WEB_DIST: '/nonexistent',
  });
  const app = await startApp(config, createLogger('warn'));
  try {
    await opts.onStarted?.();
    const accountId = (await app.db.getRepository(Account).findOneByOrFail({ name: 'Demo' })).id;
    const sendAll = async (recipients: ReturnType<typeof digestRecipient>[], rendered: Rendered[]) => {
      if (opts.render) {
        const sent = await app.services.platformMail.send({
          accountId,
          templateKey: 'insights_digest',
          locale: 'EN',
          recipients,
        });
        if (sent.queued !== recipients.length)
          throw new Error(`platform mail queued ${sent.queued} of ${recipients.length}`);
        return;
      }
      const { outbox } = app.services.delivery;
      const sender = relaySnapshot();
      for (let i = 0; i < rendered.length; i += 100) {
        const messages = rendered.slice(i, i + 100).map((m) => ({
          accountId,
          kind: 'platform',
          templateKey: 'insights_digest',
          locale: 'EN',
          sender,
          ...m,
        }));
        await app.db.transaction((tx) => outbox.enqueueMany(tx, messages));
      }
    };
    const recipientsOf = (count: number) =>
      opts.render ? Array.from({ length: count }, (_, i) => digestRecipient(i)) : [];
    if (opts.warmUp) {
      const warmBefore = opts.sink.distinct();
      await sendAll(recipientsOf(opts.warmUp), opts.prerendered.slice(0, opts.warmUp));
      await opts.sink.waitForDistinct(warmBefore + opts.warmUp, 300_000);
    }
    await settle();
    const distinctBefore = opts.sink.distinct();
    // What a job hands to the platform mail API: addresses and data, ready before the clock starts.
    const recipients = recipientsOf(opts.count);
    await opts.onClockStarted?.();
    const started = performance.now();
    await sendAll(recipients, opts.prerendered.slice(0, opts.count));
    const enqueued = performance.now();
    await opts.sink.waitForDistinct(distinctBefore + opts.count, 300_000);
    const seconds = (performance.now() - started) / 1000;
    await opts.onFinished?.();
    return { seconds, perSecond: opts.count / seconds, enqueueSeconds: (enqueued - started) / 1000 };
  } finally {
    await app.stop();
  }
}
