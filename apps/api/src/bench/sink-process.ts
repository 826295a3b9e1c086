import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startCountingSink } from '../modules/delivery/testing/counting-sink.js';

/** What the benchmark needs of a sink: where it listens and how many different Message-IDs arrived. */
export type RemoteSink = {
  url: string;
  distinct(): number;
  total(): number;
  waitForDistinct(count: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
};

/**
 * The sink runs in its own process so that receiving mail does not take CPU from the process under test
 * (the API, or plain nodemailer for the baseline).
 */
export async function startRemoteSink(): Promise<RemoteSink> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let distinct = 0;
  let total = 0;
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (m: { url?: string; distinct?: number; total?: number }) => {
      if (m.url) resolve(m.url);
      if (m.distinct !== undefined) distinct = m.distinct;
      if (m.total !== undefined) total = m.total;
    });
  });
  return {
    url,
    distinct: () => distinct,
    total: () => total,
    waitForDistinct: async (count, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (distinct < count) {
        if (Date.now() > deadline)
          throw new Error(`the sink got ${distinct} of ${count} messages in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

if (process.argv.includes('--serve') && process.send) {
  const sink = await startCountingSink();
  process.send({ url: sink.url });
  let last = -1;
  setInterval(() => {
    // Not counts().size: copying a map of every Message-ID 200 times a second took a growing share of
    // the CPU as the benchmark went on, slowing every later run.
    const distinct = sink.distinctCount();
    if (distinct !== last) process.send?.({ distinct, total: sink.messages.length });
    last = distinct;
  }, 5);
  process.once('SIGTERM', () => sink.close().then(() => process.exit(0)));
  // A benchmark that crashed must not leave its sink polling and taking CPU from the next run.
  process.once('disconnect', () => sink.close().then(() => process.exit(0)));
}
