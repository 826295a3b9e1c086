import { describe, expect, it } from 'vitest';
import { parseAcceptLanguage } from './accept-language.js';

describe('parseAcceptLanguage', () => {
  it.each([
    [undefined, 'EN'],
    ['', 'EN'],
    ['de', 'DE'],
    ['DE', 'DE'],
    ['en', 'EN'],
    ['de-DE,de;q=0.9,en;q=0.8', 'DE'],
    ['de-AT', 'DE'],
    ['fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7', 'DE'],
    ['en;q=0.5,de;q=0.8', 'DE'],
    ['de;q=0.8,en;q=0.8', 'DE'],
    ['de;q=0,en', 'EN'],
    ['fr', 'EN'],
    ['*', 'EN'],
    ['de;q=abc', 'EN'],
    [['fr', 'de'], 'DE'],
  ] as const)('%s → %s', (header, locale) => {
    expect(parseAcceptLanguage(header as string | string[] | undefined)).toBe(locale);
  });
});
