import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCertificates } from '../../test/certs.js';
import { databaseKinds } from '../../test/databases.js';
import { errorCode, type GraphQLClient } from '../../test/graphql-client.js';
import { closedPort, startSmtpPeer, type SmtpPeer } from '../../test/smtp-peers.js';
import { ADMIN, startTestApp, type TestApp } from '../../test/test-app.js';

const SMTP_TEST = `mutation($input: SmtpTestInput!) { testSmtpSettings(input: $input) {
  ok message stages { stage status detail hint { key } } } }`;
const SEND_TEST = `mutation($input: SendTestEmailInput!) { sendTestEmail(input: $input) { ok status message } }`;
const DETECT = `mutation { detectSmtpSettings(host: "localhost") { candidates { port ok message } } }`;
const PASSWORD = 'S3cret-pässword!';

type Stage = { stage: string; status: string; detail: string | null };
const detailOf = (stages: Stage[], stage: string) => stages.find((s) => s.stage === stage)?.detail;

// The SPA sends its UI language as Accept-Language; the sentences the API writes follow it.
describe.each(databaseKinds())('the API answers in the UI language on %s', (kind) => {
  let app: TestApp;
  let english: GraphQLClient;
  let german: GraphQLClient;
  let peer: SmtpPeer;
  let closed: number;

  beforeAll(async () => {
    const caFile = path.join(mkdtempSync(path.join(tmpdir(), 'ametrika-ca-')), 'ca.pem');
    writeFileSync(caFile, testCertificates().ca.cert);
    peer = await startSmtpPeer({ tls: 'implicit', auth: { user: 'mailer', password: PASSWORD } });
    closed = await closedPort();
    app = await startTestApp(kind, {
      SMTP_CA_FILE: caFile,
      SMTP_ALLOWED_PORTS: [465, 587, peer.port, closed].join(','),
    });
    english = await app.adminClient();
    german = english.clone();
    german.headers = { 'accept-language': 'de-DE,de;q=0.9,en;q=0.8' };
  });
  afterAll(async () => {
    await app?.close();
    await peer?.close();
  });

  const settings = (extra: Record<string, unknown> = {}) => ({
    host: 'localhost',
    port: peer.port,
    secure: true,
    username: 'mailer',
    password: PASSWORD,
    fromEmail: 'reports@customer.example',
    ...extra,
  });

  it('writes the SMTP test report in German for accept-language: de', async () => {
    const { testSmtpSettings: report } = await german.ok(SMTP_TEST, { input: { settings: settings() } });
    expect(report.ok).toBe(true);
    expect(report.message).toMatch(/^Test-E-Mail von localhost angenommen: 250/);
    expect(detailOf(report.stages, 'RESOLVE')).toBe('localhost wird zu 127.0.0.1 aufgelöst');
    expect(detailOf(report.stages, 'CONNECT')).toBe(`Verbunden mit 127.0.0.1, Port ${peer.port}`);
    expect(detailOf(report.stages, 'TLS')).toMatch(/^TLSv1\.[23] .+ \(implizites TLS\)$/);
    expect(detailOf(report.stages, 'AUTH')).toBe('Angemeldet als mailer');
    await peer.nextMessage();
  });

  it('writes it in English without the header', async () => {
    const { testSmtpSettings: report } = await english.ok(SMTP_TEST, { input: { settings: settings() } });
    expect(report.ok).toBe(true);
    expect(report.message).toMatch(/^Test email accepted by localhost: 250/);
    expect(detailOf(report.stages, 'RESOLVE')).toBe('localhost resolves to 127.0.0.1');
    expect(detailOf(report.stages, 'CONNECT')).toBe(`Connected to 127.0.0.1 port ${peer.port}`);
    expect(detailOf(report.stages, 'TLS')).toMatch(/\(implicit TLS\)$/);
    expect(detailOf(report.stages, 'AUTH')).toBe('Logged in as mailer');
    await peer.nextMessage();
  });

  it('names the failed stage in German and keeps the server reply as the server wrote it', async () => {
    const wrong = settings({ password: 'wrong password' });
    const { testSmtpSettings: report } = await german.ok(SMTP_TEST, { input: { settings: wrong } });
    expect(report.ok).toBe(false);
    expect(report.message).toMatch(/^Anmeldung fehlgeschlagen: 535/);
    const refused = settings({ port: closed, secure: false, username: null, password: null });
    const { testSmtpSettings: closedReport } = await german.ok(SMTP_TEST, { input: { settings: refused } });
    expect(closedReport.message).toMatch(/^Verbindung fehlgeschlagen: /);
    expect(closedReport.stages.find((s: Stage) => s.stage === 'CONNECT').status).toBe('FAILED');
  });

  it('confirms SEND TEST in German for accept-language: de and in English without it', async () => {
    const input = { key: 'welcome', locale: 'EN', to: ADMIN.email };
    const { sendTestEmail: de } = await german.ok(SEND_TEST, { input });
    expect(de.ok).toBe(true);
    expect(de.message).toMatch(
      /^Test-E-Mail an admin@example.com über den Plattform-Absender \(noreply@ametrika.com\) gesendet – der Server antwortete: 250/,
    );
    const { sendTestEmail: en } = await english.ok(SEND_TEST, { input });
    expect(en.message).toMatch(
      /^Test email sent to admin@example.com via the platform sender \(noreply@ametrika.com\) — the server answered 250/,
    );
  });

  it('refuses an unverified recipient in German', async () => {
    const input = { key: 'welcome', to: 'nobody@example.com' };
    const res = await german.request(SEND_TEST, { input });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(
      /^nobody@example.com ist keine bestätigte Adresse dieses Kontos\./,
    );
  });

  it('describes detected ports in German', async () => {
    app.services.smtp.detectPorts = [
      { port: peer.port, secure: true },
      { port: closed, secure: false },
    ];
    const { detectSmtpSettings } = await german.ok(DETECT);
    const byPort = Object.fromEntries(
      detectSmtpSettings.candidates.map((c: { port: number }) => [c.port, c]),
    );
    expect(byPort[peer.port].message).toMatch(
      new RegExp(`^Port ${peer.port} funktioniert mit TLS \\(TLSv1\\.[23]\\)$`),
    );
    expect(byPort[closed].message).toMatch(
      new RegExp(`^Port ${closed} \\(STARTTLS\\): Verbindung fehlgeschlagen`),
    );
    const { detectSmtpSettings: en } = await english.ok(DETECT);
    expect(en.candidates[0].message).toMatch(new RegExp(`^TLS works on port ${peer.port}`));
  });

  it('says in German why custom SMTP cannot be enabled yet', async () => {
    const SENDERS = '{ emailSettings { senders { mode unavailableCode unavailableReason } } }';
    const { emailSettings } = await german.ok(SENDERS);
    const custom = emailSettings.senders.find((s: { mode: string }) => s.mode === 'CUSTOM_SMTP');
    expect(custom.unavailableCode).toBe('SMTP_NOT_CONFIGURED');
    expect(custom.unavailableReason).toMatch(/^Tragen Sie zuerst Ihren SMTP-Server ein/);
    const res = await german.request('mutation { setSenderMode(mode: CUSTOM_SMTP) { senderMode } }');
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toMatch(/^Tragen Sie zuerst Ihren SMTP-Server ein/);
  });
});
