import { Readable } from 'node:stream';
import { rootCertificates } from 'node:tls';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import DKIM from 'nodemailer/lib/dkim';
import { type ComposedMessage, composeMessage } from './compose-message.js';

// Loaded by the relay's sending threads too (relay-thread.ts): keep it free of the app's other modules.

export type SendResult = { response: string; responseCode: number | null };

// A string key: nodemailer copies message options with Object.keys, which skips symbols.
const BODY_SENT = '__ametrikaOnBodySent';
type TrackedMail = {
  data: Record<string, unknown>;
  message: { processFunc(f: (s: Readable) => Readable): void };
};

/**
 * Wraps the transport's send so the last stage of the message stream (after DKIM signing) tells us when
 * it was fully read by the SMTP connection, i.e. after DATA. A connection lost after that point is a
 * lost reply (the message may have arrived), not a plain connection error.
 */
export function trackBodySent(transporter: Transporter): Transporter {
  const inner = transporter.transporter as unknown as { send(mail: TrackedMail, cb: unknown): void };
  const send = inner.send.bind(inner);
  inner.send = (mail, cb) => {
    const onBodySent = mail.data[BODY_SENT] as (() => void) | undefined;
    if (onBodySent) {
      mail.message.processFunc((stream) => {
        stream.once('end', onBodySent);
        return stream;
      });
    }
    send(mail, cb);
  };
  return transporter;
}

/**
 * Sends and answers with the server's reply; `onBodySent` runs once the whole message reached the socket.
 * Where compose-message.ts can compose the message, the composed bytes go straight to the transport's own
 * `send` (sendComposed); anything else goes through nodemailer's Mailer as usual.
 */
export async function sendTracked(
  transporter: Transporter,
  message: SendMailOptions,
  onBodySent: () => void,
): Promise<SendResult> {
  const composed = composeMessage(message);
  const info = composed
    ? await sendComposed(transporter, composed, message.dkim, onBodySent)
    : ((await transporter.sendMail({ ...message, [BODY_SENT]: onBodySent } as SendMailOptions)) as {
        response?: string;
      });
  const response = info.response ?? '250 OK';
  const code = Number(/^\d{3}/.exec(response)?.[0]);
  return { response, responseCode: Number.isFinite(code) ? code : null };
}

/**
 * What nodemailer's SMTP transports read of a message in `send(mail, callback)`, the interface its custom
 * transports implement: the envelope, the Message-ID and a fresh stream of the bytes per call (the pool
 * asks again when it moves a message to another connection).
 */
type TransportMail = {
  data: Record<string, never>;
  message: {
    getEnvelope(): ComposedMessage['envelope'];
    messageId(): string;
    getHeader(name: string): string | undefined;
    createReadStream(): Readable;
  };
};
type MailTransport = {
  send(mail: TransportMail, callback: (err: Error | null, info?: { response?: string }) => void): void;
};

/**
 * Hands a composed message to the transport (the relay's pool or a customer server's connection)
 * without nodemailer's Mailer. For a raw message the Mailer only wraps the bytes in a MIME node again, runs
 * its plugin steps and pipes them through a stream pipeline: a third of the CPU a relay send took,
 * measured in BENCHMARKS.md. DKIM is signed here with nodemailer's own signer, as the Mailer signs
 * (relay-transport.test.ts compares the bytes a server receives both ways).
 */
function sendComposed(
  transporter: Transporter,
  composed: ComposedMessage,
  dkim: SendMailOptions['dkim'],
  onBodySent: () => void,
): Promise<{ response?: string }> {
  const signer = dkim ? new DKIM(dkim) : null;
  const mail: TransportMail = {
    data: {},
    message: {
      getEnvelope: () => composed.envelope,
      messageId: () => composed.messageId,
      getHeader: (name) => (name.toLowerCase() === 'message-id' ? composed.messageId : undefined),
      createReadStream: () => {
        const stream = signer
          ? signer.sign(composed.raw)
          : Readable.from([composed.raw], { objectMode: false });
        stream.once('end', onBodySent);
        return stream;
      },
    },
  };
  const transport = transporter.transporter as unknown as MailTransport;
  return new Promise((resolve, reject) => {
    transport.send(mail, (err, info) => (err ? reject(err) : resolve(info ?? {})));
  });
}

export type RelayTransportOptions = { url: string; maxConnections: number; caPem?: string | null };

/** The pooled connection to the operator's relay (RELAY_SMTP_URL or the built-in mailbox). */
export function createRelayTransport(options: RelayTransportOptions): Transporter {
  return trackBodySent(
    nodemailer.createTransport({
      url: options.url,
      pool: true,
      maxConnections: options.maxConnections,
      maxMessages: 500,
      tls: { ca: options.caPem ? [...rootCertificates, options.caPem] : undefined },
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      logger: false,
    } as Parameters<typeof nodemailer.createTransport>[0]),
  );
}
