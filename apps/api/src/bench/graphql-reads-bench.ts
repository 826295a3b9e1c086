import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LoadResult, runLoad } from './load.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const QUERY = '{ emailSettings { senderMode } templates { key subject } }';
const PASSWORD = 'benchmark admin password';

function start(script: string, env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${out}`)), 30_000);
    child.stdout?.on('data', (d) => {
      out += d;
      const port = /listening (\d+)/.exec(out)?.[1] ?? /open http:\/\/localhost:(\d+)/.exec(out)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ child, port: Number(port) });
      }
    });
    child.stderr?.on('data', (d) => (out += d));
    child.once('exit', (code) => reject(new Error(`${script} exited ${code}:\n${out}`)));
  });
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function post(port: number, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    // biome-ignore lint/suspicious/noExplicitAny: the benchmark reads one known field of the answer.
    json: (await res.json()) as { data: Record<string, any> },
    cookie: res.headers.getSetCookie()[0]?.split(';')[0],
  };
}

export type ReadsResult = { database: string; full: LoadResult; bare: LoadResult; ratio: number };

/**
 * Requests per second of one read query through the whole server (session cookie, context, TypeORM) against
 * graphql-js answering the same query from memory, 50 concurrent clients each, in the same run.
 */
export async function graphqlReadsBench(opts: {
  databaseUrl?: string;
  clients?: number;
  seconds?: number;
}): Promise<ReadsResult> {
  const clients = opts.clients ?? 50;
  const seconds = opts.seconds ?? 8;
  const full = await start(path.resolve(here, '../main.js'), {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'ametrika-bench-reads-')),
    DATABASE_URL: opts.databaseUrl ?? '',
    ADMIN_PASSWORD: PASSWORD,
    LOG_LEVEL: 'warn',
    WORKER: 'false',
    NODE_ENV: 'production',
  });
  try {
    const signIn = await post(full.port, {
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: 'admin@example.com', p: PASSWORD },
    });
    const headers = { cookie: signIn.cookie ?? '' };
    const answer = await post(full.port, { query: QUERY }, headers);
    const body = JSON.stringify({ query: QUERY });
    // A short warm-up so the JIT and connection pools are settled before measuring.
    await runLoad({ url: `http://127.0.0.1:${full.port}/graphql`, body, headers, clients, seconds: 1 });
    const fullResult = await runLoad({
      url: `http://127.0.0.1:${full.port}/graphql`,
      body,
      headers,
      clients,
      seconds,
    });
    await stop(full.child);

    const bare = await start(path.resolve(here, 'bare-graphql-server.js'), {
      BARE_TEMPLATES: JSON.stringify(answer.json.data.templates),
    });
    try {
      await runLoad({ url: `http://127.0.0.1:${bare.port}/graphql`, body, clients, seconds: 1 });
      const bareResult = await runLoad({
        url: `http://127.0.0.1:${bare.port}/graphql`,
        body,
        clients,
        seconds,
      });
      return {
        database: opts.databaseUrl ? 'postgres' : 'sqlite',
        full: fullResult,
        bare: bareResult,
        ratio: Number((fullResult.rps / bareResult.rps).toFixed(3)),
      };
    } finally {
      await stop(bare.child);
    }
  } finally {
    await stop(full.child);
  }
}
