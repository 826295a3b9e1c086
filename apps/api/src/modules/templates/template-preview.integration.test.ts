import { getDefaultContent, getSampleData, renderEmail } from '@ametrika/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { errorCode, type GraphQLClient } from '../../test/graphql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { Account } from '../accounts/account.entity.js';
import {
  FOOTER,
  FOOTER_VERSIONS,
  PREVIEW,
  problemsOf,
  RESET_FOOTER,
  RESTORE,
  RESTORE_FOOTER,
  UPDATE,
  UPDATE_FOOTER,
} from './template-test-documents.js';

const FOOTER_BODY =
  '<p>Sent for {{ account_name }} · <a href="{{ unsubscribe_url }}">Unsubscribe</a> · ACME-FOOTER</p>';
const FOOTER_KEYS = [
  'user_invitation',
  'welcome',
  'insights_digest',
  'scheduled_report',
  'metric_alert',
  'export_ready',
];

describe.each(databaseKinds())('footer and preview on %s', (kind) => {
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = await app.adminClient();
  });
  afterAll(async () => app?.close());

  const footerVersions = async () => (await admin.ok(FOOTER_VERSIONS, { locale: 'EN' })).footerVersions;

  it('saves, refuses, resets and restores the footer, and says which templates carry it', async () => {
    const initial = (await admin.ok(FOOTER, {})).footer;
    expect(initial).toMatchObject({
      locale: 'EN',
      name: 'Email footer',
      customized: false,
      usedBy: FOOTER_KEYS,
    });
    expect(initial.body).toBe(initial.defaultBody);
    expect(initial.variables.map((v: { name: string }) => v.name)).toContain('unsubscribe_url');

    const saved = (await admin.ok(UPDATE_FOOTER, { input: { locale: 'EN', body: FOOTER_BODY } }))
      .updateFooter;
    expect(saved).toMatchObject({ body: FOOTER_BODY, customized: true });
    expect((await admin.ok(FOOTER, { locale: 'DE' })).footer.customized).toBe(false);

    await admin.ok(UPDATE, { input: { key: 'welcome', locale: 'EN', includesFooter: false } });
    expect((await admin.ok(FOOTER, { locale: 'EN' })).footer.usedBy).toEqual(
      FOOTER_KEYS.filter((k) => k !== 'welcome'),
    );
    expect((await admin.ok(FOOTER, { locale: 'DE' })).footer.usedBy).toEqual(FOOTER_KEYS);

    const before = await footerVersions();
    for (const [body, message] of [
      ['<p>{{ unsubscribe_ur }}</p>', /^Footer, line 1, column 7: .*did you mean `unsubscribe_url`/],
      ['<p>{% if x %}</p>', /^Footer, line 1, column \d+: /],
      ['x'.repeat(20_001), /Footer: shorten it/],
      ['  ', /Footer: enter some text/],
    ] as const) {
      const res = await admin.request(UPDATE_FOOTER, { input: { locale: 'EN', body } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field).toBe('footer');
      expect(res.errors?.[0].message).toMatch(message);
    }
    expect(await footerVersions()).toEqual(before);

    const reset = (await admin.ok(RESET_FOOTER, { locale: 'EN' })).resetFooter;
    expect(reset).toMatchObject({ customized: false, body: initial.defaultBody });
    const versions = await footerVersions();
    expect(versions.map((v: { kind: string }) => v.kind)).toEqual(['RESET', 'SAVE']);
    expect(versions[0]).toMatchObject({ subject: null, preheader: null, includesFooter: null });
    const restored = (await admin.ok(RESTORE_FOOTER, { id: versions[1].id })).restoreFooterVersion;
    expect(restored).toMatchObject({ body: FOOTER_BODY, customized: true });

    // A footer version is not a template version, and the other way round.
    expect(errorCode(await admin.request(RESTORE, { id: versions[1].id }))).toBe('NOT_FOUND');
    expect(errorCode(await admin.request(RESTORE_FOOTER, { id: 'no-such-version' }))).toBe('NOT_FOUND');
  });

  it('previews unsaved content exactly as renderEmail renders it, with the account footer and name', async () => {
    const unsaved = {
      subject: 'Unsaved: {{ period_label }}',
      body: '<p>Draft for {{ user_name }}</p>\n{% for i in insights %}<p>{{ i.metric }} {{ i.change }}</p>{% endfor %}',
    };
    const { previewEmail } = await admin.ok(PREVIEW, {
      input: { key: 'insights_digest', locale: 'EN', ...unsaved },
    });
    const direct = renderEmail({
      key: 'insights_digest',
      locale: 'EN',
      ...unsaved,
      preheader: getDefaultContent('insights_digest', 'EN').preheader,
      includeFooter: true,
      footerBody: FOOTER_BODY,
      accountName: 'Demo',
    });
    expect(previewEmail).toEqual(direct);
    expect(previewEmail.html).toContain('ACME-FOOTER');
    expect(previewEmail.html).toContain('Draft for Anna');
    expect(previewEmail.subject).toMatch(/^Unsaved: /);

    // `welcome` has its footer switched off (previous test); the preview follows the saved switch.
    const welcome = (await admin.ok(PREVIEW, { input: { key: 'welcome', locale: 'EN' } })).previewEmail;
    expect(welcome.html).not.toContain('ACME-FOOTER');
    const withUnsavedFooter = await admin.ok(PREVIEW, {
      input: { key: 'welcome', locale: 'EN', includesFooter: true, footerBody: '<p>NEW-FOOTER</p>' },
    });
    expect(withUnsavedFooter.previewEmail.html).toContain('NEW-FOOTER');

    const broken = await admin.request(PREVIEW, { input: { key: 'welcome', body: '<p>{{ nme }}</p>' } });
    expect(errorCode(broken)).toBe('BAD_USER_INPUT');
    expect(problemsOf(broken)[0]).toMatchObject({
      field: 'body',
      line: 1,
    });
  });

  it("renders integrators' variables escaped, refuses unknown ones, and sends what it previews", async () => {
    const variables = {
      ...getSampleData('insights_digest', 'EN'),
      user_name: '<script>alert(1)</script>',
      period_label: '"Q1" & <b>Q2</b>',
    };
    const { previewEmail } = await admin.ok(PREVIEW, {
      input: { key: 'insights_digest', locale: 'EN', variables },
    });
    expect(previewEmail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(previewEmail.html).not.toMatch(/<script|<b>Q2/);
    expect(previewEmail.subject).toContain('"Q1" & <b>Q2</b>'); // a header, not HTML
    expect(previewEmail.text).toContain('<script>alert(1)</script>'); // plain text shows it as typed

    const { id: accountId } = await app.db.getRepository(Account).findOneByOrFail({ name: 'Demo' });
    const sent = await app.services.templates.renderForSending(null, {
      accountId,
      key: 'insights_digest',
      locale: 'EN',
      data: variables,
    });
    expect(sent).toEqual(previewEmail);

    const typo = await admin.request(PREVIEW, {
      input: { key: 'insights_digest', variables: { ...variables, usr_name: 'x' } },
    });
    expect(errorCode(typo)).toBe('BAD_USER_INPUT');
    expect(typo.errors?.[0].extensions?.field).toBe('variables');
    expect(typo.errors?.[0].message).toContain('did you mean `user_name`?');

    const { user_name: _, ...missing } = variables;
    const res = await admin.request(PREVIEW, { input: { key: 'insights_digest', variables: missing } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)[0]?.code).toBe('MISSING_VALUE');
  });
});
