import type { LocalizedText } from '../common.js';

export type SpfProblem = { code: 'MULTIPLE_SPF' | 'TOO_MANY_LOOKUPS' | 'PASS_ALL'; message: LocalizedText };

export type SpfMerge = {
  /** The one SPF record to publish at the domain. */
  value: string;
  /** False when the existing record already includes the platform: nothing to change. */
  changed: boolean;
  /** Terms that cost a DNS lookup at the receiver, counted at the top level of `value`. */
  lookups: number;
  problems: SpfProblem[];
};

/** RFC 7208 §4.6.4: more than 10 of these make receivers answer permerror. */
const LOOKUP_TERMS = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);
export const SPF_LOOKUP_LIMIT = 10;

export const isSpfRecord = (txt: string): boolean => /^v=spf1(?:\s|$)/i.test(txt.trim());

export const spfTerms = (record: string): string[] => record.trim().split(/\s+/).slice(1);

/** `-all` → `all`, `include:x` → `include`, `redirect=x` → `redirect`, `a/24` → `a`. */
const termName = (term: string): string =>
  term
    .replace(/^[+\-~?]/, '')
    .split(/[:=/]/)[0]!
    .toLowerCase();

const isModifier = (term: string): boolean => /^[a-z][a-z0-9_.-]*=/i.test(term);

export const countSpfLookups = (record: string): number =>
  spfTerms(record).filter((term) => LOOKUP_TERMS.has(termName(term))).length;

export const spfIncludes = (record: string, host: string): boolean =>
  spfTerms(record).some(
    (term) =>
      /^\+?include:/i.test(term) &&
      term
        .replace(/^\+?include:/i, '')
        .replace(/\.$/, '')
        .toLowerCase() === host.toLowerCase(),
  );

/**
 * Puts `include:<host>` into the domain's SPF record instead of adding a second record
 * (two SPF records are a permerror). The include goes before `all` (terms after `all` are
 * never evaluated) or before the modifiers (`redirect=` applies only when no mechanism
 * matched, so our include must come first); the rest of the record is kept as it is.
 */
export const mergeSpf = (existing: readonly string[], includeHost: string): SpfMerge => {
  const records = existing.map((txt) => txt.trim().replace(/\s+/g, ' ')).filter(isSpfRecord);
  const problems: SpfProblem[] = [];
  if (records.length > 1) {
    problems.push({
      code: 'MULTIPLE_SPF',
      message: {
        en: `The domain has ${records.length} SPF records; receivers then reject SPF for all of them. Replace them with the one record below and delete the others: ${records.join(' | ')}`,
        de: `Die Domain hat ${records.length} SPF-Einträge; Empfänger werten SPF dann für alle als Fehler. Ersetzen Sie sie durch den einen Eintrag unten und löschen Sie die anderen: ${records.join(' | ')}`,
      },
    });
  }
  const base = records[0];
  let value: string;
  let changed = true;
  if (base === undefined) {
    value = `v=spf1 include:${includeHost} ~all`;
  } else if (spfIncludes(base, includeHost)) {
    value = base;
    changed = false;
  } else {
    const terms = spfTerms(base);
    const allAt = terms.findIndex((term) => termName(term) === 'all');
    const modifierAt = terms.findIndex(isModifier);
    const at = allAt >= 0 ? allAt : modifierAt >= 0 ? modifierAt : terms.length;
    terms.splice(at, 0, `include:${includeHost}`);
    value = ['v=spf1', ...terms].join(' ');
  }
  if (spfTerms(value).some((term) => term.toLowerCase() === '+all' || term.toLowerCase() === 'all')) {
    problems.push({
      code: 'PASS_ALL',
      message: {
        en: 'Your SPF record ends in "+all", which lets anyone send as your domain. Change it to "~all".',
        de: 'Ihr SPF-Eintrag endet auf "+all" und erlaubt damit jedem, als Ihre Domain zu senden. Ändern Sie es in "~all".',
      },
    });
  }
  const lookups = countSpfLookups(value);
  if (lookups > SPF_LOOKUP_LIMIT) {
    problems.push({
      code: 'TOO_MANY_LOOKUPS',
      message: {
        en: `After adding our include the SPF record needs ${lookups} DNS lookups; receivers allow ${SPF_LOOKUP_LIMIT} (includes inside included records count too). Remove includes of services you no longer use, or replace a, mx and ptr by ip4:/ip6: ranges.`,
        de: `Mit unserem include braucht der SPF-Eintrag ${lookups} DNS-Abfragen; Empfänger erlauben ${SPF_LOOKUP_LIMIT} (auch includes in eingebundenen Einträgen zählen). Entfernen Sie includes nicht mehr genutzter Dienste oder ersetzen Sie a, mx und ptr durch ip4:/ip6:-Bereiche.`,
      },
    });
  }
  return { value, changed, lookups, problems };
};
