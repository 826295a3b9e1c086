import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { SecretBox } from '../../auth/secret-box.js';
import type { AppConfig } from '../../config/config.js';
import type { Logger } from '../../logger.js';
import { hostedDkimOptions } from '../hosted/engine/dkim-signing.js';
import type { SenderSnapshot } from '../sender/sender-snapshot.js';
import { createRedactor, type Redactor } from '../smtp/engine/secrets.js';
import { buildSmtpTransportOptions } from '../smtp/engine/smtp-transport.js';
import { resolveSmtpHost } from '../smtp/engine/ssrf-guard.js';
import type { ClaimedMessage } from './outbox-claims.js';
import { createRelayTransport, type SendResult, sendTracked, trackBodySent } from './relay-transport.js';
import { RelayThreads } from './relay-threads.js';

export type { SendResult } from './relay-transport.js';

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
  /** Threads that send relay mail (OUTBOX_SEND_THREADS); 0 sends on the event loop. */
  sendThreads: number;
  logger?: Logger;
};

/** Builds nodemailer transports and messages from sender snapshots. Never logs a password or key. */
export class TransportFactory {
  private relay: { url: string; transporter: Transporter } | undefined;
  private relayThreads: RelayThreads | undefined;

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
            return await sendTracked(transporter, message, onBodySent);
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
      send: (onBodySent) => this.sendToRelay(message, onBodySent),
    };
  }

  async close(): Promise<void> {
    this.relay?.transporter.close();
    this.relay = undefined;
    await this.relayThreads?.close();
    this.relayThreads = undefined;
  }

  private relayUrl(): string {
    const url = this.deps.relayUrl();
    if (!url)
      throw Object.assign(new Error('No relay is configured (RELAY_SMTP_URL)'), { code: 'ECONNECTION' });
    return url;
  }

  private async sendToRelay(message: SendMailOptions, onBodySent: () => void): Promise<SendResult> {
    const url = this.relayUrl();
    if (this.deps.sendThreads === 0) return sendTracked(this.relayTransport(url), message, onBodySent);
    if (this.relayThreads?.url !== url) {
      void this.relayThreads?.close();
      this.relayThreads = new RelayThreads({
        threads: this.deps.sendThreads,
        transport: { url, maxConnections: this.deps.maxConnections, caPem: this.deps.config.smtpCaPem },
        logger: this.deps.logger,
      });
    }
    const outcome = await this.relayThreads.send(message);
    if ('result' in outcome) return outcome.result;
    if (outcome.bodySent) onBodySent();
    // The failure's fields as nodemailer set them, so it is classified as if it had happened here.
    throw Object.assign(new Error(outcome.error.message), outcome.error);
  }

  private relayTransport(url: string): Transporter {
    if (this.relay?.url === url) return this.relay.transporter;
    this.relay?.transporter.close();
    const transporter = createRelayTransport({
      url,
      maxConnections: this.deps.maxConnections,
      caPem: this.deps.config.smtpCaPem,
    });
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
      // What nodemailer would pick for email in our languages anyway, without scanning every part to
      // choose (a fifth of composing a digest).
      textEncoding: 'quoted-printable',
    };
  }
}
