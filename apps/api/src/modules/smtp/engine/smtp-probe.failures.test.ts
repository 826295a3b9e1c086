import { describe, expect, it } from 'vitest';
import { closedPort, startSilentPeer } from '../../../test/smtp-peers.js';
import { runSmtpTest, type SmtpTestInput } from './smtp-probe.js';
import type { SmtpServerSettings } from './smtp-transport.js';
import { probeInput, usePeers } from './probe-test-kit.js';

const { startPeer, track } = usePeers();

const testInput = (port: number, settings: Partial<SmtpServerSettings> = {}): SmtpTestInput =>
  probeInput(port, settings, { timeoutMs: 1_000 });

type Report = Awaited<ReturnType<typeof runSmtpTest>>;
const failed = (report: Report) => report.stages.find((stage) => stage.status === 'FAILED');
const afterFailure = (report: Report) =>
  report.stages.slice(report.stages.findIndex((stage) => stage.status === 'FAILED') + 1).map((s) => s.status);

const GMAIL_REPLY =
  '5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials a640c23a62f3a-ab - gsmtp';
const M365_REPLY =
  '5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.';
const AUTH = { user: 'mailer@example.com', password: 'correct horse' };

describe('runSmtpTest: replies and failures', () => {
  it.each([
    ['Gmail', { code: 535, message: GMAIL_REPLY }, 'AUTH_GMAIL_APP_PASSWORD', /app password/],
    [
      'Microsoft 365',
      { code: 535, message: M365_REPLY },
      'AUTH_M365_SMTP_AUTH_DISABLED',
      /SMTP AUTH is disabled/,
    ],
    [
      'a generic server',
      { code: 535, message: '5.7.8 Error: authentication failed' },
      'AUTH_FAILED',
      /user name or password/,
    ],
  ])('reports 535 from %s at AUTH with the matching hint', async (_name, reply, key, english) => {
    const peer = await startPeer({ auth: { ...AUTH }, replies: { auth: reply } });
    const report = await runSmtpTest(testInput(peer.port, { username: AUTH.user, password: AUTH.password }));
    expect(report.ok).toBe(false);
    expect(failed(report)).toMatchObject({ stage: 'AUTH', responseCode: 535, hint: { key } });
    expect(failed(report)?.response).toContain(reply.message.slice(0, 20));
    expect(failed(report)?.hint?.en).toMatch(english);
    expect(failed(report)?.hint?.en).not.toContain(reply.message.slice(10, 40));
    expect(report.message).toMatch(/^Authentication failed: 535 /);
    expect(afterFailure(report)).toEqual(['SKIPPED', 'SKIPPED', 'SKIPPED']);
  });

  it('reports a wrong password as AUTH_FAILED', async () => {
    const peer = await startPeer({ auth: { ...AUTH } });
    const report = await runSmtpTest(testInput(peer.port, { username: AUTH.user, password: 'wrong' }));
    expect(failed(report)).toMatchObject({ stage: 'AUTH', responseCode: 535, hint: { key: 'AUTH_FAILED' } });
  });

  it.each([
    [{ code: 451, message: '4.3.0 Temporary local problem, try again later' }, 451],
    [{ code: 421, message: '4.4.2 Service shutting down, closing channel' }, 421],
  ])('treats %o on DATA as temporary', async (reply, code) => {
    const peer = await startPeer({ replies: { data: reply } });
    const report = await runSmtpTest(testInput(peer.port));
    expect(failed(report)).toMatchObject({
      stage: 'DATA',
      responseCode: code,
      hint: { key: 'TEMPORARY_FAILURE' },
    });
    expect(report.stages.filter((s) => s.status === 'OK').map((s) => s.stage)).toEqual([
      'RESOLVE',
      'CONNECT',
      'TLS',
      'SENDER',
      'RECIPIENT',
    ]);
    expect(failed(report)?.hint?.en).toMatch(/try again/i);
  });

  it('reports 550 on RCPT as a refused recipient', async () => {
    const peer = await startPeer({
      replies: { rcpt: { code: 550, message: '5.1.1 <admin@example.com>: no such user' } },
    });
    const report = await runSmtpTest(testInput(peer.port));
    expect(failed(report)).toMatchObject({
      stage: 'RECIPIENT',
      responseCode: 550,
      hint: { key: 'RECIPIENT_REFUSED' },
    });
    expect(afterFailure(report)).toEqual(['SKIPPED']);
  });

  it('reports relaying denied on RCPT', async () => {
    const peer = await startPeer({ replies: { rcpt: { code: 554, message: '5.7.1 Relay access denied' } } });
    const report = await runSmtpTest(testInput(peer.port));
    expect(failed(report)).toMatchObject({ stage: 'RECIPIENT', hint: { key: 'RELAY_DENIED' } });
  });

  it('reports a refused sender at MAIL FROM', async () => {
    const peer = await startPeer({
      replies: { mail: { code: 553, message: '5.7.1 Sender address rejected' } },
    });
    const report = await runSmtpTest(testInput(peer.port));
    expect(failed(report)).toMatchObject({
      stage: 'SENDER',
      responseCode: 553,
      hint: { key: 'SENDER_REFUSED' },
    });
  });

  it('reports connection refused at CONNECT', async () => {
    const report = await runSmtpTest(testInput(await closedPort()));
    expect(failed(report)).toMatchObject({ stage: 'CONNECT', hint: { key: 'CONNECTION_REFUSED' } });
    expect(report.message).toMatch(/^Connection failed: .*ECONNREFUSED/);
  });

  it('times out against a server that accepts TCP and never answers (TLS off: greeting)', async () => {
    const silent = await startSilentPeer();
    track(silent.close);
    const started = Date.now();
    const report = await runSmtpTest(testInput(silent.port));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(failed(report)).toMatchObject({ stage: 'CONNECT', hint: { key: 'GREETING_TIMEOUT' } });
  });

  it('times out against a silent server with TLS on (handshake)', async () => {
    const silent = await startSilentPeer();
    track(silent.close);
    const report = await runSmtpTest(testInput(silent.port, { secure: true }));
    expect(failed(report)).toMatchObject({ stage: 'TLS', hint: { key: 'CONNECTION_TIMEOUT' } });
  });

  it('waits in vain for a greeting when TLS is off against an implicit-TLS port, and says to turn TLS on', async () => {
    const peer = await startPeer({ tls: 'implicit' });
    const report = await runSmtpTest(testInput(peer.port));
    expect(failed(report)).toMatchObject({ stage: 'CONNECT', hint: { key: 'GREETING_TIMEOUT' } });
    expect(failed(report)?.hint?.en).toMatch(/turn TLS on/);
  });

  it.each([
    ['127.0.0.1', /loopback/],
    ['10.1.2.3', /private/],
    ['::ffff:127.0.0.1', /embedding 127\.0\.0\.1/],
    ['64:ff9b::7f00:1', /embedding 127\.0\.0\.1/],
  ])('refuses at RESOLVE, before connecting, a name that resolves to %s', async (address, reason) => {
    const peer = await startPeer({});
    const input = testInput(peer.port);
    const lookup = async () => [{ address, family: address.includes(':') ? 6 : 4 }];
    const report = await runSmtpTest({ ...input, allowPrivate: false, lookup });
    expect(failed(report)).toMatchObject({ stage: 'RESOLVE', hint: { key: 'PRIVATE_ADDRESS' } });
    expect(report.message).toMatch(reason);
    expect(report.message).toMatch(
      /^localhost resolves to .*; custom SMTP servers must be reachable on the public internet\.$/,
    );
    expect(afterFailure(report)).toEqual(Array(6).fill('SKIPPED'));
  });

  it('refuses a port outside the allowed list at RESOLVE', async () => {
    const input = testInput(2222);
    const report = await runSmtpTest({ ...input, allowedPorts: undefined });
    expect(failed(report)).toMatchObject({ stage: 'RESOLVE', hint: { key: 'PORT_NOT_ALLOWED' } });
    expect(report.message).toBe(
      'Port 2222 is not allowed for custom SMTP servers; allowed ports are 25, 465, 587, 2525.',
    );
  });

  it('reports an unknown host (.invalid) at RESOLVE', async () => {
    const input = testInput(587);
    const report = await runSmtpTest({
      ...input,
      target: { ...input.target, host: 'smtp.ametrika-does-not-exist.invalid', port: 587 },
      allowPrivate: false,
      allowedPorts: undefined,
      lookup: undefined,
    });
    expect(failed(report)?.stage).toBe('RESOLVE');
    // Offline resolvers answer EAI_AGAIN instead of ENOTFOUND.
    expect(['HOST_NOT_FOUND', 'DNS_FAILED']).toContain(failed(report)?.hint?.key);
    expect(afterFailure(report)).toEqual(Array(6).fill('SKIPPED'));
  });

  it('reports ENOTFOUND from the resolver as an unknown host', async () => {
    const input = testInput(587);
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    const report = await runSmtpTest({ ...input, lookup: () => Promise.reject(notFound) });
    expect(failed(report)).toMatchObject({ stage: 'RESOLVE', hint: { key: 'HOST_NOT_FOUND' } });
    expect(report.message).toBe('localhost does not exist in DNS.');
  });
});
