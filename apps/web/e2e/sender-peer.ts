import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testCertificates } from '../../api/src/test/certs.js';
import { type SmtpPeer, startSmtpPeer } from '../../api/src/test/smtp-peers.js';

export const PEER_USER = 'mailer@example.com';
export const PEER_PASSWORD = 'peer-password-1';

export type CustomerSmtp = { peer: SmtpPeer; env: Record<string, string>; close: () => Promise<void> };

/**
 * The "customer's own SMTP server": a real smtp-server on loopback with implicit TLS and AUTH, its
 * certificate signed by a test CA that the API trusts through SMTP_CA_FILE.
 */
export async function startCustomerSmtp(): Promise<CustomerSmtp> {
  const peer = await startSmtpPeer({ tls: 'implicit', auth: { user: PEER_USER, password: PEER_PASSWORD } });
  const dir = mkdtempSync(path.join(tmpdir(), 'ametrika-sender-e2e-'));
  const caFile = path.join(dir, 'ca.pem');
  writeFileSync(caFile, testCertificates().ca.cert);
  return {
    peer,
    env: { SMTP_CA_FILE: caFile, SMTP_ALLOWED_PORTS: `25,465,587,2525,${peer.port}` },
    close: async () => {
      await peer.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
