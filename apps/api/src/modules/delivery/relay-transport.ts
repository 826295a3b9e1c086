import type { Readable } from 'node:stream';
import { rootCertificates } from 'node:tls';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { composeMessage } from './compose-message.js';

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
 * The message is composed into one buffer first where compose-message.ts can, which halves its cost.
 */
export async function sendTracked(
  transporter: Transporter,
  message: SendMailOptions,
  onBodySent: () => void,
): Promise<SendResult> {
  const composed = composeMessage(message);
  const mail: SendMailOptions = composed ? { ...composed, dkim: message.dkim } : message;
  const info = (await transporter.sendMail({ ...mail, [BODY_SENT]: onBodySent } as SendMailOptions)) as {
    response?: string;
  };
  const response = info.response ?? '250 OK';
  const code = Number(/^\d{3}/.exec(response)?.[0]);
  return { response, responseCode: Number.isFinite(code) ? code : null };
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
