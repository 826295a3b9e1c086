import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { runSmtpTest, type SmtpTestInput } from './smtp-probe.js';
import type { SmtpServerSettings } from './smtp-transport.js';
import { probeInput, usePeers } from './probe-test-kit.js';

const { startPeer } = usePeers();

const testInput = (port: number, settings: Partial<SmtpServerSettings> = {}): SmtpTestInput =>
  probeInput(port, settings, {
    message: {
      from: '"Ametrika Reports" <reports@example.com>',
      subject: 'SMTP test',
      text: 'It works.',
      html: '<p>It works.</p>',
      messageId: '<smtp-test.42@ametrika.test>',
    },
  });

describe('runSmtpTest: passing sessions', () => {
  it('delivers over implicit TLS, trusting the on-premise CA given as caPem', async () => {
    const peer = await startPeer({ tls: 'implicit' });
    const report = await runSmtpTest(testInput(peer.port, { secure: true }));

    expect(report.ok).toBe(true);
    expect(report.message).toMatch(/^Test email accepted by localhost: 250 /);
    expect(report.stages.map((stage) => `${stage.stage}:${stage.status}`)).toEqual([
      'RESOLVE:OK',
      'CONNECT:OK',
      'TLS:OK',
      'AUTH:SKIPPED',
      'SENDER:OK',
      'RECIPIENT:OK',
      'DATA:OK',
    ]);
    expect(report.stages[2].detail).toMatch(/TLSv1\.[23] .+ \(implicit TLS\)/);
    expect(report.stages[6]).toMatchObject({ responseCode: 250 });

    const mail = await peer.nextMessage();
    expect(mail.secure).toBe(true);
    expect(mail.envelopeFrom).toBe('bounce@example.com');
    expect(mail.envelopeTo).toEqual(['admin@example.com']);
    const parsed = await simpleParser(mail.raw);
    expect(parsed.from?.value[0]).toMatchObject({ address: 'reports@example.com', name: 'Ametrika Reports' });
    expect(parsed.messageId).toBe('<smtp-test.42@ametrika.test>');
    expect(parsed.subject).toBe('SMTP test');
  });

  it('is refused without the CA: the default roots alone do not trust a private CA', async () => {
    const peer = await startPeer({ tls: 'implicit' });
    const report = await runSmtpTest(testInput(peer.port, { secure: true, caPem: null }));
    expect(report.ok).toBe(false);
    expect(report.stages.find((stage) => stage.stage === 'TLS')).toMatchObject({
      status: 'FAILED',
      hint: { key: 'CERT_UNTRUSTED' },
    });
    expect(peer.messages).toHaveLength(0);
  });

  it('upgrades with STARTTLS on a 587-like port', async () => {
    const peer = await startPeer({ tls: 'starttls' });
    const report = await runSmtpTest(testInput(peer.port));
    expect(report.ok).toBe(true);
    expect(report.stages[2].detail).toMatch(/\(STARTTLS\)$/);
    expect((await peer.nextMessage()).secure).toBe(true);
  });

  it.each(['PLAIN', 'LOGIN'] as const)('logs in with AUTH %s over STARTTLS', async (method) => {
    const peer = await startPeer({ auth: { user: 'mailer', password: 's3cret pass', methods: [method] } });
    const report = await runSmtpTest(testInput(peer.port, { username: 'mailer', password: 's3cret pass' }));
    expect(report.ok).toBe(true);
    expect(report.stages[3]).toMatchObject({ stage: 'AUTH', status: 'OK' });
    expect(peer.authAttempts).toEqual([{ method, username: 'mailer', secure: true, accepted: true }]);
    expect((await peer.nextMessage()).user).toBe('mailer');
  });

  it('sends without encryption only when the server offers no STARTTLS and no login is configured', async () => {
    const peer = await startPeer({ tls: 'none' });
    const report = await runSmtpTest(testInput(peer.port));
    expect(report.ok).toBe(true);
    expect(report.stages[2]).toMatchObject({
      stage: 'TLS',
      status: 'SKIPPED',
      hint: { key: 'TLS_NOT_OFFERED' },
    });
    expect((await peer.nextMessage()).secure).toBe(false);
  });
});
