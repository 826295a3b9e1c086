import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCertificates } from '../../test/certs.js';
import { startSmtpPeer, type SmtpPeer } from '../../test/smtp-peers.js';
import { ADMIN, startTestApp, type TestApp } from '../../test/test-app.js';

const RELAY_PASSWORD = 'relay-Secret-9!';

/** With RELAY_SMTP_URL set, platform mail goes to that relay: AUTH over STARTTLS, certificate verified. */
describe('an operator relay that requires AUTH over STARTTLS', () => {
  let relay: SmtpPeer;
  let app: TestApp;
  beforeAll(async () => {
    relay = await startSmtpPeer({ tls: 'starttls', auth: { user: 'relayuser', password: RELAY_PASSWORD } });
    const caFile = path.join(mkdtempSync(path.join(tmpdir(), 'ametrika-relay-ca-')), 'ca.pem');
    writeFileSync(caFile, testCertificates().ca.cert);
    app = await startTestApp('sqlite', {
      RELAY_SMTP_URL: `smtp://relayuser:${encodeURIComponent(RELAY_PASSWORD)}@localhost:${relay.port}`,
      SMTP_CA_FILE: caFile,
    });
  });
  afterAll(async () => {
    await app?.close();
    await relay?.close();
  });

  it('delivers platform and white-label mail through the relay, logged in over TLS, and leaves the mailbox off', async () => {
    const admin = await app.adminClient();
    for (const mode of ['PLATFORM', 'WHITE_LABEL']) {
      const { sendSenderTest } = await admin.ok(
        'mutation($mode: SenderMode!, $to: String!) { sendSenderTest(mode: $mode, to: $to) { ok message } }',
        { mode, to: ADMIN.email },
      );
      expect(sendSenderTest.ok, sendSenderTest.message).toBe(true);
      const mail = await relay.nextMessage();
      expect(mail.secure).toBe(true);
      expect(mail.user).toBe('relayuser');
      const parsed = await simpleParser(mail.raw);
      expect(parsed.from?.value[0].address).toBe(
        mode === 'PLATFORM' ? 'noreply@ametrika.com' : 'noreply@analytics-report.com',
      );
    }
    expect(relay.authAttempts.every((a) => a.secure)).toBe(true);
    const { mailboxEnabled, mailbox } = await admin.ok('{ mailboxEnabled mailbox { id } }');
    expect(mailboxEnabled).toBe(false);
    expect(mailbox).toEqual([]);
    expect(app.logLines.join('\n')).not.toContain(RELAY_PASSWORD);
  });
});
