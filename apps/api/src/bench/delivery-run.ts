import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDataSource } from '../database/data-source.js';
import { createScratchPostgres } from '../database/scratch-postgres.js';
import { seedFirstAdmin } from '../database/seed.js';
import { z } from 'zod';
import { parseConfig } from '../config/config.js';
import { parseDeliveryOptions } from '../modules/delivery/delivery-options.js';
import { Account } from '../modules/accounts/account.entity.js';
import { timeClaims, fillQueued } from './claim-bench.js';
import { startRemoteBaseline } from './baseline-process.js';
import { renderDigest } from './delivery-bench.js';
import { runWholePathProcess, type WholePathRequest } from './whole-path-process.js';
import { startRemoteSink } from './sink-process.js';

/** A whole number of at least 1 from the environment, or a message naming the variable and the fix. */
const countFromEnv = (name: string, fallback: number) => {
  const parsed = z.coerce
    .number()
    .int()
    .min(1)
    .safeParse(process.env[name]?.trim() || fallback);
  if (!parsed.success)
    throw new Error(`${name} must be a whole number of at least 1; unset, it is ${fallback}.`);
  return parsed.data;
};
const COUNT = countFromEnv('BENCH_MESSAGES', 5000);
/** Runs of each whole-path configuration; the report gives the median (BENCH_ROUNDS=1 for a quick look). */
const ROUNDS = countFromEnv('BENCH_ROUNDS', 3);
/** The outbox's own setting (OUTBOX_CONCURRENCY, parsed as the worker parses it), for both sides. */
const CONCURRENCY = parseDeliveryOptions().concurrency;
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '../../bench-results');

const log = (line: string) => process.stdout.write(`${line}\n`);

async function claimBench(database: ReturnType<typeof parseConfig>['database']) {
  const results: Record<string, unknown> = {};
  for (const rows of [10_000, 1_000_000]) {
    const db = createDataSource(database);
    await db.initialize();
    await db.runMigrations();
    await seedFirstAdmin(db, parseConfig({ ADMIN_PASSWORD: 'correct horse battery', DATA_DIR: '/tmp' }));
    const accountId = (await db.getRepository(Account).findOneByOrFail({ name: 'Demo' })).id;
    await db.query('DELETE FROM outbox_messages');
    const started = performance.now();
    await fillQueued(db, accountId, rows);
    const fillSeconds = (performance.now() - started) / 1000;
    results[String(rows)] = { ...(await timeClaims(db)), fillSeconds: Number(fillSeconds.toFixed(1)) };
    log(`  claim a batch of 32 with ${rows} queued: ${JSON.stringify(results[String(rows)])}`);
    await db.destroy();
  }
  return results;
}

/** The delivery benchmark of the delivery issue; returns its figures and writes bench-results/delivery.json. */
export async function runDeliveryBench(): Promise<Record<string, unknown>> {
  const sink = await startRemoteSink();
  const htmlBytes = renderDigest(0).html.length;
  log(
    `delivery benchmark: ${COUNT} insights digests (${htmlBytes} B of HTML each), concurrency ${CONCURRENCY}`,
  );
  const result: Record<string, unknown> = {
    messages: COUNT,
    concurrency: CONCURRENCY,
    htmlBytes,
    node: process.version,
    at: new Date().toISOString(),
  };
  for (let i = 0; i < 500; i++) renderDigest(i); // warm JIT, as in a long-running API
  const started = performance.now();
  for (let i = 0; i < 200; i++) renderDigest(i);
  result.renderMsPerMessage = Number(((performance.now() - started) / 200).toFixed(2));
  log(`shared renderer: ${result.renderMsPerMessage} ms per digest`);

  // Both sides are measured warm: the baseline's process sends 1,000 digests untimed first, and each
  // whole-path process sends 1,000 the same way before its clock starts (threads started, JIT warm). The
  // baseline then runs before the first whole-path run and after every one, and each run is divided by
  // the mean of the baselines just before and just after it: this machine's speed drifts by up to half
  // within minutes (shared host), and a ratio against a baseline measured minutes away would mostly
  // measure that drift.
  const plain = await startRemoteBaseline(sink, COUNT, CONCURRENCY);
  await plain.warmUp(1000);
  const baselines = [await plain.run()];
  log(`plain pooled nodemailer: ${baselines[0].perSecond.toFixed(0)} msg/s`);
  /** One whole-path run and the baseline after it; `cleanUp` (dropping a database) runs between them. */
  const run = async (
    label: string,
    request: Omit<WholePathRequest, 'count'>,
    cleanUp: () => Promise<void> = async () => {},
  ) => {
    let r: Awaited<ReturnType<typeof runWholePathProcess>>;
    try {
      r = await runWholePathProcess(sink, { count: COUNT, ...request });
    } finally {
      await cleanUp();
    }
    const after = await plain.run();
    const before = baselines[baselines.length - 1];
    baselines.push(after);
    const baseline = (before.perSecond + after.perSecond) / 2;
    const ratio = Number((r.perSecond / baseline).toFixed(2));
    log(
      `${label}: ${r.perSecond.toFixed(0)} msg/s, ratio ${ratio} (baseline ${before.perSecond.toFixed(0)} before, ${after.perSecond.toFixed(0)} after), API peak RSS ${r.apiPeakRssMb} MB, CPU ms/msg ${JSON.stringify(r.cpuMsPerMessage)}`,
    );
    return { ...r, baselinePerSecond: Number(baseline.toFixed(1)), ratio };
  };
  const withWorkers = async (render: boolean, pgAdmin: string) => {
    const scratch = await createScratchPostgres(pgAdmin, 'ametrika_bench');
    return run(
      `whole path on PostgreSQL, API + 3 workers, ${render ? 'rendering' : 'pre-rendered'}`,
      { render, databaseUrl: scratch.url, runWorkerInApi: false, workers: 3 },
      // Dropped before the next baseline runs, so that no clean-up of this run's database overlaps it.
      () => scratch.drop(),
    );
  };
  const pgAdmin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const configs: Array<{ key: string; go: () => ReturnType<typeof run> }> = [
    {
      key: 'sqlite.withRender',
      go: () =>
        run('whole path on SQLite, rendering each digest', {
          render: true,
          runWorkerInApi: true,
          workers: 0,
        }),
    },
    {
      key: 'sqlite.preRendered',
      go: () =>
        run('whole path on SQLite, pre-rendered', { render: false, runWorkerInApi: true, workers: 0 }),
    },
  ];
  if (pgAdmin) {
    configs.push(
      { key: 'postgres.withRender', go: () => withWorkers(true, pgAdmin) },
      { key: 'postgres.preRendered', go: () => withWorkers(false, pgAdmin) },
    );
  } else {
    log('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL');
  }
  // Every configuration runs ROUNDS times, the rounds interleaved, and reports the run with the median
  // ratio: one run's ratio moved by up to a fifth between runs minutes apart on this shared host.
  const runs = new Map<string, Array<Awaited<ReturnType<typeof run>>>>();
  for (let round = 1; round <= ROUNDS; round++) {
    log(`round ${round} of ${ROUNDS}`);
    for (const config of configs) runs.set(config.key, [...(runs.get(config.key) ?? []), await config.go()]);
  }
  const summary = (key: string) => {
    const all = runs.get(key);
    if (!all) return undefined;
    const sorted = [...all].sort((a, b) => a.ratio - b.ratio);
    return {
      ...sorted[Math.floor((sorted.length - 1) / 2)],
      ratios: all.map((r) => r.ratio),
      apiPeakRssMb: Math.max(...all.map((r) => r.apiPeakRssMb)),
    };
  };
  result.rounds = ROUNDS;
  result.sqlite = { withRender: summary('sqlite.withRender'), preRendered: summary('sqlite.preRendered') };
  if (pgAdmin) {
    result.postgres = {
      workers: 3,
      withRender: summary('postgres.withRender'),
      preRendered: summary('postgres.preRendered'),
    };
  }
  result.plainNodemailer = {
    perSecond: Number((baselines.reduce((sum, b) => sum + b.perSecond, 0) / baselines.length).toFixed(1)),
    runs: baselines.map((b) => Number(b.perSecond.toFixed(1))),
    cpuMsPerMessage: Number(
      (baselines.reduce((sum, b) => sum + b.cpuMsPerMessage, 0) / baselines.length).toFixed(2),
    ),
  };
  // BENCH_SKIP_CLAIMS=1 leaves out the claim timings (a minute of filling a million rows) when only
  // the throughput is of interest.
  const claims = process.env.BENCH_SKIP_CLAIMS !== '1';
  if (pgAdmin && claims) {
    const claimDb = await createScratchPostgres(pgAdmin, 'ametrika_bench');
    try {
      log('claim timing on PostgreSQL:');
      result.claimPostgres = await claimBench({ type: 'postgres', url: claimDb.url });
    } finally {
      await claimDb.drop();
    }
  }
  if (claims) {
    log('claim timing on SQLite:');
    const scratchDir = mkdtempSync(path.join(tmpdir(), 'ametrika-claims-'));
    result.claimSqlite = await claimBench({ type: 'sqlite', file: path.join(scratchDir, 'claims.sqlite') });
    rmSync(scratchDir, { recursive: true, force: true });
  }
  await plain.close();
  await sink.close();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, '.gitignore'), '*\n'); // results are per machine, never committed
  writeFileSync(path.join(outDir, 'delivery.json'), `${JSON.stringify(result, null, 2)}\n`);
  log(`written to ${path.join(outDir, 'delivery.json')}`);
  return result;
}
