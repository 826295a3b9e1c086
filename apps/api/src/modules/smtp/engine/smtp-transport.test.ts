import { rootCertificates } from 'node:tls';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { testCertificates } from '../../../test/certs.js';
import { type SmtpPeer, startSmtpPeer } from '../../../test/smtp-peers.js';
import { buildSmtpConnectionOptions, createSmtpTransport, type SmtpTarget } from './smtp-transport.js';

const certs = testCertificates();
const target: SmtpTarget = {
  host: 'smtp.example.com',
  port: 587,
  secure: false,
  pinnedAddress: '93.184.216.34',
};

describe('buildSmtpConnectionOptions', () => {
  it('connects to the pinned address and verifies the certificate against the host name', () => {
    const options = buildSmtpConnectionOptions(target);
    expect(options).toMatchObject({ host: '93.184.216.34', port: 587, servername: 'smtp.example.com' });
    expect(options.tls).toMatchObject({ servername: 'smtp.example.com', rejectUnauthorized: true });
    expect(options.tls?.ca).toBeUndefined();
    expect(options).toMatchObject({ logger: false, debug: false, transactionLog: false });
  });

  it('uses STARTTLS opportunistically without credentials and requires it with credentials', () => {
    expect(buildSmtpConnectionOptions(target)).toMatchObject({ requireTLS: false, opportunisticTLS: true });
    expect(buildSmtpConnectionOptions({ ...target, username: 'u', password: 'p' })).toMatchObject({
      requireTLS: true,
      opportunisticTLS: false,
    });
    expect(buildSmtpConnectionOptions({ ...target, port: 465, secure: true, username: 'u' })).toMatchObject({
      secure: true,
      requireTLS: false,
    });
  });

  it('adds SMTP_CA_FILE content to the public roots instead of replacing them', () => {
    const ca = buildSmtpConnectionOptions({ ...target, caPem: certs.ca.cert }).tls?.ca as string[];
    expect(ca).toHaveLength(rootCertificates.length + 1);
    expect(ca.at(-1)).toBe(certs.ca.cert);
  });

  it('sends no SNI for an IP literal host', () => {
    const options = buildSmtpConnectionOptions({ ...target, host: '93.184.216.34' });
    expect(options.servername).toBeUndefined();
    expect(options.tls?.servername).toBeUndefined();
  });
});

describe('createSmtpTransport', () => {
  let peer: SmtpPeer | undefined;
  afterEach(async () => {
    await peer?.close();
  });

  it('delivers through the pinned address with STARTTLS and AUTH, as the worker will', async () => {
    peer = await startSmtpPeer({ auth: { user: 'mailer', password: 'pw' } });
    const transport = createSmtpTransport({
      host: 'localhost',
      port: peer.port,
      secure: false,
      username: 'mailer',
      password: 'pw',
      pinnedAddress: '127.0.0.1',
      caPem: certs.ca.cert,
    });
    const info = await transport.sendMail({
      from: '"Ametrika" <reports@example.com>',
      to: 'admin@example.com',
      subject: 'Worker path',
      text: 'Hello',
      messageId: '<worker.1@ametrika.test>',
    });
    expect(info.response).toMatch(/^250 /);
    const mail = await peer.nextMessage();
    expect(mail).toMatchObject({ secure: true, user: 'mailer' });
    expect((await simpleParser(mail.raw)).messageId).toBe('<worker.1@ametrika.test>');
  });
});
