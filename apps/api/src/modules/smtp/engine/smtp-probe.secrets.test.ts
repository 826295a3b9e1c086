import { describe, expect, it } from 'vitest';
import { probeInput, usePeers } from './probe-test-kit.js';
import { runSmtpTest, type SmtpTestInput } from './smtp-probe.js';
import { createSmtpTransport } from './smtp-transport.js';

const USER = 'mailer@example.com';
const PASSWORD = 'Sup3r-secret/pässword';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const SECRET_FORMS = [
  PASSWORD,
  b64(PASSWORD),
  b64(`\0${USER}\0${PASSWORD}`),
  b64(`\0${USER}\0${PASSWORD}`).replace(/=+$/, ''),
];

const { startPeer } = usePeers();

const testInput = (port: number, password: string): SmtpTestInput =>
  probeInput(port, { username: USER, password }, { message: { from: USER } });

const expectNoSecret = (text: string) => {
  for (const secret of SECRET_FORMS) expect(text).not.toContain(secret);
};

describe('the password never leaves the engine', () => {
  it('is absent from a passing report', async () => {
    const peer = await startPeer({ auth: { user: USER, password: PASSWORD } });
    const report = await runSmtpTest(testInput(peer.port, PASSWORD));
    expect(report.ok).toBe(true);
    expectNoSecret(JSON.stringify(report));
  });

  it('is absent from a failing report, even when the server echoes the AUTH PLAIN line back', async () => {
    const echo = `5.7.8 Bad credentials for AUTH PLAIN ${b64(`\0${USER}\0${PASSWORD}`)} (${PASSWORD})`;
    const peer = await startPeer({
      auth: { user: USER, password: PASSWORD },
      replies: { auth: { code: 535, message: echo } },
    });
    const report = await runSmtpTest(testInput(peer.port, PASSWORD));
    expect(report.ok).toBe(false);
    const json = JSON.stringify(report);
    expectNoSecret(json);
    expect(json).toContain('[redacted]');
  });

  it('is absent from a failing report with AUTH LOGIN and a wrong password', async () => {
    const peer = await startPeer({ auth: { user: USER, password: 'other', methods: ['LOGIN'] } });
    const report = await runSmtpTest(testInput(peer.port, PASSWORD));
    expect(report.stages.find((stage) => stage.stage === 'AUTH')?.status).toBe('FAILED');
    expectNoSecret(JSON.stringify(report));
  });

  it("is absent from the worker transport's thrown error", async () => {
    const peer = await startPeer({ auth: { user: USER, password: 'other' } });
    const transport = createSmtpTransport({
      ...testInput(peer.port, PASSWORD).target,
      pinnedAddress: '127.0.0.1',
    });
    const error = (await transport
      .sendMail({ from: USER, to: 'admin@example.com', subject: 'T', text: 'T' })
      .catch((e: unknown) => e)) as Error & { code?: string };
    expect(error.code).toBe('EAUTH');
    expectNoSecret(`${error.message} ${JSON.stringify(error)} ${error.stack}`);
  });
});
