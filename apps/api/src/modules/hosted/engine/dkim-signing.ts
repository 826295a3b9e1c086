import { returnPathName } from '@ametrika/shared';
import type { SenderSnapshot } from '../../sender/sender-snapshot.js';

/** How a queued hosted message leaves: its domain and selector, with the private key still sealed. */
export type HostedTransport = Extract<SenderSnapshot['transport'], { kind: 'hosted' }>;

/** nodemailer's `dkim` message option (a single key), which makes the relay's copy pass DKIM for the domain. */
export type HostedDkimOptions = { domainName: string; keySelector: string; privateKey: string };

/** The envelope sender of hosted mail; bounces reach the platform through the CNAME. */
export const hostedEnvelopeFrom = (domain: string) => `bounces@${returnPathName(domain)}`;

/**
 * Signs as the hosted domain with the snapshot's selector. `privateKeyPem` is the snapshot's
 * `privateKeySealed` opened by the caller just before sending: the sealed form is never a signing key,
 * and the opened one goes nowhere but into nodemailer.
 */
export const hostedDkimOptions = (
  transport: Pick<HostedTransport, 'domain' | 'selector'>,
  privateKeyPem: string,
): HostedDkimOptions => ({
  domainName: transport.domain,
  keySelector: transport.selector,
  privateKey: privateKeyPem,
});
