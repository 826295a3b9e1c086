import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startSmtpPeer, type SmtpPeer } from '../../test/smtp-peers.js';
import { testCertificates } from '../../test/certs.js';
import { ADMIN, startTestApp, type TestApp } from '../../test/test-app.js';
import { Account } from '../accounts/account.entity.js';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';
import { startCountingSink, type CountingSink } from './testing/counting-sink.js';
import { startDroppingSink } from './testing/dropping-sink.js';
import { relaySnapshot, testMessage } from './testing/fixtures.js';

// Short delays so retries happen within a test; read when the app wires its delivery services.
Object.assign(process.env, {
  OUTBOX_RETRY_BASE_MS: '150',
  OUTBOX_RETRY_MAX_MS: '500',
  OUTBOX_POLL_MS: '100',
  OUTBOX_ACCOUNT_PAUSE_MS: '60000',
});

describe.each(databaseKinds())('delivery faults against real SMTP peers on %s', (kind) => {
  let app: TestApp;
  let sink: CountingSink;
  let dropping: { port: number; child: ChildProcess };
  let droppingAtRcpt: { port: number; child: ChildProcess };
  let authPeer: SmtpPeer;
  let accountId: string;

  const wait = async (id: string, done: (row: OutboxMessage) => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const row = await app.db.getRepository(OutboxMessage).findOneByOrFail({ id });
      if (done(row)) return row;
      if (Date.now() > deadline)
        throw new Error(`timed out; the message is ${row.status}: ${row.lastResponse}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const enqueue = async (to: string, extra = {}) =>
    (await app.services.delivery.outbox.enqueue(app.db.manager, testMessage(accountId, to, extra))).message;

  beforeAll(async () => {
    sink = await startCountingSink({
      plan: ({ stage, to, attempt }) => {
        if (stage === 'rcpt' && to.startsWith('greylist') && attempt === 1)
          return { code: 421, message: '4.7.0 Greylisted, try again later' };
        if (stage === 'rcpt' && to.startsWith('reject')) return { code: 550, message: '5.1.1 No such user' };
        return null;
      },
    });
    dropping = await startDroppingSink('.');
    droppingAtRcpt = await startDroppingSink('RCPT');
    authPeer = await startSmtpPeer({ tls: 'starttls', auth: { user: 'mailer', password: 'right password' } });
    const caFile = path.join(tmpdir(), `ametrika-ca-${process.pid}.pem`);
    writeFileSync(caFile, testCertificates().ca.cert);
    app = await startTestApp(kind, {
      RELAY_SMTP_URL: sink.url,
      SMTP_CA_FILE: caFile,
      SMTP_ALLOWED_PORTS: `${dropping.port},${droppingAtRcpt.port},${authPeer.port}`,
    });
    accountId = (await app.db.getRepository(Account).findOneByOrFail({ name: 'Demo' })).id;
  });
  afterAll(async () => {
    await app?.close();
    await sink?.close();
    await authPeer?.close();
    dropping?.child.kill();
    droppingAtRcpt?.child.kill();
  });

  it('delivers once after a 421, with the same Message-ID', async () => {
    const row = await enqueue('greylist@example.test');
    const done = await wait(row.id, (r) => r.status === DeliveryStatus.SENT);
    expect(done.attempts).toBe(2);
    expect(done.lastResponseCode).toBe(250);
    expect(sink.counts().get(row.messageId)).toBe(1);
    expect(row.messageId).toMatch(/^<[0-9a-f-]{36}@ametrika\.test>$/);
  });

  it('fails at once on a 550 and keeps the reply', async () => {
    const row = await enqueue('reject@example.test');
    const done = await wait(
      row.id,
      (r) => r.status !== DeliveryStatus.QUEUED && r.status !== DeliveryStatus.SENDING,
    );
    expect(done.status).toBe(DeliveryStatus.FAILED);
    expect(done.attempts).toBe(1);
    expect(done.lastResponseCode).toBe(550);
    expect(done.lastErrorStage).toBe('RECIPIENT');
    expect(done.lastResponse).toMatch(/No such user/);
  });

  it('records a reply lost after DATA and retries it a bounded number of times', async () => {
    const row = await enqueue('drop@example.test', {
      sender: relaySnapshot({
        mode: 'CUSTOM_SMTP',
        transport: {
          kind: 'smtp',
          host: '127.0.0.1',
          port: dropping.port,
          secure: false,
          username: null,
          passwordSealed: null,
        },
      }),
    });
    const done = await wait(row.id, (r) => r.status === DeliveryStatus.FAILED, 15_000);
    expect(done.lastErrorStage).toBe('DATA_REPLY_LOST');
    expect(done.lostReplies).toBe(app.services.delivery.options.maxLostReplies + 1);
    expect(done.attempts).toBe(done.lostReplies);
    expect(done.lastResponse).toMatch(/may have arrived/);
  });

  it('treats a connection lost before the message went out as a plain temporary failure', async () => {
    const row = await enqueue('early-drop@example.test', {
      sender: relaySnapshot({
        mode: 'CUSTOM_SMTP',
        transport: {
          kind: 'smtp',
          host: '127.0.0.1',
          port: droppingAtRcpt.port,
          secure: false,
          username: null,
          passwordSealed: null,
        },
      }),
    });
    const done = await wait(row.id, (r) => r.status === DeliveryStatus.DEFERRED && r.attempts >= 3);
    expect(done.lostReplies).toBe(0);
    expect(done.lastErrorStage).toBe('CONNECT');
  });

  it('delivers after the server was down for a while', async () => {
    await sink.close();
    const row = await enqueue('later@example.test');
    const deferred = await wait(row.id, (r) => r.status === DeliveryStatus.DEFERRED && r.attempts >= 2);
    expect(deferred.lastErrorStage).toBe('CONNECT');
    expect(deferred.nextAttemptAt).toBeInstanceOf(Date);
    await sink.reopen();
    const done = await wait(row.id, (r) => r.status === DeliveryStatus.SENT);
    expect(sink.counts().get(row.messageId)).toBe(1);
    expect(done.attempts).toBeGreaterThan(2);
  });

  it('pauses the account and raises an alert when its own server refuses the login', async () => {
    const sealed = app.services.secrets.seal('wrong password');
    const sender = relaySnapshot({
      mode: 'CUSTOM_SMTP',
      transport: {
        kind: 'smtp',
        host: 'localhost',
        port: authPeer.port,
        secure: false,
        username: 'mailer',
        passwordSealed: sealed,
      },
    });
    const first = await enqueue('someone@example.test', { sender });
    const done = await wait(first.id, (r) => r.status === DeliveryStatus.DEFERRED);
    expect(done.attempts).toBe(0);
    expect(done.lastErrorStage).toBe('AUTH');
    expect(done.lastResponseCode).toBe(535);
    expect(done.nextAttemptAtRaw.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(authPeer.authAttempts.every((a) => a.secure)).toBe(true);
    const admin = await app.adminClient();
    const { deliveryAlerts } = await admin.ok(
      '{ deliveryAlerts { stage message responseCode host pausedUntil } }',
    );
    expect(deliveryAlerts).toEqual([
      expect.objectContaining({ stage: 'AUTH', responseCode: 535, host: 'localhost' }),
    ]);
    expect(JSON.stringify(deliveryAlerts)).not.toContain('wrong password');
    expect(app.logLines.join('\n')).not.toContain('wrong password');
    expect(ADMIN.email).toBeTruthy();
  });
});
