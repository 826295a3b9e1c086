import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { errorCode } from '../../test/graphql-client.js';
import { ADMIN, addUser, adminOfNewAccount, Role, startTestApp, type TestApp } from '../../test/test-app.js';

const CREATE_TOKEN = `mutation($name: String!, $scope: TokenScope!) {
  createApiToken(name: $name, scope: $scope) { token apiToken { id prefix scope } } }`;

describe.each(databaseKinds())('foundation over HTTP on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
    await addUser(app, { email: 'member@example.com', password: 'member password', role: Role.MEMBER });
    await addUser(app, { email: 'target@example.com', password: 'target password', role: Role.MEMBER });
  });
  afterAll(async () => app?.close());

  it('signs in with an HttpOnly SameSite=Lax cookie, answers me, and signs out', async () => {
    const c = app.client();
    expect((await c.ok('{ me { email } }')).me).toBeNull();
    const res = await c.request(
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email role emailVerified } }',
      { e: ADMIN.email, p: ADMIN.password },
    );
    expect(res.data).toEqual({ signIn: { email: ADMIN.email, role: 'ADMIN', emailVerified: true } });
    const cookie = res.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/ametrika_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect((await c.ok('{ me { email } account { name } }')).account.name).toBe('Demo');
    await c.ok('mutation { signOut }');
    expect((await c.ok('{ me { email } }')).me).toBeNull();
  });

  it('gives one generic message for a wrong password and an unknown address', async () => {
    const signIn = (e: string, p: string) =>
      app
        .client()
        .request('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e, p });
    const wrong = await signIn(ADMIN.email, 'not the password');
    const unknown = await signIn('nobody@example.com', 'whatever it is');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('rate-limits repeated failed sign-ins for one address', async () => {
    const c = app.client();
    const attempt = () =>
      c.request('mutation($e: String!) { signIn(email: $e, password: "wrong wrong") { id } }', {
        e: 'target@example.com',
      });
    for (let i = 0; i < 5; i++) expect(errorCode(await attempt())).toBe('UNAUTHENTICATED');
    const limited = await attempt();
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.errors?.[0].message).toMatch(/Too many failed sign-ins/);
    // Even the right password waits out the lock, or the limit would not stop guessing.
    const right = await c.request(
      'mutation { signIn(email: "target@example.com", password: "target password") { id } }',
    );
    expect(errorCode(right)).toBe('RATE_LIMITED');
  });

  it('refuses malformed input with the field named', async () => {
    const bad = await app
      .client()
      .request('mutation { signIn(email: "not-an-address", password: "x") { id } }');
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.field).toBe('email');
    const admin = await app.adminClient();
    const empty = await admin.request(CREATE_TOKEN, { name: '   ', scope: 'READ' });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0].extensions?.field).toBe('name');
    expect((await admin.ok('{ apiTokens { id } }')).apiTokens).toHaveLength(0);
  });

  it('gives MEMBER users FORBIDDEN on admin mutations', async () => {
    const member = app.client();
    await member.signIn('member@example.com', 'member password');
    const res = await member.request(CREATE_TOKEN, { name: 'ci', scope: 'READ' });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect((await member.ok('{ users { email } }')).users.length).toBeGreaterThanOrEqual(2);
  });

  it('lets READ tokens query but never mutate, and refuses revoked tokens', async () => {
    const admin = await app.adminClient();
    const { createApiToken } = await admin.ok(CREATE_TOKEN, { name: 'dashboard', scope: 'READ' });
    expect(createApiToken.token).toMatch(/^amk_/);
    const reader = app.client();
    reader.bearer = createApiToken.token;
    expect((await reader.ok('{ users { email } }')).users.length).toBeGreaterThan(0);
    expect(errorCode(await reader.request(CREATE_TOKEN, { name: 'x', scope: 'ADMIN' }))).toBe('FORBIDDEN');
    expect(errorCode(await reader.request('mutation { signOut }'))).toBe('FORBIDDEN');
    // The token itself is never listed again, only its prefix.
    const listed = JSON.stringify(await admin.ok('{ apiTokens { id name prefix scope } }'));
    expect(listed).not.toContain(createApiToken.token);
    await admin.ok('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', {
      id: createApiToken.apiToken.id,
    });
    expect(errorCode(await reader.request('{ users { email } }'))).toBe('UNAUTHENTICATED');
    expect(app.logLines.join('\n')).not.toContain(createApiToken.token);
  });

  it('shows another account nothing of this one', async () => {
    const { client: intruder } = await adminOfNewAccount(
      app,
      'Other GmbH',
      'boss@other.test',
      'other password',
    );
    const admin = await app.adminClient();
    const { createApiToken } = await admin.ok(CREATE_TOKEN, { name: 'mine', scope: 'ADMIN' });
    const { users, account } = await intruder.ok('{ users { email } account { name } }');
    expect(account.name).toBe('Other GmbH');
    expect(users.map((u: { email: string }) => u.email)).toEqual(['boss@other.test']);
    expect((await intruder.ok('{ apiTokens { id } }')).apiTokens).toEqual([]);
    const revoke = await intruder.request('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', {
      id: createApiToken.apiToken.id,
    });
    expect(errorCode(revoke)).toBe('NOT_FOUND');
    const stillValid = app.client();
    stillValid.bearer = createApiToken.token;
    expect((await stillValid.ok('{ account { name } }')).account.name).toBe('Demo');
  });

  it('refuses mutations sent as GET or as text/plain (CSRF prevention)', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBeGreaterThanOrEqual(400);
    const plain = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses over-deep, alias-heavy, batched and oversized requests', async () => {
    const c = app.client();
    let deep = 'name';
    for (let i = 0; i < 30; i++) deep = `ofType { ${deep} }`;
    const tooDeep = await c.request(`{ __schema { types { fields { type { ${deep} } } } } }`);
    expect(tooDeep.errors?.[0].message).toMatch(/depth/i);
    expect(tooDeep.status).toBe(400);
    expect((await c.request('{')).status).toBe(400);
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ');
    const tooMany = await c.request(`{ ${aliases} }`);
    expect(tooMany.errors?.length).toBeGreaterThan(0);
    expect(tooMany.data ?? null).toBeNull();
    const batched = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(batched.status).toBe(400);
    const huge = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(huge.status).toBe(413);
    expect((await huge.json()).errors[0].message).toMatch(/larger than 1 MB/);
  });

  it("answers the playground's full introspection query within the limits", async () => {
    const res = await app
      .client()
      .request(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res.data)).toContain('createApiToken');
  });

  it('hides field suggestions and masks unknown errors', async () => {
    const res = await app.client().request('{ mee { id } }');
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('answers /healthz', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
