/**
 * The hosted-domain module's sentences in English and German side by side: its refusals, why HOSTED
 * cannot be enabled yet, and its audit summaries. Record statuses and purposes stay as their codes in
 * English (the API's vocabulary) and read as the SPA's labels in German.
 */
import type { DnsRecordPurpose, DnsRecordStatus, DomainStatus } from '@ametrika/shared';
import type { Localized } from '../../i18n/localized.js';
import type { DkimKeyState, StoredRecord } from './hosted-domain.entity.js';

/** A required record that is not verified yet, named so the admin knows what to add. */
export type MissingRecord = Pick<StoredRecord, 'purpose' | 'type' | 'name' | 'status'>;

const PURPOSE_DE: Record<DnsRecordPurpose, string> = {
  OWNERSHIP: 'Inhaberschaft',
  DKIM: 'DKIM-Signatur',
  RETURN_PATH: 'Return-Path',
  SPF: 'SPF',
  DMARC: 'DMARC',
};

const RECORD_STATUS: Record<DnsRecordStatus | 'NOT_CHECKED', Localized> = {
  VERIFIED: { en: 'VERIFIED', de: 'verifiziert' },
  MISSING: { en: 'MISSING', de: 'fehlt' },
  MISMATCH: { en: 'MISMATCH', de: 'falscher Wert' },
  DUPLICATE: { en: 'DUPLICATE', de: 'doppelt' },
  UNKNOWN: { en: 'UNKNOWN', de: 'keine DNS-Antwort' },
  NOT_CHECKED: { en: 'not checked', de: 'nicht geprüft' },
};

const NOT_READY: Record<DomainStatus, Localized> = {
  PENDING: { en: 'is not verified yet', de: 'ist noch nicht verifiziert' },
  VERIFIED: { en: 'is not verified yet', de: 'ist noch nicht verifiziert' },
  FAILED: {
    en: 'was not verified within 72 hours; publish the records and click Verify',
    de: 'wurde nicht innerhalb von 72 Stunden verifiziert; veröffentlichen Sie die Einträge und klicken Sie auf „Jetzt prüfen“',
  },
  DEGRADED: { en: 'lost a verified record', de: 'hat einen verifizierten Eintrag verloren' },
};

const KEY_STATE: Record<DkimKeyState, Localized> = {
  ACTIVE: { en: 'active', de: 'signierend' },
  PENDING: { en: 'pending', de: 'ausstehend' },
  RETIRING: { en: 'retiring', de: 'alt' },
};

/** A selector as the admin typed it, short enough to repeat in a message. */
const clip = (selector: string) => (selector.length > 64 ? `${selector.slice(0, 64)}…` : selector);

export const hostedText = {
  // Refusals
  ownedElsewhere: (domain: string): Localized => ({
    en: `${domain} is already verified by another account; it cannot be used here.`,
    de: `${domain} ist bereits von einem anderen Konto verifiziert und kann hier nicht verwendet werden.`,
  }),
  applyFirst: {
    en: 'Apply a hosted domain first.',
    de: 'Richten Sie zuerst eine gehostete Domain ein: Geben Sie sie ein und klicken Sie auf „Übernehmen“.',
  } satisfies Localized,
  rotationPending: (selector: string): Localized => ({
    en: `Selector ${selector} is already waiting for its DNS record; publish it, or retire it to start over.`,
    de: `Der Selektor ${selector} wartet bereits auf seinen DNS-Eintrag; veröffentlichen Sie ihn oder nehmen Sie ihn außer Betrieb, um neu zu beginnen.`,
  }),
  // The SPA lists the domain's keys with their retire buttons; an unknown one is stale or mistyped.
  unknownSelector: (selector: string): Localized => ({
    en: `There is no DKIM key with selector "${clip(selector)}"; it may have been retired already, or the domain was replaced. Reload the page and pick a key from the DKIM records listed there.`,
    de: `Es gibt keinen DKIM-Schlüssel mit dem Selektor „${clip(selector)}“; er wurde vielleicht schon außer Betrieb genommen oder die Domain wurde ersetzt. Laden Sie die Seite neu und wählen Sie einen Schlüssel aus den dort aufgeführten DKIM-Einträgen.`,
  }),
  retireActive: (selector: string): Localized => ({
    en: `Selector ${selector} signs mail now; rotate first and retire it once the new key took over.`,
    de: `Mit dem Selektor ${selector} werden gerade E-Mails signiert; wechseln Sie zuerst den Schlüssel und nehmen Sie diesen außer Betrieb, sobald der neue übernommen hat.`,
  }),

  // Why HOSTED cannot be enabled yet
  noDomain: {
    en: 'Apply a domain under hosted email and publish its DNS records first.',
    de: 'Geben Sie zuerst unter „Gehosteter E-Mail-Versand“ eine Domain ein, klicken Sie auf „Übernehmen“ und veröffentlichen Sie ihre DNS-Einträge.',
  } satisfies Localized,
  notReady: (domain: string, status: DomainStatus, missing: readonly MissingRecord[]): Localized => ({
    en: `Hosted domain ${domain} ${NOT_READY[status].en}. Missing: ${
      missing.map((r) => `${r.purpose} (${r.type} ${r.name}: ${statusOf(r).en})`).join('; ') ||
      'a fresh check'
    }.`,
    de: `Die gehostete Domain ${domain} ${NOT_READY[status].de}. Es fehlt: ${
      missing.map((r) => `${PURPOSE_DE[r.purpose]} (${r.type} ${r.name}: ${statusOf(r).de})`).join('; ') ||
      'eine neue Prüfung'
    }.`,
  }),

  // Audit summaries
  applied: (domain: string, fromEmail: string, selector: string): Localized => ({
    en: `Hosted domain ${domain} applied (sender ${fromEmail}, DKIM selector ${selector})`,
    de: `Gehostete Domain ${domain} übernommen (Absender ${fromEmail}, DKIM-Selektor ${selector})`,
  }),
  appliedAgain: (domain: string, fromEmail: string): Localized => ({
    en: `Hosted domain ${domain} applied again (sender ${fromEmail}); key and token kept`,
    de: `Gehostete Domain ${domain} erneut übernommen (Absender ${fromEmail}); Schlüssel und Token bleiben erhalten`,
  }),
  keyAdded: (domain: string, selector: string): Localized => ({
    en: `New DKIM key ${selector} for ${domain} waits for its DNS record`,
    de: `Neuer DKIM-Schlüssel ${selector} für ${domain} wartet auf seinen DNS-Eintrag`,
  }),
  keyRetired: (domain: string, selector: string, state: DkimKeyState): Localized => ({
    en: `DKIM key ${selector} of ${domain} retired (${KEY_STATE[state].en}); delete its record in DNS`,
    de: `DKIM-Schlüssel ${selector} von ${domain} außer Betrieb genommen (${KEY_STATE[state].de}); löschen Sie seinen Eintrag im DNS`,
  }),
  keySwitched: (domain: string, from: string | undefined, to: string): Localized => ({
    en: `DKIM signing of ${domain} switched from selector ${from} to ${to}`,
    de: `DKIM-Signatur von ${domain} vom Selektor ${from} auf ${to} umgestellt`,
  }),
  statusChanged: (domain: string, from: DomainStatus, to: DomainStatus): Localized => ({
    en: `Hosted domain ${domain}: ${from} → ${to}`,
    de: `Gehostete Domain ${domain}: ${from} → ${to}`,
  }),
  senderReverted: (oldDomain: string, fallback: string): Localized => ({
    en: `Sender changed from HOSTED to ${fallback}: the hosted domain ${oldDomain} was replaced`,
    de: `Absender von HOSTED auf ${fallback} umgestellt: Die gehostete Domain ${oldDomain} wurde ersetzt`,
  }),
};

const statusOf = (record: MissingRecord) => RECORD_STATUS[record.status ?? 'NOT_CHECKED'];
