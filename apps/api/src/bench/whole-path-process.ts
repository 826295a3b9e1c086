import 'reflect-metadata';
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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
  /** CPU per message while timed (Linux /proc): the API, its workers, PostgreSQL's processes. */
  cpuMsPerMessage?: { api: number; workers: number; postgres: number };
};

/** user + system CPU of a process so far, in clock ticks (Linux); 0 where /proc is not there. */
const cpuTicks = (pid: number) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
};

/** PostgreSQL's processes on this machine (the benchmark's server), by their process name. */
const postgresPids = () => {
  try {
    return readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          return readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres';
        } catch {
          return false;
        }
      })
      .map(Number);
  } catch {
    return [];
  }
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
  const sum = (pids: number[]) => pids.reduce((total, pid) => total + cpuTicks(pid), 0);
  const cpuNow = () => ({
    api: cpuTicks(process.pid),
    workers: sum(workers.map((w) => w.process.pid ?? 0)),
    postgres: request.databaseUrl ? sum(postgresPids()) : 0,
  });
  let cpuAtStart: ReturnType<typeof cpuNow> | undefined;
  let cpuAtEnd: ReturnType<typeof cpuNow> | undefined;
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
      },
      onClockStarted: () => {
        peakRss = 0;
        cpuAtStart = cpuNow();
      },
      onFinished: () => {
        cpuAtEnd = cpuNow();
      },
    });
    const end = cpuAtEnd ?? cpuNow();
    // Ticks are 10 ms on Linux. PostgreSQL: all of the server's processes, which serve only this run then.
    const perMessage = (ticks: number) => Number(((ticks * 10) / request.count).toFixed(2));
    return {
      ...r,
      apiPeakRssMb: Math.round(peakRss / 1024 / 1024),
      cpuMsPerMessage: cpuAtStart && {
        api: perMessage(end.api - cpuAtStart.api),
        workers: perMessage(end.workers - cpuAtStart.workers),
        postgres: perMessage(end.postgres - cpuAtStart.postgres),
      },
    };
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
