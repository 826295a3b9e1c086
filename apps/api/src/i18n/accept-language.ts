import type { Locale } from '@ametrika/shared';

const SUPPORTED: Record<string, Locale> = { en: 'EN', de: 'DE' };

/**
 * The UI language a request asks for, from `Accept-Language` (RFC 9110 §12.5.4): the supported
 * language with the highest weight wins, ties in the order given; `de-DE,de;q=0.9,en;q=0.8` is DE.
 * Anything unsupported, `*`, or no header at all means English, the API's original language.
 */
export function parseAcceptLanguage(header: string | string[] | undefined): Locale {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return 'EN';
  let best: { locale: Locale; weight: number } | undefined;
  for (const part of value.split(',')) {
    const [tag, ...params] = part.trim().split(';');
    const locale = SUPPORTED[tag.trim().split('-')[0].toLowerCase()];
    if (!locale) continue;
    const weight = weightOf(params);
    if (weight > 0 && (!best || weight > best.weight)) best = { locale, weight };
  }
  return best?.locale ?? 'EN';
}

const weightOf = (params: string[]): number => {
  const q = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('q='));
  if (!q) return 1;
  const weight = Number(q.slice(2));
  return Number.isFinite(weight) ? Math.min(Math.max(weight, 0), 1) : 0;
};
