import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isObjectType,
  isScalarType,
  isEnumType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../test/graphql-client.js';
import { ADMIN, addUser, adminOfNewAccount, Role, startTestApp, type TestApp } from '../test/test-app.js';

/**
 * Every query and mutation of schema.graphql, called by every kind of caller. The expected outcome of each
 * cell follows from one rule per operation in OPERATIONS; an operation missing from the table fails the test.
 *
 * public    — anyone (READ tokens still never run a mutation)
 * read      — anyone signed in to the account (users of any role, tokens of any scope)
 * admin     — ADMIN users and ADMIN tokens
 * adminUser — ADMIN users only (a token cannot mint tokens or delete people)
 * `target`  — the operation names an object of the account by id: another account's admin gets NOT_FOUND
 *             (mutations) or null (queries) — never the object.
 */
type Rule = 'public' | 'read' | 'admin' | 'adminUser';
type Fixture = Record<string, string>;
type Entry = { rule: Rule; vars?: (f: Fixture, n: number) => Record<string, unknown>; target?: boolean };

const SMTP = { host: '127.0.0.1', port: 2525, secure: false, fromEmail: 'reports@customer.example' };
const OPERATIONS: Record<string, Entry> = {
  // queries
  me: { rule: 'public' },
  account: { rule: 'read' },
  users: { rule: 'read' },
  verifiedRecipients: { rule: 'read' },
  apiTokens: { rule: 'adminUser' },
  auditLog: { rule: 'read', vars: () => ({ first: 5 }) },
  emailSettings: { rule: 'read' },
  templates: { rule: 'read' },
  template: { rule: 'read', vars: () => ({ key: 'welcome' }) },
  templateVersions: { rule: 'read', vars: () => ({ key: 'welcome', locale: 'EN' }) },
  footer: { rule: 'read' },
  footerVersions: { rule: 'read', vars: () => ({ locale: 'EN' }) },
  previewEmail: { rule: 'read', vars: () => ({ input: { key: 'welcome' } }) },
  deliveries: { rule: 'read', vars: () => ({ first: 5 }) },
  delivery: { rule: 'read', target: true, vars: (f) => ({ id: f.deliveryId }) },
  deliveryAlerts: { rule: 'read' },
  mailbox: { rule: 'read', vars: () => ({ first: 5 }) },
  capturedMail: { rule: 'read', target: true, vars: (f) => ({ id: f.mailId }) },
  mailboxEnabled: { rule: 'read' },
  // mutations
  signIn: { rule: 'public', vars: () => ({ email: 'member@example.com', password: 'member password' }) },
  verifyEmail: { rule: 'public', vars: () => ({ token: 'not-a-real-token' }) },
  createApiToken: { rule: 'adminUser', vars: () => ({ name: 'matrix', scope: 'READ' }) },
  revokeApiToken: { rule: 'adminUser', target: true, vars: (f) => ({ id: f.tokenId }) },
  setSenderMode: { rule: 'admin', vars: () => ({ mode: 'PLATFORM' }) },
  updateSenderIdentity: { rule: 'admin', vars: () => ({ input: { fromName: 'Matrix' } }) },
  updateSmtpSettings: { rule: 'admin', vars: () => ({ input: SMTP }) },
  detectSmtpSettings: { rule: 'admin', vars: () => ({ host: '127.0.0.1' }) },
  testSmtpSettings: { rule: 'admin', vars: () => ({ input: { settings: SMTP } }) },
  updateTemplate: {
    rule: 'admin',
    vars: () => ({ input: { key: 'welcome', locale: 'EN', subject: 'Hello' } }),
  },
  resetTemplate: { rule: 'admin', vars: () => ({ key: 'welcome', locale: 'EN' }) },
  restoreTemplateVersion: { rule: 'admin', target: true, vars: (f) => ({ id: f.templateVersionId }) },
  updateFooter: { rule: 'admin', vars: () => ({ input: { locale: 'EN', body: '<p>Footer</p>' } }) },
  resetFooter: { rule: 'admin', vars: () => ({ locale: 'EN' }) },
  restoreFooterVersion: { rule: 'admin', target: true, vars: (f) => ({ id: f.footerVersionId }) },
  retryDelivery: { rule: 'admin', target: true, vars: (f) => ({ id: f.deliveryId }) },
  sendTestEmail: { rule: 'admin', vars: () => ({ input: { key: 'welcome', to: ADMIN.email } }) },
  sendSenderTest: { rule: 'admin', vars: () => ({ mode: 'PLATFORM', to: ADMIN.email }) },
  createUser: { rule: 'admin', vars: (_f, n) => ({ input: { email: `matrix-${n}@example.com` } }) },
  resendVerification: { rule: 'admin', target: true, vars: (f) => ({ userId: f.testUserId }) },
  deleteUser: { rule: 'adminUser', target: true, vars: (f) => ({ userId: f.testUserId }) },
  applyHostedDomain: {
    rule: 'admin',
    vars: () => ({ input: { domain: 'mail.matrix.example', fromEmail: 'news@mail.matrix.example' } }),
  },
  verifyDnsRecords: { rule: 'admin' },
  rotateDkimKey: { rule: 'admin' },
  retireDkimKey: { rule: 'admin', vars: () => ({ selector: 'am000000' }) },
  // last, because it ends the session it runs in
  signOut: { rule: 'public' },
};

const CALLERS = ['anonymous', 'member', 'readToken', 'adminToken', 'otherAdmin'] as const;
type CallerName = (typeof CALLERS)[number];
type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND_OR_NULL';

function expected(entry: Entry, kind: 'query' | 'mutation', caller: CallerName): Outcome {
  if (caller === 'readToken' && kind === 'mutation') return 'FORBIDDEN';
  if (entry.rule === 'public') return 'allowed';
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  if (entry.rule === 'read') return caller === 'otherAdmin' && entry.target ? 'NOT_FOUND_OR_NULL' : 'allowed';
  if (caller === 'member' || caller === 'readToken') return 'FORBIDDEN';
  if (caller === 'adminToken' && entry.rule === 'adminUser') return 'FORBIDDEN';
  if (caller === 'otherAdmin' && entry.target) return 'NOT_FOUND_OR_NULL';
  return 'allowed';
}

const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
const schema = buildSchema(readFileSync(schemaFile, 'utf8'));

/** The smallest valid selection: scalars of the result type, or __typename. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isScalarType(type) || isEnumType(type)) return '';
  const scalars = Object.values((type as GraphQLObjectType).getFields())
    .filter((f) => isScalarType(getNamedType(f.type)) && !f.args.length)
    .map((f) => f.name);
  return `{ __typename ${scalars.slice(0, 3).join(' ')} }`;
}

function document(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  vars: Record<string, unknown>,
) {
  const used = field.args.filter((a) => a.name in vars);
  const decl = used.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind} Matrix${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field)} }`;
}

describe('authorization matrix (every operation × every caller)', () => {
  let app: TestApp;
  const clients = {} as Record<CallerName, GraphQLClient>;
  const fixture: Fixture = {};

  beforeAll(async () => {
    app = await startTestApp('sqlite', { DNS_SERVERS: '127.0.0.1:9' });
    const admin = await app.adminClient();
    await addUser(app, { email: 'member@example.com', password: 'member password', role: Role.MEMBER });
    clients.otherAdmin = (
      await adminOfNewAccount(app, 'Other Account', 'admin@other.test', 'other password')
    ).client;

    const token = async (scope: string) =>
      (
        await admin.ok(
          `mutation { createApiToken(name: "${scope}", scope: ${scope}) { token apiToken { id } } }`,
        )
      ).createApiToken;
    fixture.tokenId = (await token('READ')).apiToken.id;
    const sent = await admin.ok(
      `mutation { sendSenderTest(mode: PLATFORM, to: "${ADMIN.email}") { deliveryId } }`,
    );
    fixture.deliveryId = sent.sendSenderTest.deliveryId;
    fixture.mailId = (await admin.ok('{ mailbox(first: 1) { id } }')).mailbox[0].id;
    await admin.ok(
      'mutation { updateTemplate(input: { key: "welcome", locale: EN, subject: "Welcome!" }) { key } }',
    );
    fixture.templateVersionId = (
      await admin.ok('{ templateVersions(key: "welcome", locale: EN) { id } }')
    ).templateVersions[0].id;
    await admin.ok('mutation { updateFooter(input: { locale: EN, body: "<p>Our footer</p>" }) { locale } }');
    fixture.footerVersionId = (await admin.ok('{ footerVersions(locale: EN) { id } }')).footerVersions[0].id;
    fixture.testUserId = (
      await admin.ok('mutation { createUser(input: { email: "test-user@example.com" }) { id } }')
    ).createUser.id;

    clients.anonymous = app.client();
    clients.member = app.client();
    await clients.member.signIn('member@example.com', 'member password');
    clients.readToken = app.client();
    clients.readToken.bearer = (await token('READ')).token;
    clients.adminToken = app.client();
    clients.adminToken.bearer = (await token('ADMIN')).token;
  });
  afterAll(async () => app?.close());

  it('has a rule for every query and mutation in schema.graphql', () => {
    const names = ['Query', 'Mutation'].flatMap((t) =>
      Object.keys((schema.getType(t) as GraphQLObjectType).getFields()),
    );
    expect(names.filter((n) => !(n in OPERATIONS))).toEqual([]);
    expect(Object.keys(OPERATIONS).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('gives every caller exactly the outcome its rule says', async () => {
    const mismatches: string[] = [];
    let n = 0;
    for (const [name, entry] of Object.entries(OPERATIONS)) {
      const kind = name in (schema.getType('Query') as GraphQLObjectType).getFields() ? 'query' : 'mutation';
      const field = (
        schema.getType(kind === 'query' ? 'Query' : 'Mutation') as GraphQLObjectType
      ).getFields()[name];
      for (const caller of CALLERS) {
        n += 1;
        const vars = entry.vars?.(fixture, n) ?? {};
        const res = await clients[caller].clone().request(document(kind, field, vars), vars);
        const code = res.errors?.[0]?.extensions?.code;
        const want = expected(entry, kind, caller);
        const value = (res.data as Record<string, unknown> | null | undefined)?.[name];
        const got: Outcome =
          code === 'UNAUTHENTICATED' || code === 'FORBIDDEN'
            ? code
            : code === 'NOT_FOUND' || (entry.target && value === null && !code)
              ? 'NOT_FOUND_OR_NULL'
              : 'allowed';
        // "allowed" only says the rule let the caller in; a dummy argument may still be refused as bad input.
        if (got !== want)
          mismatches.push(
            `${name} as ${caller}: expected ${want}, got ${got} ${JSON.stringify(res.errors ?? [])}`,
          );
        if (
          isObjectType(getNamedType(field.type)) &&
          want === 'allowed' &&
          got === 'allowed' &&
          code === 'INTERNAL_SERVER_ERROR'
        ) {
          mismatches.push(`${name} as ${caller}: internal error`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
