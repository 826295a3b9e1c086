import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { Account } from '../accounts/account.entity.js';
import { UPDATE as UPDATE_TEMPLATE } from '../templates/template-test-documents.js';
import { AuditEvent } from './audit-event.entity.js';

const SET_MODE = 'mutation($mode: SenderMode!) { setSenderMode(mode: $mode) { senderMode } }';
const IDENTITY = `mutation($input: SenderIdentityInput!) { updateSenderIdentity(input: $input) { fromName } }`;
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
const AUDIT = '{ auditLog(first: 50) { actor action summary } }';

type Entry = { actor: string; action: string; summary: string };

// Summaries are stored in both UI languages and read in the reader's (Accept-Language). Entries written
// before that have no German text and keep reading in English.
describe.each(databaseKinds())('the audit log in the UI language on %s', (kind) => {
  let app: TestApp;
  let english: GraphQLClient;
  let german: GraphQLClient;
  const log = async (client: GraphQLClient) => (await client.ok(AUDIT)).auditLog as Entry[];
  const summaryOf = (entries: Entry[], action: string) => entries.find((e) => e.action === action)?.summary;

  beforeAll(async () => {
    app = await startTestApp(kind);
    english = await app.adminClient();
    german = english.clone();
    german.headers = { 'accept-language': 'de' };
  });
  afterAll(async () => app?.close());

  it('gives each summary in German for accept-language: de and in English without it', async () => {
    await english.ok(SET_MODE, { mode: 'WHITE_LABEL' });
    await english.ok(IDENTITY, { input: { fromName: 'Acme Reports', replyTo: null } });
    await german.ok(UPDATE_TEMPLATE, {
      input: { key: 'welcome', locale: 'DE', subject: 'Hallo {{ user_name }}' },
    });
    await german.ok(CREATE_USER, { input: { email: 'tester@example.com', role: 'MEMBER' } });

    const [de, en] = [await log(german), await log(english)];
    expect(de.map((e) => [e.action, e.actor])).toEqual(en.map((e) => [e.action, e.actor]));
    expect(summaryOf(de, 'SENDER_MODE_CHANGED')).toBe('Absender von PLATFORM auf WHITE_LABEL umgestellt');
    expect(summaryOf(en, 'SENDER_MODE_CHANGED')).toBe('Sender changed from PLATFORM to WHITE_LABEL');
    expect(summaryOf(de, 'SENDER_IDENTITY_UPDATED')).toBe(
      'Absendername „Acme Reports“, Antwortadresse keine',
    );
    expect(summaryOf(en, 'SENDER_IDENTITY_UPDATED')).toBe('Sender name "Acme Reports", reply-to none');
    expect(summaryOf(de, 'TEMPLATE_UPDATED')).toMatch(/^Vorlage „.+“ \(DE\) als Version \d+ gespeichert$/);
    expect(summaryOf(en, 'TEMPLATE_UPDATED')).toMatch(/^Template ".+" \(DE\) saved as version \d+$/);
    expect(summaryOf(de, 'USER_CREATED')).toBe(
      'Benutzer tester@example.com (MEMBER) hinzugefügt; Bestätigungs-E-Mail in die Warteschlange gestellt',
    );
    expect(summaryOf(en, 'USER_CREATED')).toBe(
      'User tester@example.com (MEMBER) added; verification email queued',
    );
  });

  it('keeps entries written before German summaries readable, in English', async () => {
    const { id: accountId } = await app.db.getRepository(Account).findOneByOrFail({ name: 'Demo' });
    const old = { accountId, details: null, summaryDe: null };
    await app.db.getRepository(AuditEvent).insert([
      {
        ...old,
        id: randomUUID(),
        actorUserId: randomUUID(),
        actor: 'someone@example.com',
        action: 'SENDER_MODE_CHANGED',
        summary: 'Sender changed from PLATFORM to HOSTED',
        createdAt: new Date(Date.now() + 60_000),
      },
      {
        ...old,
        id: randomUUID(),
        actorUserId: null,
        actor: 'Automatic DNS check',
        action: 'HOSTED_DOMAIN_STATUS_CHANGED',
        summary: 'Hosted domain old.example.test: PENDING → FAILED',
        createdAt: new Date(Date.now() + 120_000),
      },
    ]);
    const [automatic, person] = await log(german);
    expect(automatic).toEqual({
      actor: 'Automatische DNS-Prüfung',
      action: 'HOSTED_DOMAIN_STATUS_CHANGED',
      summary: 'Hosted domain old.example.test: PENDING → FAILED',
    });
    expect(person).toEqual({
      actor: 'someone@example.com',
      action: 'SENDER_MODE_CHANGED',
      summary: 'Sender changed from PLATFORM to HOSTED',
    });
    expect((await log(english))[0]!.actor).toBe('Automatic DNS check');
  });
});
