import { describe, expect, it } from 'vitest';
import { countSpfLookups, mergeSpf } from './spf.js';

const INCLUDE = '_spf.ametrika.com';

describe('mergeSpf', () => {
  it('proposes a new record when there is none (other TXT values are ignored)', () => {
    expect(mergeSpf(['google-site-verification=abc'], INCLUDE)).toEqual({
      value: 'v=spf1 include:_spf.ametrika.com ~all',
      changed: true,
      lookups: 1,
      problems: [],
    });
  });

  it.each([
    [
      'v=spf1 mx include:_spf.google.com -all',
      'v=spf1 mx include:_spf.google.com include:_spf.ametrika.com -all',
    ],
    ['v=spf1 ip4:192.0.2.0/24 ?all', 'v=spf1 ip4:192.0.2.0/24 include:_spf.ametrika.com ?all'],
    ['v=spf1   a  ~ALL', 'v=spf1 a include:_spf.ametrika.com ~ALL'],
    ['v=spf1 redirect=_spf.example.net', 'v=spf1 include:_spf.ametrika.com redirect=_spf.example.net'],
    ['v=spf1 mx exp=explain.example.com', 'v=spf1 mx include:_spf.ametrika.com exp=explain.example.com'],
    ['v=spf1 mx', 'v=spf1 mx include:_spf.ametrika.com'],
  ])('merges the include into %j before all / modifiers', (existing, merged) => {
    const result = mergeSpf([existing], INCLUDE);
    expect(result.value).toBe(merged);
    expect(result.changed).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it('keeps a record that already includes the platform', () => {
    const result = mergeSpf(['v=spf1 include:_SPF.ametrika.com. -all'], INCLUDE);
    expect(result).toMatchObject({
      value: 'v=spf1 include:_SPF.ametrika.com. -all',
      changed: false,
      problems: [],
    });
  });

  it('reports more than 10 DNS-querying terms after the merge, with the fix', () => {
    const existing = `v=spf1 a mx ptr exists:%{i}.x.example ${Array.from({ length: 6 }, (_, i) => `include:s${i}.example`).join(' ')} -all`;
    expect(countSpfLookups(existing)).toBe(10);
    const result = mergeSpf([existing], INCLUDE);
    expect(result.lookups).toBe(11);
    expect(result.problems.map((p) => p.code)).toEqual(['TOO_MANY_LOOKUPS']);
    expect(result.problems[0]!.message.en).toMatch(/11 DNS lookups.*allow 10.*Remove includes/);
    expect(result.problems[0]!.message.de).toMatch(/11 DNS-Abfragen/);
  });

  it('counts redirect as a lookup', () => {
    expect(countSpfLookups('v=spf1 ip4:192.0.2.1 redirect=x.example')).toBe(1);
  });

  it('reports two SPF records and merges into the first', () => {
    const result = mergeSpf(['v=spf1 mx -all', 'v=spf1 include:mailgun.org ~all'], INCLUDE);
    expect(result.value).toBe('v=spf1 mx include:_spf.ametrika.com -all');
    expect(result.problems.map((p) => p.code)).toEqual(['MULTIPLE_SPF']);
    expect(result.problems[0]!.message.en).toContain('v=spf1 include:mailgun.org ~all');
  });

  it('warns about +all', () => {
    expect(mergeSpf(['v=spf1 +all'], INCLUDE).problems.map((p) => p.code)).toEqual(['PASS_ALL']);
  });
});
