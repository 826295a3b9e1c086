import type { SenderMode } from '@ametrika/shared';

/**
 * How one message leaves, frozen when it is queued: a later change of settings does not re-route mail
 * already in the outbox. Secrets stay sealed (SecretBox) inside the snapshot.
 */
export type SenderSnapshot = {
  mode: SenderMode;
  fromEmail: string;
  fromName: string | null;
  replyTo: string | null;
  /** MAIL FROM; for hosted mail an address at bounce.<domain>. */
  envelopeFrom: string;
  /** The domain after the @ of the Message-ID. */
  messageIdDomain: string;
  transport:
    | { kind: 'relay' }
    | {
        kind: 'smtp';
        host: string;
        port: number;
        secure: boolean;
        username: string | null;
        passwordSealed: string | null;
      }
    | { kind: 'hosted'; domain: string; selector: string; privateKeySealed: string };
};
