import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { type DnsmasqServer, startDnsmasq } from '../../test/dnsmasq.js';
import { errorCode, type GraphQLClient, type GraphQLResult } from '../../test/graphql-client.js';
import { adminOfNewAccount, startTestApp, type TestApp } from '../../test/test-app.js';
import { HostedDomainRow } from './hosted-domain.entity.js';
import {
  APPLY,
  type Hosted,
  PLATFORM_ENV,
  publish,
  RETIRE,
  ROTATE,
  SECRET_MARKERS,
  SET_MODE,
  SETTINGS,
  VERIFY,
} from './hosted-test-kit.js';

const INPUT = { domain: 'mail.example.test', fromEmail: 'news', fromName: 'Example News' };
const SENDERS = '{ emailSettings { senders { mode unavailableCode unavailableReason } } }';
const AUDIT = '{ auditLog(first: 50) { actor action summary } }';

type Entry = { actor: string; action: string; summary: string };
const messageOf = (result: GraphQLResult) => {
  expect(errorCode(result)).toBe('CONFLICT');
  return result.errors?.[0]?.message;
};
const hostedReason = async (client: GraphQLClient) =>
  (await client.ok(SENDERS)).emailSettings.senders.find((s: { mode: string }) => s.mode === 'HOSTED')
    .unavailableReason as string;

// The SPA sends its UI language as Accept-Language: the hosted module's refusals, the reason HOSTED
// cannot be enabled yet and the audit log follow it; without the header everything stays English.
describe.each(databaseKinds())('hosted domain in the UI language on %s', (kind) => {
  let app: TestApp;
  let dns: DnsmasqServer;
  let english: GraphQLClient;
  let german: GraphQLClient;
  const seen: string[] = [];
  const request = async (client: GraphQLClient, query: string, vars?: Record<string, unknown>) => {
    const result = await client.request(query, vars);
    seen.push(JSON.stringify(result));
    return result;
  };

  beforeAll(async () => {
    dns = await startDnsmasq(publish([]));
    app = await startTestApp(kind, { ...PLATFORM_ENV, DNS_SERVERS: dns.servers });
    english = await app.adminClient();
    german = english.clone();
    german.headers = { 'accept-language': 'de-DE,de;q=0.9,en;q=0.8' };
  });
  afterAll(async () => {
    await app?.close();
    await dns?.stop();
  });

  it('refuses in German before APPLY and in English without the header', async () => {
    expect(messageOf(await request(german, VERIFY))).toBe(
      'Richten Sie zuerst eine gehostete Domain ein: Geben Sie sie ein und klicken Sie auf „Übernehmen“.',
    );
    expect(messageOf(await request(english, VERIFY))).toBe('Apply a hosted domain first.');
    expect(await hostedReason(german)).toMatch(/^Geben Sie zuerst unter „Gehosteter E-Mail-Versand“/);
    expect(await hostedReason(english)).toBe(
      'Apply a domain under hosted email and publish its DNS records first.',
    );
  });

  it('names what is missing in German, with the record names as DNS has them', async () => {
    await german.ok(APPLY, { input: INPUT });
    const de = messageOf(await request(german, SET_MODE, { mode: 'HOSTED' }));
    expect(de).toMatch(/^Die gehostete Domain mail\.example\.test ist noch nicht verifiziert\. Es fehlt: /);
    expect(de).toContain('Inhaberschaft (TXT _ametrika.mail.example.test: fehlt)');
    expect(de).toMatch(/DKIM-Signatur \(TXT am\d{6}\._domainkey\.mail\.example\.test: fehlt\)/);
    const en = messageOf(await request(english, SET_MODE, { mode: 'HOSTED' }));
    expect(en).toMatch(/^Hosted domain mail\.example\.test is not verified yet\. Missing: /);
    expect(en).toContain('OWNERSHIP (TXT _ametrika.mail.example.test: MISSING)');
    expect(await hostedReason(german)).toBe(de);
  });

  it('answers DKIM rotation mistakes in German, saying what to do next', async () => {
    const { selector, pendingSelector } = (await german.ok(ROTATE)).rotateDkimKey.hosted as Hosted;
    const pending = pendingSelector as string;

    expect(messageOf(await request(german, ROTATE))).toBe(
      `Der Selektor ${pending} wartet bereits auf seinen DNS-Eintrag; veröffentlichen Sie ihn oder nehmen Sie ihn außer Betrieb, um neu zu beginnen.`,
    );
    expect(messageOf(await request(english, ROTATE))).toBe(
      `Selector ${pending} is already waiting for its DNS record; publish it, or retire it to start over.`,
    );
    expect(messageOf(await request(german, RETIRE, { selector }))).toMatch(
      new RegExp(`^Mit dem Selektor ${selector} werden gerade E-Mails signiert; wechseln Sie zuerst`),
    );
    expect(messageOf(await request(english, RETIRE, { selector }))).toBe(
      `Selector ${selector} signs mail now; rotate first and retire it once the new key took over.`,
    );
    expect(messageOf(await request(german, RETIRE, { selector: 'am000000' }))).toBe(
      'Es gibt keinen DKIM-Schlüssel mit dem Selektor „am000000“; er wurde vielleicht schon außer Betrieb genommen oder die Domain wurde ersetzt. Laden Sie die Seite neu und wählen Sie einen Schlüssel aus den dort aufgeführten DKIM-Einträgen.',
    );
    expect(messageOf(await request(english, RETIRE, { selector: 'am000000' }))).toBe(
      'There is no DKIM key with selector "am000000"; it may have been retired already, or the domain was replaced. Reload the page and pick a key from the DKIM records listed there.',
    );
    await german.ok(RETIRE, { selector: pending });
  });

  it('refuses a domain another account verified, in German', async () => {
    const applied = (await english.ok(VERIFY)).verifyDnsRecords.hosted as Hosted;
    await dns.setRecords(publish(applied.records));
    expect(((await english.ok(VERIFY)).verifyDnsRecords.hosted as Hosted).status).toBe('VERIFIED');

    const { client: intruder } = await adminOfNewAccount(
      app,
      `Other ${kind}`,
      `admin-${kind}@other.test`,
      'other password',
    );
    intruder.headers = { 'accept-language': 'de' };
    expect(messageOf(await request(intruder, APPLY, { input: INPUT }))).toBe(
      'mail.example.test ist bereits von einem anderen Konto verifiziert und kann hier nicht verwendet werden.',
    );
    intruder.headers = {};
    expect(messageOf(await request(intruder, APPLY, { input: INPUT }))).toBe(
      'mail.example.test is already verified by another account; it cannot be used here.',
    );
  });

  it('reads the audit log in the language of the reader, the automatic DNS check included', async () => {
    // The background check finds a record gone: the domain degrades, recorded with no person as actor.
    const { records } = (await english.ok(`{ ${SETTINGS} }`)).emailSettings.hosted as Hosted;
    await dns.setRecords(publish(records, {}, (r) => r.purpose === 'DKIM'));
    const row = await app.db.getRepository(HostedDomainRow).findOneByOrFail({ domain: INPUT.domain });
    await app.db
      .getRepository(HostedDomainRow)
      .update({ accountId: row.accountId }, { nextCheckAt: new Date(Date.now() - 1000) });
    expect(await app.services.hostedChecks.runDue()).toBe(1);

    const de: Entry[] = (await german.ok(AUDIT)).auditLog;
    const en: Entry[] = (await english.ok(AUDIT)).auditLog;
    expect(de.map((e) => e.action)).toEqual(en.map((e) => e.action));
    const pick = (log: Entry[], action: string) => log.filter((e) => e.action === action);

    expect(pick(de, 'HOSTED_DOMAIN_STATUS_CHANGED')[0]).toEqual({
      actor: 'Automatische DNS-Prüfung',
      action: 'HOSTED_DOMAIN_STATUS_CHANGED',
      summary: 'Gehostete Domain mail.example.test: VERIFIED → DEGRADED',
    });
    expect(pick(en, 'HOSTED_DOMAIN_STATUS_CHANGED')[0]).toEqual({
      actor: 'Automatic DNS check',
      action: 'HOSTED_DOMAIN_STATUS_CHANGED',
      summary: 'Hosted domain mail.example.test: VERIFIED → DEGRADED',
    });
    expect(pick(de, 'HOSTED_DOMAIN_APPLIED')[0]!.summary).toMatch(
      /^Gehostete Domain mail\.example\.test übernommen \(Absender news@mail\.example\.test, DKIM-Selektor am\d{6}\)$/,
    );
    expect(pick(en, 'HOSTED_DOMAIN_APPLIED')[0]!.summary).toMatch(
      /^Hosted domain mail\.example\.test applied \(sender news@mail\.example\.test, DKIM selector am\d{6}\)$/,
    );
    expect(pick(de, 'HOSTED_DKIM_KEY_ADDED')[0]!.summary).toMatch(
      /^Neuer DKIM-Schlüssel am\d{6}b für mail\.example\.test wartet auf seinen DNS-Eintrag$/,
    );
    expect(pick(de, 'HOSTED_DKIM_KEY_RETIRED')[0]!.summary).toMatch(
      /^DKIM-Schlüssel am\d{6}b von mail\.example\.test außer Betrieb genommen \(ausstehend\); löschen Sie seinen Eintrag im DNS$/,
    );
    expect(pick(en, 'HOSTED_DKIM_KEY_RETIRED')[0]!.summary).toMatch(
      /^DKIM key am\d{6}b of mail\.example\.test retired \(pending\); delete its record in DNS$/,
    );
    expect(pick(de, 'HOSTED_DOMAIN_STATUS_CHANGED').map((e) => e.summary)).toContain(
      'Gehostete Domain mail.example.test: PENDING → VERIFIED',
    );
    // A person's entries keep the person as actor in both languages.
    expect(pick(de, 'HOSTED_DOMAIN_APPLIED')[0]!.actor).toBe('admin@example.com');
  });

  it('writes no key material into any answer or log line, in either language', () => {
    const everything = seen.join('\n') + app.logLines.join('\n');
    for (const marker of SECRET_MARKERS) expect(everything).not.toMatch(marker);
  });
});
