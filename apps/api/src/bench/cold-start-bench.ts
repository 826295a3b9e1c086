import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Milliseconds from spawning `script` to a 200 from /healthz (or to the first byte of a bare server). */
async function timeToHealthy(script: string[], env: Record<string, string>, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, script, { env: { ...process.env, ...env }, stdio: 'ignore' });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return performance.now() - started;
      if (performance.now() - started > 60_000) throw new Error('not healthy within 60 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export type ColdStartResult = { runs: number; appMs: number; bareNodeMs: number; ratio: number };

/**
 * Cold start of the built server on an existing data folder (migrated, seeded) to a healthy /healthz,
 * against a bare node:http server answering /healthz, median of `runs` each.
 */
export async function coldStartBench(runs = 5): Promise<ColdStartResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ametrika-bench-cold-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const env = {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    ADMIN_PASSWORD: 'cold start password',
    LOG_LEVEL: 'warn',
  };
  const main = [path.resolve(here, '../main.js')];
  await timeToHealthy(main, env, port); // first start migrates and seeds; not counted
  const app: number[] = [];
  const bare: number[] = [];
  const bareScript = [
    '-e',
    `require('node:http').createServer((q,s)=>s.end('ok')).listen(${port + 1},'127.0.0.1')`,
  ];
  for (let i = 0; i < runs; i++) {
    app.push(await timeToHealthy(main, env, port));
    bare.push(await timeToHealthy(bareScript, {}, port + 1));
  }
  const appMs = Math.round(median(app));
  const bareNodeMs = Math.round(median(bare));
  return { runs, appMs, bareNodeMs, ratio: Number((appMs / bareNodeMs).toFixed(1)) };
}
