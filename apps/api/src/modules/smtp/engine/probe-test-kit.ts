import { afterEach } from 'vitest';
import { testCertificates } from '../../../test/certs.js';
import { type SmtpPeer, type SmtpPeerOptions, startSmtpPeer } from '../../../test/smtp-peers.js';
import type { SmtpTestInput } from './smtp-probe.js';
import type { SmtpServerSettings } from './smtp-transport.js';

/** Shared by the staged-test suites: peers closed after each test, and one input shape for every case. */
export const certs = testCertificates();

export function usePeers() {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });
  const track = (close: () => Promise<void>) => closers.push(close);
  const startPeer = async (options: SmtpPeerOptions): Promise<SmtpPeer> => {
    const peer = await startSmtpPeer(options);
    track(peer.close);
    return peer;
  };
  return { startPeer, track };
}

export const probeInput = (
  port: number,
  settings: Partial<SmtpServerSettings> = {},
  opts: { timeoutMs?: number; message?: Partial<SmtpTestInput['message']> } = {},
): SmtpTestInput => {
  const t = opts.timeoutMs ?? 2_000;
  return {
    target: {
      host: 'localhost',
      port,
      secure: false,
      caPem: certs.ca.cert,
      timeouts: { connectionMs: t, greetingMs: t, socketMs: t * 2 },
      ...settings,
    },
    allowPrivate: true,
    allowedPorts: [port],
    envelope: { from: 'bounce@example.com', to: 'admin@example.com' },
    message: {
      from: 'reports@example.com',
      to: 'admin@example.com',
      subject: 'T',
      text: 'T',
      messageId: '<t@x.test>',
      ...opts.message,
    },
    lookup: async () => [{ address: '127.0.0.1', family: 4 }],
  };
};
