import { rootCertificates } from 'node:tls';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { Readable } from 'node:stream';
import type { SecretBox } from '../../auth/secret-box.js';
import type { AppConfig } from '../../config/config.js';
import { hostedDkimOptions } from '../hosted/engine/dkim-signing.js';
import type { SenderSnapshot } from '../sender/sender-snapshot.js';
import { createRedactor, type Redactor } from '../smtp/engine/secrets.js';
import { buildSmtpTransportOptions } from '../smtp/engine/smtp-transport.js';
import { resolveSmtpHost } from '../smtp/engine/ssrf-guard.js';
import type { ClaimedMessage } from './outbox-claims.js';

export type SendResult = { response: string; responseCode: number | null };

/** One message ready to go: `send` reports through `onBodySent` when the whole message reached the socket. */
export type PreparedSend = {
  customerServer: boolean;
  redact: Redactor;
  send(onBodySent: () => void): Promise<SendResult>;
};

export type TransportDeps = {
  config: Pick<AppConfig, 'smtpAllowPrivateHosts' | 'smtpAllowedPorts' | 'smtpCaPem'>;
  secrets: SecretBox;
  /** The operator's relay: RELAY_SMTP_URL or the built-in mailbox of this process. */
  relayUrl: () => string | undefined;
  maxConnections: number;
};

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
function trackBodySent(transporter: Transporter): Transporter {
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

const sendTracked = (transporter: Transporter, message: SendMailOptions, onBodySent: () => void) =>
  transporter.sendMail({ ...message, [BODY_SENT]: onBodySent } as SendMailOptions) as Promise<{
    response?: string;
  }>;

const parseReply = (info: { response?: string }): SendResult => {
  const response = info.response ?? '250 OK';
  const code = Number(/^\d{3}/.exec(response)?.[0]);
  return { response, responseCode: Number.isFinite(code) ? code : null };
};

/** Builds nodemailer transports and messages from sender snapshots. Never logs a password or key. */
export class TransportFactory {
  private relay: { url: string; transporter: Transporter } | undefined;

  constructor(private readonly deps: TransportDeps) {}

  async prepare(row: ClaimedMessage): Promise<PreparedSend> {
    const snapshot = row.sender;
    const message = this.messageOptions(row, snapshot);
    const t = snapshot.transport;
    if (t.kind === 'smtp') {
      const password = t.passwordSealed ? this.deps.secrets.open(t.passwordSealed) : null;
      const redact = createRedactor(t.username, password);
      return {
        customerServer: true,
        redact,
        send: async (onBodySent) => {
          // Resolved at every attempt and pinned: a rebinding answer never reaches an internal address.
          const resolved = await resolveSmtpHost(t.host, {
            port: t.port,
            allowPrivate: this.deps.config.smtpAllowPrivateHosts,
            allowedPorts: this.deps.config.smtpAllowedPorts,
          });
          const transporter = trackBodySent(
            nodemailer.createTransport(
              buildSmtpTransportOptions({
                host: resolved.host,
                port: t.port,
                secure: t.secure,
                username: t.username,
                password,
                caPem: this.deps.config.smtpCaPem,
                pinnedAddress: resolved.address,
              }),
            ),
          );
          try {
            return parseReply(await sendTracked(transporter, message, onBodySent));
          } finally {
            transporter.close();
          }
        },
      };
    }
    if (t.kind === 'hosted') message.dkim = hostedDkimOptions(t, this.deps.secrets.open(t.privateKeySealed));
    message.headers = { ...(message.headers as object), 'X-Ametrika-Account': row.accountId };
    return {
      customerServer: false,
      redact: (text) => text,
      send: async (onBodySent) => parseReply(await sendTracked(this.relayTransport(), message, onBodySent)),
    };
  }

  close(): void {
    this.relay?.transporter.close();
    this.relay = undefined;
  }

  private relayTransport(): Transporter {
    const url = this.deps.relayUrl();
    if (!url)
      throw Object.assign(new Error('No relay is configured (RELAY_SMTP_URL)'), { code: 'ECONNECTION' });
    if (this.relay?.url === url) return this.relay.transporter;
    this.relay?.transporter.close();
    const transporter = trackBodySent(
      nodemailer.createTransport({
        url,
        pool: true,
        maxConnections: this.deps.maxConnections,
        maxMessages: 500,
        tls: {
          ca: this.deps.config.smtpCaPem ? [...rootCertificates, this.deps.config.smtpCaPem] : undefined,
        },
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        logger: false,
      } as Parameters<typeof nodemailer.createTransport>[0]),
    );
    this.relay = { url, transporter };
    return transporter;
  }

  private messageOptions(row: ClaimedMessage, snapshot: SenderSnapshot): SendMailOptions {
    return {
      from: { name: snapshot.fromName ?? '', address: snapshot.fromEmail },
      replyTo: snapshot.replyTo ?? undefined,
      to: row.toAddress,
      subject: row.subject,
      html: row.html,
      text: row.text,
      messageId: row.messageId,
      envelope: { from: snapshot.envelopeFrom, to: [row.toAddress] },
      headers: { 'X-Ametrika-Delivery': row.id },
      disableFileAccess: true,
      disableUrlAccess: true,
    };
  }
}
