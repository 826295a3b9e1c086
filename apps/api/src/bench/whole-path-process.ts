import 'reflect-metadata';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Child, distWorker, spawnNode, waitForOutput } from '../modules/delivery/testing/processes.js';
import { type Rendered, renderDigest, wholePath } from './delivery-bench.js';
import type { RemoteSink } from './sink-process.js';

export type WholePathRequest = {
  count: number;
  render: boolean;
  databaseUrl?: string;
  runWorkerInApi: boolean;
  /** Standalone worker processes (`pnpm worker`) beside the API; PostgreSQL only. */
  workers: number;
};
export type WholePathResult = {
  seconds: number;
  perSecond: number;
  enqueueSeconds: number;
  apiPeakRssMb: number;
};

type ToChild =
  | { request: WholePathRequest & { sinkUrl: string; secret: string } }
  | { waited: string | null };
type FromChild = { wait: number; timeoutMs: number } | { result: WholePathResult } | { error: string };

const SECRET = 'a benchmark fleet shares one secret of 32+ characters';

/**
 * One whole-path run in a fresh process, as an API runs in production: the benchmark's own state (the
 * results so far, the apps of earlier runs) never shares a heap with the API under test, and neither
 * does the baseline (baseline-process.ts). The sink stays with the benchmark, which answers the run's
 * "wait until the sink holds N more messages".
 */
export function runWholePathProcess(sink: RemoteSink, request: WholePathRequest): Promise<WholePathResult> {
  const offset = sink.distinct();
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: ['--expose-gc'],
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    child.on('message', (message: FromChild) => {
      if ('wait' in message) {
        sink.waitForDistinct(offset + message.wait, message.timeoutMs).then(
          () => child.send({ waited: null } satisfies ToChild),
          (err: unknown) => child.send({ waited: String(err) } satisfies ToChild),
        );
      } else if ('result' in message) {
        settled = true;
        resolve(message.result);
      } else {
        settled = true;
        reject(new Error(`whole-path run failed: ${message.error}`));
      }
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`the whole-path process exited with ${code} before its result`));
    });
    child.send({ request: { ...request, sinkUrl: sink.url, secret: SECRET } } satisfies ToChild);
  });
}

async function serve(
  request: WholePathRequest & { sinkUrl: string; secret: string },
): Promise<WholePathResult> {
  const send = (message: FromChild) => process.send?.(message);
  let answer: ((error: string | null) => void) | undefined;
  process.on('message', (message: ToChild) => {
    if ('waited' in message) answer?.(message.waited);
  });
  const sink: RemoteSink = {
    url: request.sinkUrl,
    distinct: () => 0,
    total: () => 0,
    waitForDistinct: (count, timeoutMs) =>
      new Promise<void>((resolve, reject) => {
        answer = (error) => (error ? reject(new Error(error)) : resolve());
        send({ wait: count, timeoutMs });
      }),
    close: async () => {},
  };
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  // Only a pre-rendered run holds the messages: they are its input.
  const prerendered: Rendered[] = request.render
    ? []
    : Array.from({ length: request.count }, (_, i) => renderDigest(i));
  const workers: Child[] = [];
  try {
    const r = await wholePath({
      sink,
      count: request.count,
      prerendered,
      render: request.render,
      databaseUrl: request.databaseUrl,
      runWorkerInApi: request.runWorkerInApi,
      onStarted: async () => {
        const env = {
          DATABASE_URL: request.databaseUrl ?? '',
          RELAY_SMTP_URL: request.sinkUrl,
          APP_SECRET: request.secret,
        };
        for (let i = 0; i < request.workers; i++) workers.push(spawnNode(distWorker, env));
        for (const w of workers) await waitForOutput(w, /outbox worker \S+ is running/);
        peakRss = 0;
      },
    });
    return { ...r, apiPeakRssMb: Math.round(peakRss / 1024 / 1024) };
  } finally {
    clearInterval(sampler);
    for (const w of workers) w.process.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
  }
}

if (process.argv.includes('--serve') && process.send) {
  process.once('message', (message: ToChild) => {
    if (!('request' in message)) return;
    serve(message.request).then(
      (result) => process.send?.({ result } satisfies FromChild, () => process.exit(0)),
      (err: unknown) =>
        process.send?.({ error: String((err as Error)?.stack ?? err) } satisfies FromChild, () =>
          process.exit(1),
        ),
    );
  });
}
