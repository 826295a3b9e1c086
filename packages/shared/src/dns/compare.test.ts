import { describe, expect, it } from 'vitest';
import { compareDnsRecord } from './compare.js';
import { nextDomainStatus } from './domain-status.js';
import { normalizeTxt, parseTagList } from './normalize.js';
import type { DnsLookupResult, HostedDnsRecord } from './types.js';

const rec = (
  purpose: HostedDnsRecord['purpose'],
  value: string,
  type: 'TXT' | 'CNAME' = 'TXT',
): HostedDnsRecord => ({
  purpose,
  type,
  name: 'x.example.com',
  host: 'x',
  value,
  ttl: 'Auto',
  required: purpose !== 'DMARC',
});
const answers = (...values: string[]): DnsLookupResult => ({ kind: 'answers', values });
const status = (record: HostedDnsRecord, lookup: DnsLookupResult, ctx = {}) =>
  compareDnsRecord(record, { lookup }, ctx);

describe('normalisation', () => {
  it('joins split strings, strips quotes and collapses whitespace', () => {
    expect(normalizeTxt('"v=DKIM1; k=rsa; " "p=AB\\"C"')).toBe('v=DKIM1; k=rsa; p=AB"C');
    expect(normalizeTxt(['v=spf1  ', 'mx\n -all'])).toBe('v=spf1 mx -all');
    expect(normalizeTxt('  plain value ')).toBe('plain value');
  });

  it('parses DKIM tag lists ignoring whitespace inside p=', () => {
    expect(Object.fromEntries(parseTagList('k=rsa;  v=DKIM1 ; p=AB CD\nEF;'))).toEqual({
      k: 'rsa',
      v: 'DKIM1',
      p: 'ABCDEF',
    });
  });
});

describe('compareDnsRecord', () => {
  const dkim = rec('DKIM', 'v=DKIM1; k=rsa; p=KEYAAA');

  it('verifies DKIM regardless of tag order, spacing and quoting', () => {
    expect(status(dkim, answers('"p=KEY" "AAA; k=rsa; v=DKIM1"')).status).toBe('VERIFIED');
    expect(status(dkim, answers('v=DKIM1;p=KEY AAA')).status).toBe('VERIFIED');
  });

  it('reports a wrong DKIM key with what was found', () => {
    const check = status(dkim, answers('v=DKIM1; k=rsa; p=OTHER'));
    expect(check).toMatchObject({ status: 'MISMATCH', observed: ['v=DKIM1; k=rsa; p=OTHER'] });
    expect(check.message?.en).toContain('p=OTHER');
  });

  it('reports two different DKIM keys at the selector as DUPLICATE, the same key twice is fine', () => {
    expect(status(dkim, answers('v=DKIM1; p=KEYAAA', 'v=DKIM1; p=OLD')).status).toBe('DUPLICATE');
    expect(status(dkim, answers('v=DKIM1; p=KEYAAA', 'p=KEYAAA; v=DKIM1')).status).toBe('VERIFIED');
  });

  it('treats nodata and NXDOMAIN as MISSING and errors as UNKNOWN', () => {
    expect(status(dkim, { kind: 'nodata' }).status).toBe('MISSING');
    expect(status(dkim, { kind: 'nxdomain' }).status).toBe('MISSING');
    expect(status(dkim, { kind: 'error', code: 'TIMEOUT' }).status).toBe('UNKNOWN');
  });

  it('checks SPF: one record, merged or differently ordered but including the platform', () => {
    const spf = rec('SPF', 'v=spf1 mx include:_spf.ametrika.com -all');
    expect(status(spf, answers('V=SPF1  MX include:_spf.ametrika.com -ALL', 'other')).status).toBe(
      'VERIFIED',
    );
    expect(
      status(spf, answers('v=spf1 include:_spf.ametrika.com mx -all'), { spfInclude: '_spf.ametrika.com' })
        .status,
    ).toBe('VERIFIED');
    expect(status(spf, answers('v=spf1 mx -all')).status).toBe('MISMATCH');
    expect(status(spf, answers('v=spf1 mx -all', 'v=spf1 include:_spf.ametrika.com ~all')).status).toBe(
      'DUPLICATE',
    );
    expect(status(spf, answers('google-site-verification=x')).status).toBe('MISSING');
  });

  it('checks the ownership token among other TXT values', () => {
    const own = rec('OWNERSHIP', 'ametrika-verification=abc');
    expect(status(own, answers('ametrika-verification=other', 'ametrika-verification=abc')).status).toBe(
      'VERIFIED',
    );
    expect(status(own, answers('ametrika-verification=other')).status).toBe('MISMATCH');
    expect(status(own, answers('unrelated')).status).toBe('MISSING');
  });

  it('accepts any single DMARC policy', () => {
    const dmarc = rec('DMARC', 'v=DMARC1; p=none; rua=mailto:d@ametrika.com');
    expect(status(dmarc, answers('v=DMARC1; p=reject')).status).toBe('VERIFIED');
    expect(status(dmarc, answers('v=DMARC1; p=reject', 'v=DMARC1; p=none')).status).toBe('DUPLICATE');
  });

  it('checks the return-path CNAME, also when the provider flattens it', () => {
    const cname = rec('RETURN_PATH', 'bounce.ametrika.com', 'CNAME');
    expect(status(cname, answers('Bounce.Ametrika.com.')).status).toBe('VERIFIED');
    expect(status(cname, answers('elsewhere.example')).status).toBe('MISMATCH');
    const flattened = compareDnsRecord(cname, {
      lookup: { kind: 'nodata' },
      addresses: { name: answers('192.0.2.7'), target: answers('192.0.2.7') },
    });
    expect(flattened.status).toBe('VERIFIED');
    expect(flattened.message?.en).toMatch(/flattens/);
    const wrong = compareDnsRecord(cname, {
      lookup: { kind: 'nodata' },
      addresses: { name: answers('192.0.2.8'), target: answers('192.0.2.7') },
    });
    expect(wrong).toMatchObject({ status: 'MISMATCH', observed: ['192.0.2.8'] });
    const none = compareDnsRecord(cname, {
      lookup: { kind: 'nxdomain' },
      addresses: { name: { kind: 'nxdomain' }, target: answers('192.0.2.7') },
    });
    expect(none.status).toBe('MISSING');
  });
});

describe('nextDomainStatus', () => {
  const since = new Date('2026-01-01T00:00:00Z');
  const hours = (h: number) => new Date(since.getTime() + h * 3_600_000);
  const records = (...statuses: Array<HostedDnsRecord['purpose'] | string>) =>
    statuses.map((status) => ({ required: true, status: status as 'VERIFIED' }));

  it('follows PENDING → VERIFIED → DEGRADED → VERIFIED, and FAILED after 72 h', () => {
    expect(
      nextDomainStatus({
        previous: 'PENDING',
        records: records('VERIFIED', 'MISSING'),
        pendingSince: since,
        now: hours(1),
      }),
    ).toBe('PENDING');
    expect(
      nextDomainStatus({
        previous: 'PENDING',
        records: records('VERIFIED', 'MISSING'),
        pendingSince: since,
        now: hours(72),
      }),
    ).toBe('FAILED');
    expect(
      nextDomainStatus({
        previous: 'PENDING',
        records: records('VERIFIED', 'VERIFIED'),
        pendingSince: since,
        now: hours(80),
      }),
    ).toBe('VERIFIED');
    expect(
      nextDomainStatus({
        previous: 'VERIFIED',
        records: records('VERIFIED', 'MISSING'),
        pendingSince: since,
        now: hours(1),
      }),
    ).toBe('DEGRADED');
    expect(
      nextDomainStatus({
        previous: 'DEGRADED',
        records: records('VERIFIED', 'VERIFIED'),
        pendingSince: since,
        now: hours(1),
      }),
    ).toBe('VERIFIED');
    expect(
      nextDomainStatus({
        previous: 'FAILED',
        records: records('MISSING'),
        pendingSince: hours(100),
        now: hours(101),
      }),
    ).toBe('PENDING');
  });

  it('never un-verifies on UNKNOWN and never fails a domain on DNS errors alone', () => {
    expect(
      nextDomainStatus({
        previous: 'VERIFIED',
        records: records('UNKNOWN', 'UNKNOWN'),
        pendingSince: since,
        now: hours(500),
      }),
    ).toBe('VERIFIED');
    expect(
      nextDomainStatus({
        previous: 'PENDING',
        records: records('VERIFIED', 'UNKNOWN'),
        pendingSince: since,
        now: hours(100),
      }),
    ).toBe('PENDING');
  });

  it('ignores optional records', () => {
    expect(
      nextDomainStatus({
        previous: 'PENDING',
        records: [{ required: false, status: 'MISSING' }, ...records('VERIFIED')],
        pendingSince: since,
        now: hours(1),
      }),
    ).toBe('VERIFIED');
  });
});
