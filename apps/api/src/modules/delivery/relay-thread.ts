// The module each relay sending thread runs (relay-threads.ts starts them). It owns one pooled
// connection set to the relay and sends what the main thread hands it: composing the MIME message,
// the CPU-heavy part of sending, happens here, off the API's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { createRelayTransport, type RelayTransportOptions, sendTracked } from './relay-transport.js';
import type { RelayReply, RelayRequest, ThreadError } from './relay-threads.js';

const port = parentPort;
if (!port) throw new Error('relay-thread.js runs as a worker thread of the outbox worker');

const transport = createRelayTransport(workerData as RelayTransportOptions);

/** What the main thread needs to classify the failure; an Error's own fields do not survive the copy. */
const plainError = (err: unknown): ThreadError => {
  const e = (err ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof e[key] === 'string' ? (e[key] as string) : undefined);
  return {
    message: err instanceof Error ? err.message : String(err),
    code: text('code'),
    originalCode: text('originalCode'),
    command: text('command'),
    response: text('response'),
    responseCode: typeof e.responseCode === 'number' ? e.responseCode : undefined,
  };
};

// Replies of one turn go back in one message, as the requests came.
const replies: RelayReply[] = [];
const reply = (answer: RelayReply) => {
  if (replies.length === 0) setImmediate(() => port.postMessage(replies.splice(0)));
  replies.push(answer);
};

port.on('message', (requests: RelayRequest[] | 'close') => {
  if (requests === 'close') {
    transport.close();
    port.close();
    return;
  }
  for (const request of requests) {
    let bodySent = false;
    sendTracked(transport, request.message, () => {
      bodySent = true;
    }).then(
      (result) => reply({ id: request.id, result }),
      (err: unknown) => reply({ id: request.id, error: plainError(err), bodySent }),
    );
  }
});
