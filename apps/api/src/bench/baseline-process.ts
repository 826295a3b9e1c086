import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { plainNodemailer, type Rendered, renderDigest } from './delivery-bench.js';
import type { RemoteSink } from './sink-process.js';

type Request = { url: string; count: number; concurrency: number };
type Reply =
  | { ready: true }
  | { seconds: number; perSecond: number; cpuMsPerMessage: number }
  | { error: string };

/** The baseline of the delivery benchmark, run on demand in a process of its own. */
export type RemoteBaseline = {
  /** Sends `count` digests once, untimed, so that the timed runs meet a warm JIT. */
  warmUp(count: number): Promise<void>;
  /** One timed run of every digest; resolves once the sink holds all of them. */
  run(): Promise<{ seconds: number; perSecond: number; cpuMsPerMessage: number }>;
  close(): Promise<void>;
};

/**
 * Plain pooled nodemailer runs in its own process with its own copy of the rendered digests. Held in the
 * benchmark's process instead, 5,000 digests (about 190 MB of strings) sat on the heap of the API under
 * test during every whole-path run: each of its major collections marked them again, which cost the API
 * about 0.25 ms of CPU per message (main thread and V8's helper threads) that a real API does not pay.
 */
export async function startRemoteBaseline(sink: RemoteSink, count: number, concurrency: number) {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', String(count)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: ['--expose-gc'],
  });
  const pending: Array<{ resolve: (reply: Reply) => void; reject: (err: Error) => void }> = [];
  child.on('message', (reply: Reply) => pending.shift()?.resolve(reply));
  const failAll = (err: Error) => {
    for (const waiter of pending.splice(0)) waiter.reject(err);
  };
  child.on('exit', () => failAll(new Error('the baseline process exited')));
  child.on('error', failAll);
  const ask = (request: Request | null) =>
    new Promise<Reply>((resolve, reject) => {
      pending.push({ resolve, reject });
      if (request) child.send(request);
    });
  await ask(null); // rendered and ready
  const send = async (n: number) => {
    const before = sink.total();
    const reply = await ask({ url: sink.url, count: n, concurrency });
    if ('error' in reply) throw new Error(`plain nodemailer failed: ${reply.error}`);
    if (!('seconds' in reply)) throw new Error('the baseline process answered out of turn');
    const deadline = Date.now() + 5000;
    while (sink.total() - before < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    if (sink.total() - before !== n) throw new Error('plain nodemailer lost messages');
    return reply;
  };
  return {
    warmUp: async (n) => {
      await send(n);
    },
    run: () => send(count),
    close: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  } satisfies RemoteBaseline;
}

if (process.argv.includes('--serve') && process.send) {
  const count = Number(process.argv[process.argv.indexOf('--serve') + 1]);
  const rendered: Rendered[] = Array.from({ length: count }, (_, i) => renderDigest(i));
  process.on('message', (request: Request) => {
    plainNodemailer(request.url, rendered.slice(0, request.count), request.concurrency).then(
      (result) => process.send?.(result satisfies Reply),
      (err: unknown) => process.send?.({ error: String(err) } satisfies Reply),
    );
  });
  process.once('disconnect', () => process.exit(0));
  process.send({ ready: true } satisfies Reply);
}
