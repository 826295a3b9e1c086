import { getSampleData, type TemplateData } from '@ametrika/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { Account } from '../accounts/account.entity.js';
import { RenderPool } from './render-pool.js';
import { TemplateRenderService } from './template-render.service.js';
import { UPDATE, UPDATE_FOOTER } from './template-test-documents.js';

const KEY = 'insights_digest';
const SUBJECT = '{{ account_name }} · {{ period_label }} for {{ recipient_email }}';
const BODY =
  '<p>Hi {{ user_name }},</p>{% for i in insights %}<p>{{ i.metric }}: {{ i.change }}</p>{% endfor %}';
const FOOTER = '<p>{{ account_name }} — <a href="{{ unsubscribe_url }}">unsubscribe</a></p>';

describe.each(databaseKinds())('bulk rendering for sending on %s', (kind) => {
  let app: TestApp;
  let admin: GraphQLClient;
  let accountId: string;
  const pool = new RenderPool({ threads: 2, idleTimeoutMs: 5_000, niceness: 0 });
  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = await app.adminClient();
    accountId = (await app.db.getRepository(Account).findOneByOrFail({ name: 'Demo' })).id;
    await admin.ok(UPDATE, { input: { key: KEY, locale: 'DE', subject: SUBJECT, body: BODY } });
    await admin.ok(UPDATE_FOOTER, { input: { locale: 'DE', body: FOOTER } });
  });
  afterAll(async () => {
    await pool.close();
    await app?.close();
  });

  it("renders the account's saved template, footer and name byte for byte as renderForSending, problems included", async () => {
    const sample = getSampleData(KEY, 'DE');
    const { period_label: _left, ...withoutPeriod } = sample;
    const data: Array<TemplateData | null> = [
      ...Array.from({ length: 30 }, (_, i) => ({
        ...sample,
        recipient_email: `leser${i}@example.test`,
        user_name: `Leser <${i}> & Co`,
        period_label: `KW ${i}`,
      })),
      null, // the sample data, as a test send uses
      withoutPeriod, // does not render: no value for period_label
      { ...sample, dashboard_url: 'javascript:alert(1)' }, // renders, with a warning
    ];
    const bulk = new TemplateRenderService(app.db, pool);
    const results = await bulk.renderManyForSending(null, { accountId, key: KEY, locale: 'DE', data });
    expect(results).toHaveLength(data.length);
    for (const [i, d] of data.entries()) {
      const single = await app.services.templates
        .renderForSending(null, { accountId, key: KEY, locale: 'DE', data: d })
        .then(
          (email) => ({ ok: true as const, email }),
          (error) => ({ ok: false as const, error }),
        );
      const result = results[i];
      expect(result.ok, `recipient ${i}`).toBe(single.ok);
      if (result.ok && single.ok) expect(result.email).toEqual(single.email);
      if (!result.ok && !single.ok) {
        expect(result.error.message).toBe(single.error.message);
        expect(result.error.extensions).toEqual(single.error.extensions);
        expect(result.problems).toEqual(single.error.extensions.problems);
      }
    }
    const first = results[0];
    if (!first.ok) throw new Error('expected an email');
    expect(first.email.subject).toBe('Demo · KW 0 for leser0@example.test');
    expect(first.email.html).toContain('Leser &lt;0&gt; &amp; Co');
    expect(first.email.html).toContain('unsubscribe</a>');
    expect(results[31]).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
    expect(pool.activeThreads).toBeGreaterThan(0);
  });

  it('keeps the content it read when it opened, so one send never mixes two versions of the template', async () => {
    const bulk = await new TemplateRenderService(app.db, pool).openBulkRendering(null, {
      accountId,
      key: KEY,
      locale: 'DE',
    });
    const data = { ...getSampleData(KEY, 'DE'), recipient_email: 'a@example.test' };
    const before = await bulk.render([data]);
    await admin.ok(UPDATE, { input: { key: KEY, locale: 'DE', subject: 'Changed {{ period_label }}' } });
    const after = await bulk.render([data]);
    expect(after).toEqual(before);
    const reopened = await new TemplateRenderService(app.db, pool).renderManyForSending(null, {
      accountId,
      key: KEY,
      locale: 'DE',
      data: [data],
    });
    expect(reopened[0]).toMatchObject({ ok: true, email: { subject: 'Changed 3.–9. März 2025' } });
  });
});
