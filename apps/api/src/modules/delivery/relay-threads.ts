import { Worker } from 'node:worker_threads';
import type { SendMailOptions } from 'nodemailer';
import { compiledModuleFile } from '../../compiled-module.js';
import type { Logger } from '../../logger.js';
import type { RelayTransportOptions, SendResult } from './relay-transport.js';

export type ThreadError = {
  message: string;
  code?: string;
  originalCode?: string;
  command?: string;
  response?: string;
  responseCode?: number;
};
export type RelayRequest = { id: number; message: SendMailOptions };
export type RelayOutcome = { result: SendResult } | { error: ThreadError; bodySent: boolean };
export type RelayReply = { id: number } & RelayOutcome;

/**
 * `pending`: the sends handed to this thread and not yet answered, by request id; `outbox`: requests
 * waiting for this turn's one postMessage to the thread.
 */
type Thread = {
  worker: Worker;
  pending: Map<number, (outcome: RelayOutcome) => void>;
  outbox: RelayRequest[];
};

/** How long closing waits for a thread to say goodbye to the relay before it is ended. */
const CLOSE_TIMEOUT_MS = 5_000;

/**
 * Sends relay mail on worker threads, each with its own pooled connections (`maxConnections` shared out).
 * Composing and sending a message cost more CPU than everything else the outbox does for it together, so
 * with them on threads the event loop keeps claiming, recording and serving the API while the other
 * cores send. Threads start with the first send. A send hands over plain data and gets back
 * the reply or the failure's fields, with whether the whole message had reached the socket.
 */
export class RelayThreads {
  private readonly threads: Thread[] = [];
  private nextId = 1;
  private closing = false;

  constructor(
    private readonly options: { threads: number; transport: RelayTransportOptions; logger?: Logger },
  ) {}

  get url(): string {
    return this.options.transport.url;
  }

  /** The threads running now (a test ends one mid-send to see its sends reported as lost). */
  get workers(): readonly Worker[] {
    return this.threads.map((thread) => thread.worker);
  }

  send(message: SendMailOptions): Promise<RelayOutcome> {
    if (this.closing) return Promise.resolve({ error: stoppedError('is stopping'), bodySent: false });
    const thread = this.leastBusy();
    const id = this.nextId++;
    return new Promise<RelayOutcome>((resolve) => {
      thread.pending.set(id, resolve);
      // The sends of one turn of the event loop (a claimed batch) cross to the thread in one message.
      if (thread.outbox.length === 0) setImmediate(() => this.flush(thread));
      thread.outbox.push({ id, message });
    });
  }

  /** Lets the threads close their connections (the sends in flight were awaited by the worker), then ends them. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.threads.splice(0).map(async ({ worker }) => {
        const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
        worker.postMessage('close');
        const timer = setTimeout(() => void worker.terminate(), CLOSE_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }),
    );
  }

  private flush(thread: Thread): void {
    const requests = thread.outbox.splice(0);
    if (requests.length && this.threads.includes(thread)) thread.worker.postMessage(requests);
  }

  private leastBusy(): Thread {
    if (this.threads.length < this.options.threads) return this.start();
    let best = this.threads[0];
    for (const thread of this.threads) if (thread.pending.size < best.pending.size) best = thread;
    return best;
  }

  private start(): Thread {
    const perThread = Math.max(1, Math.ceil(this.options.transport.maxConnections / this.options.threads));
    const worker = new Worker(relayThreadFile(), {
      workerData: { ...this.options.transport, maxConnections: perThread } satisfies RelayTransportOptions,
      name: 'relay-sender',
    });
    // The threads never keep the process alive; stopping the worker closes them.
    worker.unref();
    const thread: Thread = { worker, pending: new Map(), outbox: [] };
    worker.on('message', (replies: RelayReply[]) => {
      for (const { id, ...outcome } of replies) {
        thread.pending.get(id)?.(outcome);
        thread.pending.delete(id);
      }
    });
    // A thread that dies takes its sends with it. Whether each message reached the relay is unknown,
    // so they count as lost replies: retried a bounded number of times, like a connection lost after DATA.
    const lost = (why: string) => {
      const index = this.threads.indexOf(thread);
      if (index >= 0) this.threads.splice(index, 1);
      for (const resolve of thread.pending.values()) resolve({ error: stoppedError(why), bodySent: true });
      thread.pending.clear();
    };
    worker.on('error', (err) => {
      this.options.logger?.error({ err }, 'outbox: a relay sending thread failed');
      lost('failed');
    });
    worker.on('exit', () => lost('stopped'));
    this.threads.push(thread);
    return thread;
  }
}

const stoppedError = (why: string): ThreadError => ({
  message: `The relay sending thread ${why} before the relay answered`,
  code: 'ECONNECTION',
});

/** The compiled thread module (under Vitest, the build's copy; see compiledModuleFile). */
export const relayThreadFile = () =>
  compiledModuleFile(import.meta.url, 'modules/delivery/relay-thread', [
    'modules/delivery/relay-transport',
    'modules/delivery/compose-message',
  ]);
