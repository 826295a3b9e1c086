import {
  dkimRecordName,
  generateHostedRecords,
  type LocalizedText,
  type PlatformMailDns,
  relativeHost,
} from '@ametrika/shared';
import type { ExistingMailRecords } from './engine/index.js';
import type { StoredDkimKey, StoredRecord } from './hosted-domain.entity.js';

const ROTATION_NOTE: LocalizedText = {
  en: 'New DKIM key: publish this record next to the current one. Mail is signed with it once it verifies.',
  de: 'Neuer DKIM-Schlüssel: Veröffentlichen Sie diesen Eintrag zusätzlich zum aktuellen. Mails werden damit signiert, sobald er bestätigt ist.',
};
const RETIRING_NOTE: LocalizedText = {
  en: 'Previous DKIM key: keep it a few days so mail already under way still verifies, then retire it here and delete it in DNS.',
  de: 'Bisheriger DKIM-Schlüssel: Einige Tage behalten, damit unterwegs befindliche Mails gültig bleiben; dann hier zurückziehen und im DNS löschen.',
};

/** The DKIM record of one key; only the ACTIVE key's record is required for sending. */
export const dkimRecordFor = (key: StoredDkimKey, domain: string, zone: string): StoredRecord => {
  const name = dkimRecordName(key.selector, domain);
  const record: StoredRecord = {
    purpose: 'DKIM',
    type: 'TXT',
    name,
    host: relativeHost(name, zone),
    value: `v=DKIM1; k=rsa; p=${key.publicKeyBase64}`,
    ttl: 'Auto',
    required: key.state === 'ACTIVE',
    selector: key.selector,
  };
  if (key.state === 'PENDING') record.note = ROTATION_NOTE;
  if (key.state === 'RETIRING') record.note = RETIRING_NOTE;
  return record;
};

/** DKIM records follow the keys' states (after a rotation switched or a key was retired); others stay. */
export const withDkimRecords = (
  records: readonly StoredRecord[],
  keys: readonly StoredDkimKey[],
  domain: string,
  zone: string,
): StoredRecord[] => {
  const firstDkim = records.findIndex((r) => r.purpose === 'DKIM');
  const previous = new Map(records.filter((r) => r.selector).map((r) => [r.selector, r]));
  const dkim = keys.map((key) => {
    const fresh = dkimRecordFor(key, domain, zone);
    const before = previous.get(key.selector);
    // Keep the last check's result: only the role of the record changed.
    return before ? { ...before, required: fresh.required, note: fresh.note } : fresh;
  });
  const rest = records.filter((r) => r.purpose !== 'DKIM');
  const at = firstDkim < 0 ? Math.min(1, rest.length) : firstDkim;
  return [...rest.slice(0, at), ...dkim, ...rest.slice(at)];
};

/** The records of DESIGN.md for a domain, with SPF merged and DMARC proposed from what DNS has now. */
export const buildHostedRecords = (input: {
  domain: string;
  zone: string;
  verificationToken: string;
  keys: readonly StoredDkimKey[];
  platform: PlatformMailDns;
  existing: ExistingMailRecords;
}): StoredRecord[] => {
  const active = input.keys.find((k) => k.state === 'ACTIVE');
  if (!active) throw new Error('a hosted domain needs an active DKIM key');
  const generated: StoredRecord[] = generateHostedRecords({
    domain: input.domain,
    registrableDomain: input.zone,
    verificationToken: input.verificationToken,
    dkimSelector: active.selector,
    dkimPublicKeyBase64: active.publicKeyBase64,
    platform: input.platform,
    existingSpf: input.existing.existingSpf,
    existingDmarc: input.existing.existingDmarc,
  }).map((r) => (r.purpose === 'DKIM' ? { ...r, selector: active.selector } : r));
  const failed = input.existing.errors.map((e) => `${e.name} (${e.code})`).join(', ');
  if (failed) {
    // Without the current SPF the merge may drop the domain's other senders: say so on the record.
    const warning: LocalizedText = {
      en: `DNS did not answer for ${failed}; if the domain already has an SPF or DMARC record, merge ours into it instead of adding a second one, and click APPLY again later.`,
      de: `DNS hat für ${failed} nicht geantwortet; hat die Domain schon einen SPF- oder DMARC-Eintrag, führen Sie unseren damit zusammen statt einen zweiten anzulegen, und klicken Sie später erneut auf APPLY.`,
    };
    for (const r of generated) {
      if (r.purpose !== 'SPF' && r.purpose !== 'DMARC') continue;
      r.note = r.note ? { en: `${r.note.en} ${warning.en}`, de: `${r.note.de} ${warning.de}` } : warning;
    }
  }
  return withDkimRecords(generated, input.keys, input.domain, input.zone);
};
