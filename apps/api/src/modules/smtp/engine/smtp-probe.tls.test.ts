import { describe, expect, it } from 'vitest';
import { runSmtpTest, type SmtpTestInput } from './smtp-probe.js';
import type { SmtpServerSettings } from './smtp-transport.js';
import { certs, probeInput, usePeers } from './probe-test-kit.js';

const { startPeer } = usePeers();

const testInput = (port: number, settings: Partial<SmtpServerSettings> = {}): SmtpTestInput =>
  probeInput(port, settings);

const stageOf = (report: Awaited<ReturnType<typeof runSmtpTest>>, name: string) =>
  report.stages.find((stage) => stage.stage === name);

const statuses = (report: Awaited<ReturnType<typeof runSmtpTest>>) =>
  report.stages.map((stage) => `${stage.stage}:${stage.status}`).join(' ');

describe('runSmtpTest: TLS failures', () => {
  it('explains "wrong version number" when TLS is on against a STARTTLS port', async () => {
    const peer = await startPeer({ tls: 'starttls' });
    const report = await runSmtpTest(testInput(peer.port, { secure: true }));
    expect(report.ok).toBe(false);
    expect(statuses(report)).toBe(
      'RESOLVE:OK CONNECT:OK TLS:FAILED AUTH:SKIPPED SENDER:SKIPPED RECIPIENT:SKIPPED DATA:SKIPPED',
    );
    expect(stageOf(report, 'TLS')?.detail).toMatch(/wrong version number/i);
    expect(stageOf(report, 'TLS')?.hint?.key).toBe('TLS_ON_STARTTLS_PORT');
    expect(stageOf(report, 'TLS')?.hint?.en).toMatch(/Turn TLS off/);
    expect(report.message).toMatch(/^TLS failed: /);
  });

  it('refuses before AUTH when the server offers no STARTTLS but credentials are set', async () => {
    const peer = await startPeer({
      tls: 'none',
      hideSTARTTLS: true,
      auth: { user: 'mailer', password: 'pw-123456' },
    });
    const report = await runSmtpTest(testInput(peer.port, { username: 'mailer', password: 'pw-123456' }));
    expect(report.ok).toBe(false);
    expect(stageOf(report, 'TLS')).toMatchObject({ status: 'FAILED', hint: { key: 'STARTTLS_UNAVAILABLE' } });
    expect(stageOf(report, 'AUTH')?.status).toBe('SKIPPED');
    expect(peer.authAttempts).toEqual([]);
  });

  it('still encrypts before AUTH when STARTTLS works but is hidden from EHLO (requireTLS tries it)', async () => {
    const peer = await startPeer({ hideSTARTTLS: true, auth: { user: 'mailer', password: 'pw-123456' } });
    const report = await runSmtpTest(testInput(peer.port, { username: 'mailer', password: 'pw-123456' }));
    expect(report.ok).toBe(true);
    expect(peer.authAttempts).toEqual([
      { method: 'PLAIN', username: 'mailer', secure: true, accepted: true },
    ]);
  });

  it.each([
    ['self-signed', certs.selfSigned, 'CERT_UNTRUSTED', /self[- ]signed/i],
    ['expired', certs.expired, 'CERT_EXPIRED', /expired/i],
    ['wrong-name', certs.wrongName, 'CERT_WRONG_NAME', /altnames|does not match/i],
  ])('rejects a %s certificate with implicit TLS', async (_name, certificate, key, detail) => {
    const peer = await startPeer({ tls: 'implicit', certificate });
    const report = await runSmtpTest(testInput(peer.port, { secure: true }));
    expect(report.ok).toBe(false);
    expect(stageOf(report, 'CONNECT')?.status).toBe('OK');
    expect(stageOf(report, 'TLS')).toMatchObject({ status: 'FAILED', hint: { key } });
    expect(stageOf(report, 'TLS')?.detail).toMatch(detail);
    expect(peer.messages).toHaveLength(0);
  });

  it.each([
    ['self-signed', certs.selfSigned, 'CERT_UNTRUSTED'],
    ['expired', certs.expired, 'CERT_EXPIRED'],
    ['wrong-name', certs.wrongName, 'CERT_WRONG_NAME'],
  ])('rejects a %s certificate after STARTTLS', async (_name, certificate, key) => {
    const peer = await startPeer({ tls: 'starttls', certificate });
    const report = await runSmtpTest(testInput(peer.port));
    expect(stageOf(report, 'TLS')).toMatchObject({ status: 'FAILED', hint: { key } });
    expect(stageOf(report, 'TLS')?.hint?.en).toBeTruthy();
    expect(peer.messages).toHaveLength(0);
  });

  it('mentions SMTP_CA_FILE for certificates from a private CA', async () => {
    const peer = await startPeer({ tls: 'implicit', certificate: certs.selfSigned });
    const report = await runSmtpTest(testInput(peer.port, { secure: true }));
    expect(stageOf(report, 'TLS')?.hint?.en).toMatch(/SMTP_CA_FILE/);
    expect(stageOf(report, 'TLS')?.hint?.de).toMatch(/SMTP_CA_FILE/);
  });
});
