import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { errorCode } from '../../test/graphql-client.js';
import { addUser, adminOfNewAccount, Role, startTestApp, type TestApp } from '../../test/test-app.js';
import { Account } from '../accounts/account.entity.js';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';
import { startCountingSink, type CountingSink } from './testing/counting-sink.js';
import { enqueueMany, testMessage } from './testing/fixtures.js';

process.env.OUTBOX_POLL_MS = '100';

const PAGE = `query($first: Int, $after: String, $status: DeliveryStatus, $templateKey: String) {
  deliveries(first: $first, after: $after, status: $status, templateKey: $templateKey) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id status templateKey to subject attempts senderMode messageId lastResponse lastResponseCode createdAt sentAt kind } } } }`;

describe.each(databaseKinds())('outbox enqueue and the delivery log on %s', (kind) => {
  let app: TestApp;
  let sink: CountingSink;
  let accountId: string;

  beforeAll(async () => {
    sink = await startCountingSink({
      plan: ({ stage, to }) =>
        stage === 'rcpt' && to.startsWith('bounce') ? { code: 550, message: '5.1.1 Unknown' } : null,
    });
    app = await startTestApp(kind, { RELAY_SMTP_URL: sink.url });
    accountId = (await app.db.getRepository(Account).findOneByOrFail({ name: 'Demo' })).id;
    await addUser(app, { email: 'member@example.com', password: 'member password', role: Role.MEMBER });
  });
  afterAll(async () => {
    await app?.close();
    await sink?.close();
  });

  it('returns the first message for a repeated idempotency key, inside the caller transaction', async () => {
    const { outbox } = app.services.delivery;
    const message = testMessage(accountId, 'once@example.test', { idempotencyKey: 'digest-2025-w48' });
    const [first, second] = await app.db.transaction(async (tx) => [
      await outbox.enqueue(tx, message),
      await outbox.enqueue(tx, { ...message, subject: 'changed' }),
    ]);
    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(true);
    expect(second.message.id).toBe(first.message.id);
    const outcome = await outbox.waitForOutcome(first.message.id, 5_000);
    expect(outcome?.status).toBe(DeliveryStatus.SENT);
    expect(await app.db.getRepository(OutboxMessage).countBy({ idempotencyKey: 'digest-2025-w48' })).toBe(1);
  });

  it('writes nothing when the caller transaction rolls back', async () => {
    const before = await app.db.getRepository(OutboxMessage).count();
    await expect(
      app.db.transaction(async (tx) => {
        await app.services.delivery.outbox.enqueue(tx, testMessage(accountId, 'never@example.test'));
        throw new Error('the cause failed');
      }),
    ).rejects.toThrow('the cause failed');
    expect(await app.db.getRepository(OutboxMessage).count()).toBe(before);
  });

  it('pages newest first, filters, shows the detail, and lets only admins send a failed message again', async () => {
    const ids = await enqueueMany(
      app.db,
      app.services.delivery.outbox,
      Array.from({ length: 5 }, (_, i) =>
        testMessage(accountId, `reader${i}@example.test`, { templateKey: 'welcome' }),
      ),
    );
    const bounced = await enqueueMany(app.db, app.services.delivery.outbox, [
      testMessage(accountId, 'bounce@example.test'),
    ]);
    for (const id of [...ids, ...bounced]) await app.services.delivery.outbox.waitForOutcome(id, 5_000);

    const member = app.client();
    await member.signIn('member@example.com', 'member password');
    const page1 = (await member.ok(PAGE, { first: 3, templateKey: 'welcome' })).deliveries;
    expect(page1.totalCount).toBe(5);
    expect(page1.edges).toHaveLength(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (
      await member.ok(PAGE, { first: 3, templateKey: 'welcome', after: page1.pageInfo.endCursor })
    ).deliveries;
    expect(page2.edges).toHaveLength(2);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const seen = [...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(page1.edges[0].node).toMatchObject({
      status: 'SENT',
      senderMode: 'PLATFORM',
      lastResponseCode: 250,
      kind: 'platform',
    });

    const failed = (await member.ok(PAGE, { status: 'FAILED' })).deliveries;
    expect(failed.edges.map((e: { node: { to: string } }) => e.node.to)).toEqual(['bounce@example.test']);
    const detail = await member.ok(
      'query($id: ID!) { delivery(id: $id) { id status envelopeFrom fromAddress messageId nextAttemptAt lastResponse expiresAt lostReplies } }',
      { id: bounced[0] },
    );
    expect(detail.delivery).toMatchObject({
      status: 'FAILED',
      envelopeFrom: 'noreply@ametrika.test',
      nextAttemptAt: null,
    });
    expect(detail.delivery.lastResponse).toMatch(/5\.1\.1 Unknown/);

    const retry = 'mutation($id: ID!) { retryDelivery(id: $id) { id status attempts } }';
    expect(errorCode(await member.request(retry, { id: bounced[0] }))).toBe('FORBIDDEN');
    const admin = await app.adminClient();
    expect(errorCode(await admin.request(retry, { id: ids[0] }))).toBe('CONFLICT');
    // The worker is woken at once, so the answer may already show the new attempt under way.
    expect(['QUEUED', 'SENDING']).toContain((await admin.ok(retry, { id: bounced[0] })).retryDelivery.status);
    const again = await app.services.delivery.outbox.waitForOutcome(bounced[0], 5_000);
    expect(again?.status).toBe(DeliveryStatus.FAILED);
    expect(again?.attempts).toBe(2);
    expect(errorCode(await member.request(PAGE, { first: 0 }))).toBe('BAD_USER_INPUT');
  });

  it('shows another account none of it', async () => {
    const { client: intruder } = await adminOfNewAccount(
      app,
      'Elsewhere',
      'boss@elsewhere.test',
      'other password',
    );
    expect((await intruder.ok(PAGE, {})).deliveries.totalCount).toBe(0);
    const someId = (await app.db.getRepository(OutboxMessage).findOneByOrFail({ accountId })).id;
    expect(
      (await intruder.ok('query($id: ID!) { delivery(id: $id) { id } }', { id: someId })).delivery,
    ).toBeNull();
    const retry = await intruder.request('mutation($id: ID!) { retryDelivery(id: $id) { id } }', {
      id: someId,
    });
    expect(errorCode(retry)).toBe('NOT_FOUND');
    expect(errorCode(await app.client().request(PAGE, {}))).toBe('UNAUTHENTICATED');
  });
});
