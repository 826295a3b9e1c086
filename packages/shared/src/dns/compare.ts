import type { LocalizedText } from '../common.js';
import { isDkimRecord, normalizeDnsName, normalizeSpf, normalizeTxt, sameDkimKey } from './normalize.js';
import { isDmarcRecord, OWNERSHIP_PREFIX } from './records.js';
import { isSpfRecord, spfIncludes } from './spf.js';
import type { DnsLookupResult, DnsRecordCheck, HostedDnsRecord } from './types.js';

/**
 * What the engine asked DNS for one record. `addresses` is filled only for a CNAME that
 * was not found: providers that flatten CNAMEs (Cloudflare at the apex, "ALIAS" records)
 * answer with the target's A/AAAA instead.
 */
export type RecordObservation = {
  lookup: DnsLookupResult;
  addresses?: { name: DnsLookupResult; target: DnsLookupResult };
};

export type CompareContext = {
  /** The platform's SPF host: an SPF record that includes it verifies even if the admin merged it differently. */
  spfInclude?: string;
};

const text = (en: string, de: string): LocalizedText => ({ en, de });

const unknown = (code: string): DnsRecordCheck => ({
  status: 'UNKNOWN',
  observed: [],
  message: text(
    `DNS did not answer (${code}); we try again later. This does not change the domain's status.`,
    `DNS hat nicht geantwortet (${code}); wir versuchen es später erneut. Der Status der Domain ändert sich dadurch nicht.`,
  ),
});
const missing = (observed: string[] = []): DnsRecordCheck => ({
  status: 'MISSING',
  observed,
  message: text('The record was not found in DNS yet.', 'Der Eintrag wurde im DNS noch nicht gefunden.'),
});
const mismatch = (observed: string[]): DnsRecordCheck => ({
  status: 'MISMATCH',
  observed,
  message: text(
    `Found a different value: ${observed.join(' | ')}`,
    `Anderer Wert gefunden: ${observed.join(' | ')}`,
  ),
});
const duplicate = (observed: string[], en: string, de: string): DnsRecordCheck => ({
  status: 'DUPLICATE',
  observed,
  message: text(en, de),
});
const verified = (observed: string[], message?: LocalizedText): DnsRecordCheck =>
  message ? { status: 'VERIFIED', observed, message } : { status: 'VERIFIED', observed };

const compareTxt = (record: HostedDnsRecord, values: string[], ctx: CompareContext): DnsRecordCheck => {
  switch (record.purpose) {
    case 'DKIM': {
      const keys = values.filter(isDkimRecord);
      if (keys.length === 0) return values.length === 0 ? missing() : mismatch(values);
      const distinct = keys.filter((key, i) => keys.findIndex((other) => sameDkimKey(other, key)) === i);
      if (distinct.length > 1) {
        return duplicate(
          keys,
          'There are several DKIM keys at this name; receivers may pick the wrong one. Keep only the value shown.',
          'Unter diesem Namen stehen mehrere DKIM-Schlüssel; Empfänger nehmen evtl. den falschen. Behalten Sie nur den angezeigten Wert.',
        );
      }
      return sameDkimKey(keys[0]!, record.value) ? verified(keys) : mismatch(keys);
    }
    case 'SPF': {
      const spf = values.filter(isSpfRecord);
      if (spf.length === 0) return missing();
      if (spf.length > 1) {
        return duplicate(
          spf,
          'The domain has more than one SPF record, so SPF fails everywhere. Merge them into the one value shown.',
          'Die Domain hat mehr als einen SPF-Eintrag, daher schlägt SPF überall fehl. Führen Sie sie zum angezeigten Wert zusammen.',
        );
      }
      if (normalizeSpf(spf[0]!) === normalizeSpf(record.value)) return verified(spf);
      if (ctx.spfInclude && spfIncludes(spf[0]!, ctx.spfInclude)) {
        return verified(
          spf,
          text('Your SPF record includes the platform.', 'Ihr SPF-Eintrag enthält die Plattform.'),
        );
      }
      return mismatch(spf);
    }
    case 'DMARC': {
      const dmarc = values.filter(isDmarcRecord);
      if (dmarc.length === 0) return missing();
      if (dmarc.length > 1) {
        return duplicate(
          dmarc,
          'There is more than one DMARC record; receivers ignore them all. Keep only one.',
          'Es gibt mehr als einen DMARC-Eintrag; Empfänger ignorieren dann alle. Behalten Sie nur einen.',
        );
      }
      // Any single valid DMARC policy serves the purpose: the admin's own policy wins over our proposal.
      if (normalizeTxt(dmarc[0]!) === normalizeTxt(record.value)) return verified(dmarc);
      return verified(
        dmarc,
        text('A DMARC policy is published.', 'Eine DMARC-Richtlinie ist veröffentlicht.'),
      );
    }
    default: {
      const wanted = normalizeTxt(record.value);
      if (values.some((value) => value === wanted)) return verified([wanted]);
      // Other TXT values may share the name (another account's pending token): only ours matter.
      const ours = values.filter((value) => value.startsWith(OWNERSHIP_PREFIX));
      return ours.length === 0 ? missing() : mismatch(ours);
    }
  }
};

const sameAddressSet = (a: string[], b: string[]) => {
  const norm = (list: string[]) => [...new Set(list.map((ip) => ip.toLowerCase()))].sort();
  const [x, y] = [norm(a), norm(b)];
  return x.length > 0 && x.length === y.length && x.every((ip, i) => ip === y[i]);
};

const compareCname = (record: HostedDnsRecord, observation: RecordObservation): DnsRecordCheck => {
  const { lookup } = observation;
  if (lookup.kind === 'answers' && lookup.values.length > 0) {
    const targets = lookup.values.map(normalizeDnsName);
    return targets.includes(normalizeDnsName(record.value)) ? verified(targets) : mismatch(targets);
  }
  const name = observation.addresses?.name;
  const target = observation.addresses?.target;
  if (name?.kind === 'error') return unknown(name.code);
  if (name?.kind !== 'answers' || name.values.length === 0) return missing();
  if (target?.kind === 'error') return unknown(target.code);
  if (target?.kind === 'answers' && sameAddressSet(name.values, target.values)) {
    return verified(
      name.values,
      text(
        "Your DNS provider flattens this CNAME; the name answers with the target's addresses, which works.",
        'Ihr DNS-Anbieter löst diesen CNAME auf; der Name liefert die Adressen des Ziels, das funktioniert.',
      ),
    );
  }
  return mismatch(name.values);
};

/** The status of one record from what DNS answered at its name. */
export const compareDnsRecord = (
  record: HostedDnsRecord,
  observation: RecordObservation,
  ctx: CompareContext = {},
): DnsRecordCheck => {
  const { lookup } = observation;
  if (lookup.kind === 'error') return unknown(lookup.code);
  if (record.type === 'CNAME') return compareCname(record, observation);
  if (lookup.kind !== 'answers') return missing();
  return compareTxt(record, lookup.values.map(normalizeTxt), ctx);
};
