import { randomUUID } from 'node:crypto';
import { returnPathName } from '@ametrika/shared';

export type HostedSender = {
  domain: string;
  dkimSelector: string;
  dkimPrivateKeyPem: string;
  fromEmail: string;
  fromName?: string | null;
};

/** The parts of a nodemailer message that make hosted mail pass DKIM, SPF and DMARC. */
export type HostedMessageOptions = {
  from: { name: string; address: string };
  /** MAIL FROM at `bounce.<domain>`: SPF is checked there (the CNAME leads to the platform's SPF) and aligns with the From domain. */
  envelope: { from: string; to: string[] };
  messageId: string;
  dkim: { domainName: string; keySelector: string; privateKey: string };
};

/** The envelope sender of hosted mail; bounces reach the platform through the CNAME. */
export const hostedEnvelopeFrom = (domain: string) => `bounces@${returnPathName(domain)}`;

/**
 * nodemailer replaces the whole envelope when one is given, so the recipients go in too.
 * `messageKey` should be stable per outbox row: a retried delivery keeps its Message-ID
 * and receivers can drop the duplicate.
 */
export const hostedMessageOptions = (
  sender: HostedSender,
  { to, messageKey = randomUUID() }: { to: string | readonly string[]; messageKey?: string },
): HostedMessageOptions => ({
  from: { name: sender.fromName ?? '', address: sender.fromEmail },
  envelope: { from: hostedEnvelopeFrom(sender.domain), to: typeof to === 'string' ? [to] : [...to] },
  messageId: `<${messageKey}@${sender.domain}>`,
  dkim: { domainName: sender.domain, keySelector: sender.dkimSelector, privateKey: sender.dkimPrivateKeyPem },
});
