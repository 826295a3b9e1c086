import { afterEach, describe, expect, it } from 'vitest';
import { testCertificates } from '../../../test/certs.js';
import { closedPort, type SmtpPeer, startSmtpPeer } from '../../../test/smtp-peers.js';
import { detectSmtpSettings } from './detect-settings.js';

const certs = testCertificates();
const peers: SmtpPeer[] = [];
afterEach(async () => {
  await Promise.all(peers.splice(0).map((peer) => peer.close()));
});

const lookup = async () => [{ address: '127.0.0.1', family: 4 }];
const timeouts = { connectionMs: 1_000, greetingMs: 1_000, socketMs: 2_000 };

describe('detectSmtpSettings', () => {
  it('probes all candidates in parallel and proposes implicit TLS when it works', async () => {
    const implicit = await startSmtpPeer({ tls: 'implicit' });
    const starttls = await startSmtpPeer({ tls: 'starttls' });
    peers.push(implicit, starttls);
    const refused = await closedPort();
    const ports = [
      { port: implicit.port, secure: true },
      { port: starttls.port, secure: false },
      { port: refused, secure: false },
    ];
    const result = await detectSmtpSettings({
      host: 'localhost',
      allowPrivate: true,
      allowedPorts: ports.map((candidate) => candidate.port),
      ports,
      lookup,
      caPem: certs.ca.cert,
      timeouts,
    });
    expect(result.address).toBe('127.0.0.1');
    expect(result.proposed).toEqual({ port: implicit.port, secure: true });
    expect(result.candidates[0]).toMatchObject({ ok: true, encrypted: true });
    expect(result.candidates[1]).toMatchObject({ ok: true, encrypted: true });
    expect(result.candidates[2]).toMatchObject({
      ok: false,
      failedStage: 'CONNECT',
      hint: { key: 'CONNECTION_REFUSED' },
    });
    expect(implicit.authAttempts).toEqual([]);
    expect(implicit.messages).toEqual([]);
  });

  it('proposes STARTTLS when TLS on the first port fails', async () => {
    const starttls = await startSmtpPeer({ tls: 'starttls' });
    peers.push(starttls);
    const ports = [
      { port: starttls.port, secure: true },
      { port: starttls.port, secure: false },
    ];
    const result = await detectSmtpSettings({
      host: 'localhost',
      allowPrivate: true,
      allowedPorts: [starttls.port],
      ports,
      lookup,
      caPem: certs.ca.cert,
      timeouts,
    });
    expect(result.candidates[0]).toMatchObject({
      ok: false,
      failedStage: 'TLS',
      hint: { key: 'TLS_ON_STARTTLS_PORT' },
    });
    expect(result.proposed).toEqual({ port: starttls.port, secure: false });
  });

  it('marks candidates on ports outside the allowed list without connecting', async () => {
    const result = await detectSmtpSettings({
      host: 'localhost',
      allowPrivate: true,
      allowedPorts: [25],
      ports: [{ port: 2, secure: true }],
      lookup,
    });
    expect(result.candidates[0]).toMatchObject({ ok: false, hint: { key: 'PORT_NOT_ALLOWED' } });
    expect(result.proposed).toBeUndefined();
  });

  it('refuses a private host before probing anything', async () => {
    const result = await detectSmtpSettings({ host: 'localhost', allowPrivate: false, lookup });
    expect(result.candidates).toEqual([]);
    expect(result.refusal).toMatchObject({ rule: 'PRIVATE_ADDRESS', hint: { key: 'PRIVATE_ADDRESS' } });
  });
});
