import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../../auth/secret-box.js';
import { classifyFailure, type SendFailure } from './delivery-outcome.js';
import type { ClaimedMessage } from './outbox-claims.js';
import { RelayThreads } from './relay-threads.js';
import { startCountingSink, type CountingSink } from './testing/counting-sink.js';
import { startDroppingSink } from './testing/dropping-sink.js';
import { relaySnapshot } from './testing/fixtures.js';
import { type SendResult, TransportFactory } from './transports.js';

const message = (to: string) =>
  ({
    id: randomUUID(),
    accountId: randomUUID(),
    toAddress: to,
    subject: 'Your weekly insights',
    html: '<p>Hello from the <b>relay</b> – grüße.</p>',
    text: 'Hello from the relay – grüße.',
    messageId: `<${randomUUID()}@ametrika.test>`,
    sender: relaySnapshot(),
  }) as unknown as ClaimedMessage;

/** Sends one message the way the worker does and answers with what it would record. */
async function attempt(
  transports: TransportFactory,
  to: string,
): Promise<{ sent: SendResult } | { failed: SendFailure }> {
  const row = message(to);
  const prepared = await transports.prepare(row);
  let bodySent = false;
  try {
    return {
      sent: await prepared.send(() => {
        bodySent = true;
      }),
    };
  } catch (err) {
    return { failed: classifyFailure(err, { customerServer: false, bodySent, redact: prepared.redact }) };
  }
}

describe('relay sending on threads and on the event loop', () => {
  let sink: CountingSink;
  let dropping: { port: number; child: ChildProcess };
  const factories: TransportFactory[] = [];
  const factory = (sendThreads: number, url: () => string) => {
    const made = new TransportFactory({
      config: { smtpAllowPrivateHosts: true, smtpAllowedPorts: [], smtpCaPem: undefined },
      secrets: new SecretBox('relay threads test secret of 32+ characters'),
      relayUrl: url,
      maxConnections: 4,
      sendThreads,
    });
    factories.push(made);
    return made;
  };

  beforeAll(async () => {
    sink = await startCountingSink({
      keepRaw: true,
      plan: ({ stage, to }) => {
        if (stage === 'rcpt' && to.startsWith('refused')) return { code: 550, message: '5.1.1 No such user' };
        if (stage === 'data' && to.startsWith('busy')) return { code: 421, message: '4.3.2 Try again later' };
        return null;
      },
    });
    dropping = await startDroppingSink('.');
  });

  afterAll(async () => {
    await Promise.all(factories.map((made) => made.close()));
    dropping?.child.kill();
    await sink?.close();
  });

  // The same four outcomes, whichever way the relay mail is sent: a thread must not change what is recorded.
  it.each([0, 2])('records the same outcomes with %i sending threads', async (threads) => {
    const transports = factory(threads, () => sink.url);
    const sent = await attempt(transports, `reader${threads}@bench.test`);
    expect(sent).toEqual({ sent: { response: expect.stringMatching(/^250 /), responseCode: 250 } });
    const arrived = sink.messages.at(-1);
    expect(arrived?.to).toEqual([`reader${threads}@bench.test`]);
    const raw = arrived?.raw?.toString() ?? '';
    expect(raw).toMatch(/^X-Ametrika-Account: /m);
    // Both parts quoted-printable, chosen up front rather than by scanning: UTF-8 survives it.
    expect(raw.match(/^Content-Transfer-Encoding: quoted-printable/gm)).toHaveLength(2);
    expect(raw).toContain('gr=C3=BC=C3=9Fe');

    expect(await attempt(transports, `refused${threads}@bench.test`)).toEqual({
      failed: {
        kind: 'permanent',
        stage: 'RECIPIENT',
        responseCode: 550,
        response: '550 5.1.1 No such user',
      },
    });
    expect(await attempt(transports, `busy${threads}@bench.test`)).toEqual({
      failed: { kind: 'temporary', stage: 'DATA', responseCode: 421, response: '421 4.3.2 Try again later' },
    });
    // smtp-sink hangs up after the message's end: it may have arrived, so it is a lost reply.
    const lost = await attempt(
      factory(threads, () => `smtp://127.0.0.1:${dropping.port}`),
      `lost${threads}@bench.test`,
    );
    expect(lost).toMatchObject({
      failed: { kind: 'lostReply', stage: 'DATA_REPLY_LOST', responseCode: null },
    });
  });

  it('reports the sends of a thread that died as lost replies, and sends on with a new thread', async () => {
    const slow = await startCountingSink({ delayMs: 2_000 });
    const threads = new RelayThreads({ threads: 1, transport: { url: slow.url, maxConnections: 2 } });
    try {
      const send = (to: string) =>
        threads.send({
          from: 'noreply@ametrika.test',
          to,
          subject: 'Hello',
          text: 'Hello',
          html: '<p>Hello</p>',
        });
      const inFlight = send('first@bench.test');
      await expect.poll(() => slow.messages.length, { timeout: 5_000 }).toBe(1);
      await threads.workers[0].terminate();
      expect(await inFlight).toEqual({
        error: expect.objectContaining({
          code: 'ECONNECTION',
          message: expect.stringMatching(/thread stopped/),
        }),
        bodySent: true,
      });
      expect(threads.workers).toHaveLength(0);
      expect(await send('second@bench.test')).toEqual({
        result: expect.objectContaining({ responseCode: 250 }),
      });
    } finally {
      await threads.close();
      await slow.close();
    }
  });
});
