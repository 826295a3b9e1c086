import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { errorCode, type GraphQLClient } from '../../test/graphql-client.js';
import { addUser, ADMIN, adminOfNewAccount, Role, startTestApp, type TestApp } from '../../test/test-app.js';
import { EmailVerification } from './email-verification.entity.js';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email name role emailVerified } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { email emailVerified } }`;
const SEND_TEST = `mutation($input: SendTestEmailInput!) { sendTestEmail(input: $input) {
  ok message deliveryId status senderMode responseCode response stage hint { key en } } }`;
const MAILBOX = `{ mailbox(first: 50) { id envelopeTo subject raw } }`;

async function waitForMail(client: GraphQLClient, to: string, subject: RegExp) {
  for (let i = 0; i < 100; i++) {
    const { mailbox } = await client.ok(MAILBOX);
    const found = mailbox.find(
      (m: { envelopeTo: string[]; subject: string }) => m.envelopeTo.includes(to) && subject.test(m.subject),
    );
    if (found) return found as { id: string; raw: string; subject: string };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}

function verificationToken(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /verify-email\?token=([A-Za-z0-9_-]+)/.exec(unfolded);
  if (!match) throw new Error('no verification link in the message');
  return match[1];
}

describe.each(databaseKinds())('test users, verification and SEND TEST on %s', (kind) => {
  let app: TestApp;
  let admin: GraphQLClient;
  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = await app.adminClient();
    await addUser(app, { email: 'member@example.com', password: 'member password', role: Role.MEMBER });
  });
  afterAll(async () => app?.close());

  it('creates a test user, mails a single-use link, and the link verifies the address once', async () => {
    const { createUser } = await admin.ok(CREATE, {
      input: { email: 'Tester@Example.com', name: 'Test User' },
    });
    expect(createUser).toMatchObject({ email: 'tester@example.com', role: 'MEMBER', emailVerified: false });
    expect((await admin.ok('{ verifiedRecipients }')).verifiedRecipients).not.toContain('tester@example.com');

    const mail = await waitForMail(admin, 'tester@example.com', /Confirm your email address/);
    const token = verificationToken(mail.raw);
    const anonymous = app.client();
    expect((await anonymous.ok(VERIFY, { token })).verifyEmail).toEqual({
      email: 'tester@example.com',
      emailVerified: true,
    });
    const again = await anonymous.request(VERIFY, { token });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].message).toMatch(/not valid or was already used/);
    expect(again.errors?.[0].extensions?.reason).toBe('USED');
    // The recipient's browser language: the page shows the reason, integrators read the message.
    const german = anonymous.clone();
    german.headers = { 'accept-language': 'de-DE,de;q=0.9' };
    const againInGerman = await german.request(VERIFY, { token });
    expect(againInGerman.errors?.[0].message).toMatch(/nicht gültig oder wurde bereits verwendet/);
    expect(againInGerman.errors?.[0].extensions?.reason).toBe('USED');
    expect((await admin.ok('{ verifiedRecipients }')).verifiedRecipients).toContain('tester@example.com');
    const { deliveries } = await admin.ok('{ deliveries(first: 10) { edges { node { kind to status } } } }');
    expect(deliveries.edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain('verification');
  });

  it('refuses expired links and lets an admin resend a fresh one', async () => {
    const { createUser } = await admin.ok(CREATE, { input: { email: 'late@example.com' } });
    const token = verificationToken((await waitForMail(admin, 'late@example.com', /Confirm/)).raw);
    await app.db
      .getRepository(EmailVerification)
      .update({ userId: createUser.id }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await app.client().request(VERIFY, { token });
    expect(expired.errors?.[0].message).toMatch(/expired/);
    expect(expired.errors?.[0].extensions?.reason).toBe('EXPIRED');
    await admin.ok('mutation($id: ID!) { resendVerification(userId: $id) { id } }', { id: createUser.id });
    const { mailbox } = await admin.ok(MAILBOX);
    const fresh = mailbox.filter((m: { envelopeTo: string[] }) => m.envelopeTo.includes('late@example.com'));
    await new Promise((r) => setTimeout(r, 300));
    const latest = (await admin.ok(MAILBOX)).mailbox.find(
      (m: { envelopeTo: string[]; id: string }) =>
        m.envelopeTo.includes('late@example.com') && !fresh.some((f: { id: string }) => f.id === m.id),
    );
    const newToken = verificationToken(
      (latest ?? (await waitForMail(admin, 'late@example.com', /Confirm/))).raw,
    );
    expect(newToken).not.toBe(token);
    expect((await app.client().ok(VERIFY, { token: newToken })).verifyEmail.emailVerified).toBe(true);
  });

  it('sends the insights digest as a test to a verified user and answers with the server reply', async () => {
    const { sendTestEmail } = await admin.ok(SEND_TEST, {
      input: {
        key: 'insights_digest',
        locale: 'EN',
        to: 'tester@example.com',
        subject: 'Weekly numbers for {{ account_name }}',
      },
    });
    expect(sendTestEmail.ok).toBe(true);
    expect(sendTestEmail.status).toBe('SENT');
    expect(sendTestEmail.message).toMatch(
      /^Test email sent to tester@example.com via the platform sender \(noreply@ametrika.com\) — the server answered 250/,
    );
    const mail = await waitForMail(admin, 'tester@example.com', /\[Test\] Weekly numbers for Demo/);
    expect(mail.raw).toMatch(/From: noreply@ametrika.com|From: .*<noreply@ametrika.com>/);
    const { delivery } = await admin.ok('query($id: ID!) { delivery(id: $id) { status templateKey to } }', {
      id: sendTestEmail.deliveryId,
    });
    expect(delivery).toEqual({ status: 'SENT', templateKey: 'insights_digest', to: 'tester@example.com' });
  });

  it('refuses every recipient that is not exactly a verified address', async () => {
    await admin.ok(CREATE, { input: { email: 'pending@example.com' } });
    for (const to of [
      'pending@example.com',
      '"admin@example.com" <evil@example.net>',
      'ADMIN@example.com',
      'admin@example.com, evil@example.net',
      'admin@example.com\r\nBcc: evil@example.net',
      'nobody@example.com',
    ]) {
      const res = await admin.request(SEND_TEST, { input: { key: 'welcome', to } });
      expect(errorCode(res), to).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field).toBe('to');
    }
    // Domains compare without case: the address is the same mailbox.
    expect(
      (await admin.ok(SEND_TEST, { input: { key: 'welcome', to: 'admin@EXAMPLE.com' } })).sendTestEmail.ok,
    ).toBe(true);
  });

  it('gives bad input a field error and creates nothing', async () => {
    const before = (await admin.ok('{ users { id } }')).users.length;
    for (const input of [
      { email: 'not-an-address' },
      { email: 'x@example.com', name: 'A\r\nB' },
      { email: '' },
    ]) {
      expect(errorCode(await admin.request(CREATE, { input }))).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await admin.request(CREATE, { input: { email: 'tester@example.com' } }))).toBe(
      'CONFLICT',
    );
    expect(
      errorCode(await admin.request(SEND_TEST, { input: { key: 'no_such_template', to: ADMIN.email } })),
    ).toBe('BAD_USER_INPUT');
    expect((await admin.ok('{ users { id } }')).users.length).toBe(before);
  });

  it('keeps members, READ tokens, strangers and other accounts out', async () => {
    const member = app.client();
    await member.signIn('member@example.com', 'member password');
    expect(errorCode(await member.request(CREATE, { input: { email: 'm1@example.com' } }))).toBe('FORBIDDEN');
    expect(errorCode(await member.request(SEND_TEST, { input: { key: 'welcome', to: ADMIN.email } }))).toBe(
      'FORBIDDEN',
    );
    expect((await member.ok('{ verifiedRecipients }')).verifiedRecipients).toContain(ADMIN.email);
    expect(errorCode(await app.client().request(CREATE, { input: { email: 'anon@example.com' } }))).toBe(
      'UNAUTHENTICATED',
    );
    const { createApiToken } = await admin.ok(
      'mutation { createApiToken(name: "r", scope: READ) { token } }',
    );
    const reader = app.client();
    reader.bearer = createApiToken.token;
    expect(errorCode(await reader.request(SEND_TEST, { input: { key: 'welcome', to: ADMIN.email } }))).toBe(
      'FORBIDDEN',
    );

    const { client: intruder } = await adminOfNewAccount(
      app,
      'Elsewhere',
      'chief@elsewhere.test',
      'elsewhere pw',
    );
    const target = (await admin.ok('{ users { id email } }')).users.find(
      (u: { email: string }) => u.email === 'pending@example.com',
    );
    expect(
      errorCode(await intruder.request('mutation($id: ID!) { deleteUser(userId: $id) }', { id: target.id })),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await intruder.request('mutation($id: ID!) { resendVerification(userId: $id) { id } }', {
          id: target.id,
        }),
      ),
    ).toBe('NOT_FOUND');
    // Test mail of the other account cannot go to this account's verified users.
    const res = await intruder.request(SEND_TEST, { input: { key: 'welcome', to: 'tester@example.com' } });
    expect(res.errors?.[0].extensions?.field).toBe('to');
    expect((await intruder.ok(MAILBOX)).mailbox).toEqual([]);
  });

  it('deletes a user but never the last admin or oneself', async () => {
    const me = (await admin.ok('{ me { id } }')).me;
    const deleteMe = await admin.request('mutation($id: ID!) { deleteUser(userId: $id) }', { id: me.id });
    expect(errorCode(deleteMe)).toBe('CONFLICT');
    expect(deleteMe.errors?.[0].message).toMatch(/cannot delete yourself/);
    const german = admin.clone();
    german.headers = { 'accept-language': 'de' };
    const inGerman = await german.request('mutation($id: ID!) { deleteUser(userId: $id) }', { id: me.id });
    expect(inGerman.errors?.[0].message).toMatch(/nicht selbst löschen/);
    const target = (await admin.ok('{ users { id email } }')).users.find(
      (u: { email: string }) => u.email === 'pending@example.com',
    );
    expect(
      (await admin.ok('mutation($id: ID!) { deleteUser(userId: $id) }', { id: target.id })).deleteUser,
    ).toBe(true);
  });
});
