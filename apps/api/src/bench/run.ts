import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { coldStartBench } from './cold-start-bench.js';
import { runDeliveryBench } from './delivery-run.js';
import { graphqlReadsBench } from './graphql-reads-bench.js';
import { previewBench } from './preview-bench.js';
import { createScratchPostgres } from '../database/scratch-postgres.js';
import { renderBenchmarksMarkdown } from './report.js';

/**
 * `pnpm bench`: every figure is a ratio against a baseline measured in the same run. Sections can be picked
 * with BENCH_ONLY=delivery,reads,cold,spa,preview. Results go to bench-results/all.json and BENCHMARKS.md.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (name: string) => !only || only.includes(name);
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const pg = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`,
  };
  if (wanted('delivery')) results.delivery = await runDeliveryBench();
  if (wanted('reads')) {
    log('GraphQL reads: full server vs bare graphql-js, 50 clients');
    const sqlite = await graphqlReadsBench({});
    log(`  SQLite: ${JSON.stringify(sqlite)}`);
    // A fresh database, so figures never include earlier data; dropped afterwards.
    const scratch = pg ? await createScratchPostgres(pg, 'ametrika_bench_reads') : null;
    const postgres = scratch
      ? await graphqlReadsBench({ databaseUrl: scratch.url }).finally(scratch.drop)
      : null;
    if (postgres) log(`  PostgreSQL: ${JSON.stringify(postgres)}`);
    results.reads = { sqlite, postgres };
  }
  if (wanted('cold')) {
    results.coldStart = await coldStartBench(5);
    log(`cold start: ${JSON.stringify(results.coldStart)}`);
  }
  if (wanted('spa')) {
    const file = path.join(repoRoot, 'apps/web/dist/bundle-size.json');
    if (existsSync(file)) results.spa = JSON.parse(readFileSync(file, 'utf8'));
    else log('SPA sizes: apps/web/dist/bundle-size.json is missing; run `pnpm build` first');
  }
  if (wanted('preview')) {
    results.preview = await previewBench(repoRoot);
    log(`live preview: ${JSON.stringify(results.preview)}`);
  }
  const outDir = path.resolve(here, '../../bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'all.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(repoRoot, 'BENCHMARKS.md'), renderBenchmarksMarkdown(results));
  log(`written to ${path.join(repoRoot, 'BENCHMARKS.md')}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`benchmark failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
