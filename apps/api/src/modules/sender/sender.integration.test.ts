import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCertificates } from '../../test/certs.js';
import { databaseKinds } from '../../test/databases.js';
import { errorCode, type GraphQLClient } from '../../test/graphql-client.js';
import { startSmtpPeer, type SmtpPeer } from '../../test/smtp-peers.js';
import { addUser, ADMIN, adminOfNewAccount, Role, startTestApp, type TestApp } from '../../test/test-app.js';
import { Account } from '../accounts/account.entity.js';
import { DeliveryAlert } from '../delivery/delivery-alert.entity.js';
import { DeliveryStatus, OutboxMessage } from '../delivery/outbox-message.entity.js';

const SETTINGS = `emailSettings { senderMode activeFromAddress fromName replyTo
  senders { mode fromAddress available unavailableCode unavailableReason }
  smtp { host port secure username hasPassword fromEmail fromName readyToEnable notReadyReason
    lastTest { ok message ofSavedSettings stages { stage status responseCode response hint { key en de } } } } }`;
const UPDATE = `mutation($input: SmtpSettingsInput!) { updateSmtpSettings(input: $input) { senderMode smtp { host port hasPassword readyToEnable } } }`;
const TEST = `mutation($input: SmtpTestInput!) { testSmtpSettings(input: $input) {
  ok message ofSavedSettings stages { stage status durationMs responseCode response detail hint { key en de } } } }`;
const SET_MODE = `mutation($mode: SenderMode!) { setSenderMode(mode: $mode) { senderMode activeFromAddress } }`;
const PASSWORD = 'S3cret-pässword!';
let demoAccountId = '';

describe.each(databaseKinds())('sender settings and custom SMTP on %s', (kind) => {
  let app: TestApp;
  let admin: GraphQLClient;
  let tlsPeer: SmtpPeer;
  let starttlsPeer: SmtpPeer;
  let gmailPeer: SmtpPeer;

  beforeAll(async () => {
    const certs = testCertificates();
    const caFile = path.join(mkdtempSync(path.join(tmpdir(), 'ametrika-ca-')), 'ca.pem');
    writeFileSync(caFile, certs.ca.cert);
    tlsPeer = await startSmtpPeer({ tls: 'implicit', auth: { user: 'mailer', password: PASSWORD } });
    starttlsPeer = await startSmtpPeer({ tls: 'starttls', auth: { user: 'mailer', password: PASSWORD } });
    gmailPeer = await startSmtpPeer({
      tls: 'implicit',
      auth: { user: 'mailer', password: PASSWORD },
      replies: {
        auth: {
          code: 535,
          message:
            '5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials',
        },
      },
    });
    app = await startTestApp(kind, {
      SMTP_CA_FILE: caFile,
      SMTP_ALLOWED_PORTS: [25, 465, 587, tlsPeer.port, starttlsPeer.port, gmailPeer.port].join(','),
    });
    admin = await app.adminClient();
    demoAccountId = (await app.db.getRepository(Account).findOneByOrFail({ name: 'Demo' })).id;
    await addUser(app, { email: 'member@example.com', password: 'member password', role: Role.MEMBER });
  });
  afterAll(async () => {
    await app?.close();
    await Promise.all([tlsPeer?.close(), starttlsPeer?.close(), gmailPeer?.close()]);
  });

  const input = (peer: SmtpPeer, extra: Record<string, unknown> = {}) => ({
    host: 'localhost',
    port: peer.port,
    secure: peer !== starttlsPeer,
    username: 'mailer',
    password: PASSWORD,
    fromEmail: 'reports@customer.example',
    fromName: 'Customer Reports',
    ...extra,
  });

  it('starts on the platform sender and refuses custom SMTP before it is configured', async () => {
    const { emailSettings } = await admin.ok(`{ ${SETTINGS} }`);
    expect(emailSettings.senderMode).toBe('PLATFORM');
    expect(emailSettings.activeFromAddress).toBe('noreply@ametrika.com');
    expect(emailSettings.smtp).toBeNull();
    const res = await admin.request(SET_MODE, { mode: 'CUSTOM_SMTP' });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toMatch(/save your SMTP server first/);
    expect((await admin.ok(SET_MODE, { mode: 'WHITE_LABEL' })).setSenderMode.activeFromAddress).toBe(
      'noreply@analytics-report.com',
    );
    expect(errorCode(await admin.request(SET_MODE, { mode: 'HOSTED' }))).toBe('CONFLICT');
  });

  it('saves, tests over implicit TLS (CA from SMTP_CA_FILE), delivers the message and then enables', async () => {
    const saved = await admin.ok(UPDATE, { input: input(tlsPeer) });
    expect(saved.updateSmtpSettings.smtp).toMatchObject({ hasPassword: true, readyToEnable: false });
    expect(errorCode(await admin.request(SET_MODE, { mode: 'CUSTOM_SMTP' }))).toBe('CONFLICT');

    const { testSmtpSettings: report } = await admin.ok(TEST, { input: {} });
    expect(report.ok).toBe(true);
    expect(report.ofSavedSettings).toBe(true);
    expect(report.stages.map((s: { stage: string; status: string }) => `${s.stage}:${s.status}`)).toEqual([
      'RESOLVE:OK',
      'CONNECT:OK',
      'TLS:OK',
      'AUTH:OK',
      'SENDER:OK',
      'RECIPIENT:OK',
      'DATA:OK',
    ]);
    const mail = await tlsPeer.nextMessage();
    expect(mail.envelopeTo).toEqual([ADMIN.email]);
    expect(mail.secure).toBe(true);
    const parsed = await simpleParser(mail.raw);
    expect(parsed.from?.text).toBe('"Customer Reports" <reports@customer.example>');
    expect(parsed.messageId).toMatch(/^<smtp-test\..+@customer\.example>$/);

    const enabled = await admin.ok(SET_MODE, { mode: 'CUSTOM_SMTP' });
    expect(enabled.setSenderMode).toEqual({
      senderMode: 'CUSTOM_SMTP',
      activeFromAddress: 'reports@customer.example',
    });
    const { auditLog } = await admin.ok('{ auditLog { actor action summary } }');
    expect(auditLog[0]).toMatchObject({ actor: ADMIN.email, action: 'SENDER_MODE_CHANGED' });
    expect(auditLog.map((e: { action: string }) => e.action)).toContain('SMTP_TEST_PASSED');
  });

  it('clears the password when host or port change and falls back to the previous sender', async () => {
    const { updateSmtpSettings } = await admin.ok(UPDATE, { input: input(starttlsPeer, { password: null }) });
    expect(updateSmtpSettings.smtp.hasPassword).toBe(false);
    expect(updateSmtpSettings.senderMode).toBe('WHITE_LABEL');
    const { auditLog } = await admin.ok('{ auditLog(first: 1) { summary } }');
    expect(auditLog[0].summary).toMatch(/password removed.*switched back to WHITE_LABEL/);
  });

  it('tests unsaved form values over STARTTLS without saving them', async () => {
    const { testSmtpSettings } = await admin.ok(TEST, { input: { settings: input(starttlsPeer) } });
    expect(testSmtpSettings.ok).toBe(true);
    expect(testSmtpSettings.ofSavedSettings).toBe(false);
    expect((await starttlsPeer.nextMessage()).secure).toBe(true);
    const { emailSettings } = await admin.ok(`{ ${SETTINGS} }`);
    expect(emailSettings.smtp.hasPassword).toBe(false);
    expect(emailSettings.smtp.readyToEnable).toBe(false);
    // Saving exactly what was tested makes it ready.
    await admin.ok(UPDATE, { input: input(starttlsPeer) });
    expect((await admin.ok(`{ ${SETTINGS} }`)).emailSettings.smtp.readyToEnable).toBe(true);
  });

  it("explains Gmail's 535 5.7.8 with the app-password hint and never leaks the password", async () => {
    const { testSmtpSettings: report } = await admin.ok(TEST, { input: { settings: input(gmailPeer) } });
    expect(report.ok).toBe(false);
    const auth = report.stages.find((s: { stage: string }) => s.stage === 'AUTH');
    expect(auth).toMatchObject({ status: 'FAILED', responseCode: 535 });
    expect(auth.hint.key).toBe('AUTH_GMAIL_APP_PASSWORD');
    expect(auth.hint.de.length).toBeGreaterThan(20);
    const everything =
      JSON.stringify(report) +
      app.logLines.join('\n') +
      JSON.stringify(await admin.ok(`{ ${SETTINGS} auditLog { summary } }`));
    for (const secret of [
      PASSWORD,
      Buffer.from(PASSWORD).toString('base64'),
      Buffer.from(`\u0000mailer\u0000${PASSWORD}`).toString('base64'),
    ]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('re-routes paused custom-SMTP mail through the new settings once they are enabled, and clears the alert', async () => {
    // Mail paused because the old server refused our login: it carries the old server in its snapshot.
    const oldSnapshot = await app.services.sender.snapshot(demoAccountId, 'CUSTOM_SMTP');
    const paused = await app.db.transaction((tx) =>
      app.services.delivery.outbox.enqueue(tx, {
        accountId: demoAccountId,
        kind: 'platform',
        to: ADMIN.email,
        subject: 'Paused by a refused login',
        html: '<p>paused</p>',
        text: 'paused',
        sender: { ...oldSnapshot, transport: { ...oldSnapshot.transport, port: 1 } as never },
      }),
    );
    await app.db
      .getRepository(OutboxMessage)
      .update(
        { id: paused.message.id },
        { status: DeliveryStatus.DEFERRED, nextAttemptAtRaw: new Date(Date.now() + 3_600_000) },
      );
    // Queued mail of the account is held back by the same pause and carries the same old snapshot
    // (not due when its transaction commits, so the worker cannot try it first).
    await app.db.transaction(async (tx) => {
      const held = await app.services.delivery.outbox.enqueue(tx, {
        accountId: demoAccountId,
        kind: 'platform',
        to: ADMIN.email,
        subject: 'Held back by the pause',
        html: '<p>held</p>',
        text: 'held',
        sender: { ...oldSnapshot, transport: { ...oldSnapshot.transport, port: 1 } as never },
      });
      await tx
        .getRepository(OutboxMessage)
        .update({ id: held.message.id }, { nextAttemptAtRaw: new Date(Date.now() + 3_600_000) });
    });
    await app.db.getRepository(DeliveryAlert).insert({
      accountId: demoAccountId,
      stage: 'AUTH',
      message: '535 refused',
      responseCode: 535,
      host: 'localhost',
      firstSeenAt: new Date(),
      lastSeenAt: new Date(),
      pausedUntil: new Date(Date.now() + 3_600_000),
    } as never);
    await admin.ok(UPDATE, { input: input(tlsPeer) });
    expect((await admin.ok(TEST, { input: {} })).testSmtpSettings.ok).toBe(true);
    await tlsPeer.nextMessage();
    await admin.ok(SET_MODE, { mode: 'CUSTOM_SMTP' });
    const mail = await tlsPeer.nextMessage(10_000);
    const next = await tlsPeer.nextMessage(10_000);
    const subjects = [mail, next].map((m) => /^Subject: (.*)$/m.exec(m.raw.toString())?.[1]).sort();
    expect(subjects).toEqual(['Held back by the pause', 'Paused by a refused login']);
    expect([mail, next].some((m) => m.raw.toString().includes('Subject: Paused by a refused login'))).toBe(
      true,
    );
    expect((await admin.ok('{ deliveryAlerts { stage } }')).deliveryAlerts).toEqual([]);
    await admin.ok(SET_MODE, { mode: 'PLATFORM' });
  });

  it('detects which port and TLS mode work and proposes the encrypted one', async () => {
    app.services.smtp.detectPorts = [
      { port: tlsPeer.port, secure: true },
      { port: starttlsPeer.port, secure: false },
      { port: gmailPeer.port, secure: false },
    ];
    const { detectSmtpSettings } = await admin.ok(
      'mutation { detectSmtpSettings(host: "localhost") { host proposedPort proposedSecure candidates { port secure ok message hint { key } } } }',
    );
    expect(detectSmtpSettings.proposedPort).toBe(tlsPeer.port);
    expect(detectSmtpSettings.proposedSecure).toBe(true);
    const byPort = Object.fromEntries(
      detectSmtpSettings.candidates.map((c: { port: number }) => [c.port, c]),
    );
    expect(byPort[starttlsPeer.port].ok).toBe(true);
    // Plain SMTP against the implicit-TLS port of the Gmail-like peer cannot work.
    expect(byPort[gmailPeer.port].ok).toBe(false);
  });

  it('refuses a test to an address that is not verified', async () => {
    await addUser(app, {
      email: 'unverified@example.com',
      password: 'whatever pw',
      role: Role.MEMBER,
      verified: false,
    });
    for (const to of [
      'unverified@example.com',
      '"admin@example.com" <evil@example.net>',
      'admin@example.com, evil@example.net',
    ]) {
      const res = await admin.request(TEST, { input: { to } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field).toBe('to');
    }
  });

  it('gives a field error for bad input and changes nothing', async () => {
    const before = JSON.stringify(await admin.ok(`{ ${SETTINGS} }`));
    const cases: [Record<string, unknown>, string][] = [
      [{ host: '' }, 'host'],
      [{ host: 'a'.repeat(2048) }, 'host'],
      [{ port: 0 }, 'port'],
      [{ port: 70000 }, 'port'],
      [{ port: 8025 }, 'port'],
      [{ fromName: 'Evil\r\nBcc: victim@example.com' }, 'fromName'],
      [{ fromEmail: 'reports@customer.example\r\nBcc: x@y.z' }, 'fromEmail'],
      [{ fromEmail: 'not an address' }, 'fromEmail'],
    ];
    for (const [override, field] of cases) {
      const res = await admin.request(UPDATE, { input: input(tlsPeer, override) });
      expect(errorCode(res), JSON.stringify(override)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field).toBe(field);
    }
    expect(JSON.stringify(await admin.ok(`{ ${SETTINGS} }`))).toBe(before);
  });

  it('lets MEMBER users and READ tokens read but never change or test; other accounts see none of it', async () => {
    const member = app.client();
    await member.signIn('member@example.com', 'member password');
    expect((await member.ok(`{ ${SETTINGS} }`)).emailSettings.smtp.host).toBe('localhost');
    for (const [query, vars] of [
      [UPDATE, { input: input(tlsPeer) }],
      [TEST, { input: {} }],
      [SET_MODE, { mode: 'PLATFORM' }],
    ] as const) {
      expect(errorCode(await member.request(query, vars))).toBe('FORBIDDEN');
    }
    const { createApiToken } = await admin.ok(
      'mutation { createApiToken(name: "reader", scope: READ) { token } }',
    );
    const reader = app.client();
    reader.bearer = createApiToken.token;
    expect(errorCode(await reader.request(SET_MODE, { mode: 'PLATFORM' }))).toBe('FORBIDDEN');
    expect(errorCode(await app.client().request(SET_MODE, { mode: 'PLATFORM' }))).toBe('UNAUTHENTICATED');

    const ourMode = (await admin.ok(`{ ${SETTINGS} }`)).emailSettings.senderMode;
    const { client: intruder } = await adminOfNewAccount(
      app,
      'Other AG',
      'admin@other.test',
      'other password',
    );
    const theirs = await intruder.ok(`{ ${SETTINGS} auditLog { summary } }`);
    expect(theirs.emailSettings.smtp).toBeNull();
    expect(theirs.emailSettings.senderMode).toBe('PLATFORM');
    expect(theirs.auditLog).toEqual([]);
    const flipped = ourMode === 'PLATFORM' ? 'WHITE_LABEL' : 'PLATFORM';
    expect((await intruder.ok(SET_MODE, { mode: flipped })).setSenderMode.senderMode).toBe(flipped);
    expect((await admin.ok(`{ ${SETTINGS} }`)).emailSettings.senderMode).toBe(ourMode);
  });
});

describe('SSRF guard through the API (SMTP_ALLOW_PRIVATE_HOSTS=false)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite', { SMTP_ALLOW_PRIVATE_HOSTS: 'false' });
  });
  afterAll(async () => app?.close());

  it('refuses loopback and numeric forms at the resolve stage, naming the rule', async () => {
    const admin = await app.adminClient();
    for (const host of ['127.0.0.1', 'localhost', '2130706433', '0x7f.1', '10.0.0.5', '169.254.169.254']) {
      const { testSmtpSettings } = await admin.ok(TEST, {
        input: { settings: { host, port: 587, secure: false, fromEmail: 'a@customer.example' } },
      });
      expect(testSmtpSettings.ok, host).toBe(false);
      expect(testSmtpSettings.stages[0]).toMatchObject({ stage: 'RESOLVE', status: 'FAILED' });
      expect(['PRIVATE_ADDRESS', 'INVALID_HOST']).toContain(testSmtpSettings.stages[0].hint.key);
    }
  });
});
