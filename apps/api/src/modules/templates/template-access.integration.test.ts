import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { errorCode, type GraphQLClient } from '../../test/graphql-client.js';
import { addUser, adminOfNewAccount, Role, startTestApp, type TestApp } from '../../test/test-app.js';
import { User } from '../users/user.entity.js';
import {
  FOOTER,
  FOOTER_VERSIONS,
  PREVIEW,
  RESET,
  RESET_FOOTER,
  RESTORE,
  RESTORE_FOOTER,
  TEMPLATE,
  TEMPLATES,
  UPDATE,
  UPDATE_FOOTER,
  VERSIONS,
} from './template-test-documents.js';

const KEY = { key: 'metric_alert', locale: 'EN' };
const SUBJECT = 'Ours: {{ account_name }} alert';
const FOOTER_BODY = '<p>Our footer for {{ account_name }}</p>';

describe.each(databaseKinds())('who may read and change templates on %s', (kind) => {
  let app: TestApp;
  let admin: GraphQLClient;
  let templateVersionId: string;
  let footerVersionId: string;

  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = await app.adminClient();
    await admin.ok(UPDATE, { input: { ...KEY, subject: SUBJECT } });
    await admin.ok(UPDATE_FOOTER, { input: { locale: 'EN', body: FOOTER_BODY } });
    templateVersionId = (await admin.ok(VERSIONS, KEY)).templateVersions[0].id;
    footerVersionId = (await admin.ok(FOOTER_VERSIONS, { locale: 'EN' })).footerVersions[0].id;
  });
  afterAll(async () => app?.close());

  // Every mutation, with arguments that an admin of this account could run.
  const mutations = (): [string, Record<string, unknown>][] => [
    [UPDATE, { input: { ...KEY, subject: 'Changed {{ account_name }}' } }],
    [RESET, KEY],
    [RESTORE, { id: templateVersionId }],
    [UPDATE_FOOTER, { input: { locale: 'EN', body: '<p>Changed</p>' } }],
    [RESET_FOOTER, { locale: 'EN' }],
    [RESTORE_FOOTER, { id: footerVersionId }],
  ];
  const reads = (): [string, Record<string, unknown>][] => [
    [TEMPLATES, {}],
    [TEMPLATE, KEY],
    [VERSIONS, KEY],
    [FOOTER, {}],
    [FOOTER_VERSIONS, { locale: 'EN' }],
    [PREVIEW, { input: KEY }],
  ];
  const ourState = async () =>
    JSON.stringify([
      await admin.ok(TEMPLATE, KEY),
      await admin.ok(FOOTER, {}),
      await admin.ok(VERSIONS, KEY),
    ]);

  it('lets MEMBER users and READ tokens read everything but change nothing', async () => {
    await addUser(app, { email: 'member@example.com', password: 'member password', role: Role.MEMBER });
    const member = app.client();
    await member.signIn('member@example.com', 'member password');
    const { createApiToken } = await admin.ok(
      'mutation { createApiToken(name: "reader", scope: READ) { token } }',
    );
    const reader = app.client();
    reader.bearer = createApiToken.token;

    const before = await ourState();
    for (const client of [member, reader]) {
      expect((await client.ok(TEMPLATE, KEY)).template).toMatchObject({ subject: SUBJECT, customized: true });
      for (const [query, vars] of reads()) await client.ok(query, vars);
      for (const [query, vars] of mutations()) {
        expect(errorCode(await client.request(query, vars)), query.slice(0, 40)).toBe('FORBIDDEN');
      }
    }
    expect(await ourState()).toBe(before);
  });

  it('refuses everything to callers who are not signed in', async () => {
    const anonymous = app.client();
    for (const [query, vars] of [...reads(), ...mutations()]) {
      expect(errorCode(await anonymous.request(query, vars)), query.slice(0, 40)).toBe('UNAUTHENTICATED');
    }
  });

  it('records ADMIN tokens as the author of their changes', async () => {
    const { createApiToken } = await admin.ok(
      'mutation { createApiToken(name: "integrator", scope: ADMIN) { token } }',
    );
    const integrator = app.client();
    integrator.bearer = createApiToken.token;
    await integrator.ok(UPDATE, { input: { ...KEY, preheader: 'From the integration' } });
    const [latest] = (await admin.ok(VERSIONS, KEY)).templateVersions;
    expect(latest).toMatchObject({ author: 'API token "integrator"', preheader: 'From the integration' });
  });

  it("keeps accounts apart: another admin sees defaults and cannot touch this account's versions", async () => {
    const { client: intruder } = await adminOfNewAccount(app, 'Other AG', 'admin@other.test', 'other pw 123');

    const before = await ourState();
    const { templates } = await intruder.ok(TEMPLATES, { locale: 'EN' });
    expect(templates.every((t: { customized: boolean }) => !t.customized)).toBe(true);
    expect((await intruder.ok(FOOTER, {})).footer).toMatchObject({ customized: false });
    expect((await intruder.ok(VERSIONS, KEY)).templateVersions).toEqual([]);
    expect((await intruder.ok(FOOTER_VERSIONS, { locale: 'EN' })).footerVersions).toEqual([]);
    const preview = (await intruder.ok(PREVIEW, { input: KEY })).previewEmail;
    expect(preview.html).toContain('Other AG');
    expect(preview.html).not.toContain('Our footer');

    expect(errorCode(await intruder.request(RESTORE, { id: templateVersionId }))).toBe('NOT_FOUND');
    expect(errorCode(await intruder.request(RESTORE_FOOTER, { id: footerVersionId }))).toBe('NOT_FOUND');
    // Their own changes stay theirs.
    await intruder.ok(UPDATE, { input: { ...KEY, subject: 'Theirs' } });
    await intruder.ok(RESET_FOOTER, { locale: 'EN' });
    expect((await intruder.ok(TEMPLATE, KEY)).template.subject).toBe('Theirs');
    expect(await ourState()).toBe(before);
  });

  it("defaults the locale to the caller's, else EN", async () => {
    await app.db
      .getRepository(User)
      .update({ email: 'member@example.com' }, { locale: 'DE' as User['locale'] });
    const member = app.client();
    await member.signIn('member@example.com', 'member password');
    const { templates } = await member.ok(TEMPLATES, {});
    expect(templates[0].locale).toBe('DE');
    expect((await member.ok(FOOTER, {})).footer.name).toBe('E-Mail-Fußzeile');
    expect((await admin.ok(TEMPLATE, { key: 'welcome' })).template.locale).toBe('EN');
  });
});
