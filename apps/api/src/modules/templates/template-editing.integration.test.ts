import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { errorCode, type GraphQLClient, type GraphQLResult } from '../../test/graphql-client.js';
import { ADMIN, startTestApp, type TestApp } from '../../test/test-app.js';
import {
  type Problem,
  RESET,
  RESTORE,
  TEMPLATE,
  TEMPLATES,
  UPDATE,
  VERSIONS,
} from './template-test-documents.js';

const KEY = 'insights_digest';
const EN = { key: KEY, locale: 'EN' };

describe.each(databaseKinds())('template editing on %s', (kind) => {
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = await app.adminClient();
  });
  afterAll(async () => app?.close());

  const versions = async (key = KEY, locale = 'EN') =>
    (await admin.ok(VERSIONS, { key, locale })).templateVersions as Array<
      { id: string } & Record<string, unknown>
    >;
  const template = async (key = KEY, locale = 'EN') => (await admin.ok(TEMPLATE, { key, locale })).template;

  it('lists every email type with its defaults, names and variables in the requested locale', async () => {
    const { templates } = await admin.ok(TEMPLATES, {});
    expect(templates.map((t: { key: string }) => t.key)).toEqual([
      'user_invitation',
      'email_verification',
      'password_reset',
      'welcome',
      'insights_digest',
      'scheduled_report',
      'metric_alert',
      'export_ready',
    ]);
    for (const t of templates) {
      expect(t).toMatchObject({ locale: 'EN', customized: false, updatedAt: null });
      expect([t.subject, t.body, t.includesFooter]).toEqual([
        t.defaultSubject,
        t.defaultBody,
        t.supportsFooter,
      ]);
    }
    const de = await template(KEY, 'DE');
    expect(de.name).toMatch(/Insights/);
    expect(de.subject).toContain('Ihre Insights');
    const insights = de.variables.find((v: { name: string }) => v.name === 'insights');
    expect(insights.type).toBe('list');
    expect(insights.fields.map((f: { name: string }) => f.name)).toContain('metric');
    expect(JSON.parse(insights.sample)[0].metric).toBe('Sitzungen');
    expect(de.variables.find((v: { name: string }) => v.name === 'user_name').description).toMatch(
      /[äöüß]|Name/,
    );
  });

  it('updates, reads back, resets and restores, each change a version by its author', async () => {
    const subject = 'Your week at {{ account_name }}';
    const saved = (await admin.ok(UPDATE, { input: { ...EN, subject } })).updateTemplate;
    expect(saved).toMatchObject({ subject, customized: true, includesFooter: true });
    expect(saved.body).toBe(saved.defaultBody);
    expect(await template()).toEqual(saved);

    const body = '<p>Hi {{ user_name }}, {{ insights.size }} metrics moved.</p>';
    await admin.ok(UPDATE, { input: { ...EN, body, includesFooter: false } });
    const both = await template();
    expect(both).toMatchObject({ subject, body, includesFooter: false, customized: true });
    // The other locale is untouched.
    expect((await template(KEY, 'DE')).customized).toBe(false);

    let list = await versions();
    expect(list.map((v) => [v.number, v.kind])).toEqual([
      [2, 'SAVE'],
      [1, 'SAVE'],
    ]);
    expect(list[0]).toMatchObject({ subject, body, includesFooter: false, author: ADMIN.email });

    const reset = (await admin.ok(RESET, EN)).resetTemplate;
    expect(reset).toMatchObject({ customized: false, updatedAt: null, includesFooter: true });
    expect([reset.subject, reset.body]).toEqual([reset.defaultSubject, reset.defaultBody]);
    list = await versions();
    expect(list[0]).toMatchObject({ number: 3, kind: 'RESET', subject: reset.defaultSubject });

    // Undo the reset by restoring the version before it.
    const restored = (await admin.ok(RESTORE, { id: list[1].id })).restoreTemplateVersion;
    expect(restored).toMatchObject({ subject, body, includesFooter: false, customized: true });
    list = await versions();
    expect(list[0]).toMatchObject({ number: 4, kind: 'RESTORE', body });

    // Restoring the first version brings back its subject with the default body.
    const first = (await admin.ok(RESTORE, { id: list[3].id })).restoreTemplateVersion;
    expect(first).toMatchObject({ subject, includesFooter: true });
    expect(first.body).toBe(first.defaultBody);

    const { auditLog } = await admin.ok('{ auditLog(first: 10) { actor action summary } }');
    expect(auditLog.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['TEMPLATE_UPDATED', 'TEMPLATE_RESET', 'TEMPLATE_VERSION_RESTORED']),
    );
    expect(auditLog[0]).toMatchObject({ actor: ADMIN.email, action: 'TEMPLATE_VERSION_RESTORED' });
    expect(auditLog[0].summary).toMatch(/restored from version 1 as version 5/);
  });

  it('writes no version for a save that changes nothing, and counts default content as not customized', async () => {
    const current = await template('welcome');
    const before = (await versions('welcome')).length;
    await admin.ok(UPDATE, { input: { key: 'welcome', locale: 'EN', subject: current.subject } });
    expect(await versions('welcome')).toHaveLength(before);
    await admin.ok(UPDATE, { input: { key: 'welcome', locale: 'EN', subject: 'Hello {{ account_name }}' } });
    const back = await admin.ok(UPDATE, {
      input: { key: 'welcome', locale: 'EN', subject: current.defaultSubject },
    });
    expect(back.updateTemplate).toMatchObject({ customized: false, updatedAt: null });
    expect(await versions('welcome')).toHaveLength(before + 2);
  });

  it('refuses content that does not render, naming field, line and column, and stores nothing', async () => {
    const before = { template: await template(), versions: await versions() };
    const refused = async (input: Record<string, unknown>, field: string) => {
      const res: GraphQLResult = await admin.request(UPDATE, { input: { ...EN, ...input } });
      expect(errorCode(res), JSON.stringify(input).slice(0, 80)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field).toBe(field);
      return res.errors?.[0] as { message: string; extensions: { problems?: Problem[] } };
    };

    const syntax = await refused({ body: '<p>Hello</p>\n<p>{{ user_name </p>' }, 'body');
    expect(syntax.extensions.problems?.[0]).toMatchObject({ field: 'body', line: 2, code: 'SYNTAX_ERROR' });
    expect(syntax.message).toMatch(/^Body, line 2, column \d+: /);

    const unknown = await refused({ subject: 'Hi {{ usr_name }}' }, 'subject');
    expect(unknown.extensions.problems?.[0]).toMatchObject({
      field: 'subject',
      line: 1,
      column: 7, // where `usr_name` starts
      code: 'UNKNOWN_VARIABLE',
    });
    expect(unknown.message).toContain('did you mean `user_name`?');

    const loop = await refused({ body: '{% for i in insights %}{{ i.metrc }}{% endfor %}' }, 'body');
    expect(loop.message).toContain('did you mean `i.metric`?');

    await refused({ body: 'x'.repeat(100_001) }, 'body');
    await refused({ subject: 'a'.repeat(251) }, 'subject');
    await refused({ subject: '   ' }, 'subject');
    await refused({ body: '{% for i in (1..1000000000) %}x{% endfor %}' }, 'body');
    await refused({ key: 'password_reset', includesFooter: true }, 'includesFooter');
    await refused({ key: 'newsletter', subject: 'x' }, 'key');

    expect(await template()).toEqual(before.template);
    expect(await versions()).toEqual(before.versions);
    expect(await versions('password_reset')).toEqual([]);
  });

  it('lets the footer switch off on templates without a footer (the SPA sends the whole form)', async () => {
    const { updateTemplate } = await admin.ok(UPDATE, {
      input: { key: 'password_reset', locale: 'DE', includesFooter: false, preheader: '' },
    });
    expect(updateTemplate).toMatchObject({ supportsFooter: false, includesFooter: false, preheader: '' });
    expect(updateTemplate.customized).toBe(updateTemplate.defaultPreheader !== '');
  });
});
