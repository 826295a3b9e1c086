import 'reflect-metadata';
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import { type Child, distWorker, spawnNode, waitForOutput } from '../modules/delivery/testing/processes.js';
import { BENCH_SECRET, type Rendered, renderDigest, wholePath } from './delivery-bench.js';
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
  /**
   * CPU per message while timed (Linux /proc): the API, its workers (null without), and the processes of
   * the PostgreSQL server (null on SQLite) that are alive at the end; absent where /proc is not there.
   */
  cpuMsPerMessage?: { api: number; workers: number | null; postgres: number | null };
};

/** user + system CPU of a process so far (all its threads), in clock ticks; undefined once it exited. */
const cpuTicks = (pid: number): number | undefined => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
};

/** CPU ticks per process id, for the processes given. */
const ticksOf = (pids: number[]) => new Map(pids.map((pid) => [pid, cpuTicks(pid) ?? 0]));

/** Ticks spent between two snapshots by the processes of the second (a process new since counts whole). */
const spent = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((total, [pid, ticks]) => total + ticks - (before.get(pid) ?? 0), 0);

/** The run's own workers, stopped if the benchmark goes away. */
const children: Child[] = [];

type ToChild = { request: WholePathRequest & { sinkUrl: string } } | { waited: string | null };
type FromChild = { wait: number; timeoutMs: number } | { result: WholePathResult } | { error: string };

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
    child.once('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    child.send({ request: { ...request, sinkUrl: sink.url } } satisfies ToChild);
  });
}

async function serve(request: WholePathRequest & { sinkUrl: string }): Promise<WholePathResult> {
  const send = (message: FromChild) => process.send?.(message);
  let answer: ((error: string | null) => void) | undefined;
  process.on('message', (message: ToChild) => {
    if ('waited' in message) answer?.(message.waited);
  });
  // The sink's count as far as this run has waited for it: the warm-up's messages, then the timed ones.
  let known = 0;
  const sink: RemoteSink = {
    url: request.sinkUrl,
    distinct: () => known,
    total: () => known,
    waitForDistinct: (count, timeoutMs) =>
      new Promise<void>((resolve, reject) => {
        answer = (error) => {
          if (error) return reject(new Error(error));
          known = count;
          resolve();
        };
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
  const workers = children;
  const measured = existsSync('/proc/self/stat');
  // PostgreSQL's processes serving this server (backends and background workers), as the server lists them.
  const server = request.databaseUrl ? new pg.Client({ connectionString: request.databaseUrl }) : undefined;
  await server?.connect();
  const serverPids = async () =>
    server
      ? ((await server.query('SELECT pid FROM pg_stat_activity')).rows as Array<{ pid: number }>).map(
          (r) => r.pid,
        )
      : [];
  const cpuNow = async () => ({
    api: ticksOf([process.pid]),
    workers: ticksOf(workers.map((w) => w.process.pid ?? 0)),
    postgres: ticksOf(await serverPids()),
  });
  let cpuAtStart: Awaited<ReturnType<typeof cpuNow>> | undefined;
  let cpuAtEnd: Awaited<ReturnType<typeof cpuNow>> | undefined;
  try {
    const r = await wholePath({
      sink,
      count: request.count,
      prerendered,
      render: request.render,
      databaseUrl: request.databaseUrl,
      runWorkerInApi: request.runWorkerInApi,
      warmUp: Math.min(1000, request.count),
      onStarted: async () => {
        const env = {
          DATABASE_URL: request.databaseUrl ?? '',
          RELAY_SMTP_URL: request.sinkUrl,
          APP_SECRET: BENCH_SECRET,
        };
        for (let i = 0; i < request.workers; i++) workers.push(spawnNode(distWorker, env));
        for (const w of workers) await waitForOutput(w, /outbox worker \S+ is running/);
      },
      onClockStarted: async () => {
        peakRss = 0;
        cpuAtStart = await cpuNow();
      },
      onFinished: async () => {
        cpuAtEnd = await cpuNow();
      },
    });
    // Ticks are 10 ms on Linux. A server process that exited while timed is missed (its ticks are gone).
    const perMessage = (ticks: number) => Number(((ticks * 10) / request.count).toFixed(2));
    const start = cpuAtStart;
    const end = cpuAtEnd;
    return {
      ...r,
      apiPeakRssMb: Math.round(peakRss / 1024 / 1024),
      cpuMsPerMessage:
        measured && start && end
          ? {
              api: perMessage(spent(start.api, end.api)),
              workers: request.workers > 0 ? perMessage(spent(start.workers, end.workers)) : null,
              postgres: server ? perMessage(spent(start.postgres, end.postgres)) : null,
            }
          : undefined,
    };
  } finally {
    clearInterval(sampler);
    await server?.end();
    for (const w of workers) w.process.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
  }
}

if (process.argv.includes('--serve') && process.send) {
  // The benchmark went away (killed, crashed): stop the workers rather than leave them polling.
  process.once('disconnect', () => {
    for (const w of children) w.process.kill('SIGTERM');
    process.exit(1);
  });
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
