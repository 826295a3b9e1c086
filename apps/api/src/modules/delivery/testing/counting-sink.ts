import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type SinkReply = { code: number; message: string };

/** Decides a reply per stage; null accepts. `attempt` counts RCPTs for that recipient, from 1. */
export type SinkPlan = (ctx: { stage: 'rcpt' | 'data'; to: string; attempt: number }) => SinkReply | null;

export type SinkMessage = {
  messageId: string | null;
  to: string[];
  from: string;
  size: number;
  raw?: Buffer;
};

export type CountingSink = {
  port: number;
  url: string;
  messages: SinkMessage[];
  /** How often each Message-ID arrived (a copy). */
  counts(): Map<string, number>;
  /** How many different Message-IDs arrived, without copying them. */
  distinctCount(): number;
  /** Resolves once `distinct` different Message-IDs arrived. */
  waitForDistinct(distinct: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
  /** Listens again on the same port (after close), e.g. a server that was down for a while. */
  reopen(): Promise<void>;
};

const MESSAGE_ID = /^Message-ID:[ \t]*(<[^>\r\n]+>)/im;

/**
 * An SMTP sink on 127.0.0.1 that counts messages by Message-ID, for the delivery tests and the
 * benchmark. Without `keepRaw` it keeps only the header part in memory, so 100k messages stay cheap.
 */
export async function startCountingSink(
  options: { port?: number; plan?: SinkPlan; keepRaw?: boolean; delayMs?: number } = {},
): Promise<CountingSink> {
  const messages: SinkMessage[] = [];
  const rcptAttempts = new Map<string, number>();
  const distinct = new Map<string, number>();
  const waiters = new Set<() => void>();
  const reply = (r: SinkReply) => Object.assign(new Error(r.message), { responseCode: r.code });

  const create = () => {
    const server = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      authOptional: true,
      logger: false,
      maxClients: 1000,
      // close() drops idle pooled connections at once instead of waiting for the clients to leave.
      closeTimeout: 50,
      onRcptTo(address, _session, callback) {
        const to = address.address.toLowerCase();
        const attempt = (rcptAttempts.get(to) ?? 0) + 1;
        rcptAttempts.set(to, attempt);
        const planned = options.plan?.({ stage: 'rcpt', to, attempt });
        callback(planned ? reply(planned) : undefined);
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (options.keepRaw || size - chunk.length < 8192) chunks.push(chunk);
        });
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          const planned = options.plan?.({
            stage: 'data',
            to: to[0] ?? '',
            attempt: rcptAttempts.get(to[0]) ?? 1,
          });
          if (planned) return callback(reply(planned));
          const raw = Buffer.concat(chunks);
          const messageId = MESSAGE_ID.exec(raw.subarray(0, 8192).toString('latin1'))?.[1] ?? null;
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          messages.push({ messageId, to, from, size, raw: options.keepRaw ? raw : undefined });
          if (messageId) distinct.set(messageId, (distinct.get(messageId) ?? 0) + 1);
          for (const wake of waiters) wake();
          const done = () => callback(null, '2.0.0 Ok: queued');
          if (options.delayMs) setTimeout(done, options.delayMs);
          else done();
        });
      },
    });
    server.on('error', () => {});
    return server;
  };

  let server = create();
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
    });
  const port = await listen(options.port ?? 0);

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    counts: () => new Map(distinct),
    distinctCount: () => distinct.size,
    waitForDistinct: async (count, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (distinct.size < count) {
        if (Date.now() > deadline)
          throw new Error(`the sink got ${distinct.size} of ${count} distinct messages in ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            resolve();
          };
          waiters.add(wake);
          setTimeout(wake, 200);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    reopen: async () => {
      server = create();
      await listen(port);
    },
  };
}
