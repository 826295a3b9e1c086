import { describe, expect, it } from 'vitest';
import { generateHostedRecords, type HostedRecordsInput } from './records.js';
import { dkimSelectorFor } from './selector.js';

const input: HostedRecordsInput = {
  domain: 'mail.example.com',
  registrableDomain: 'example.com',
  verificationToken: 'tok123',
  dkimSelector: 'am202611',
  dkimPublicKeyBase64: 'MIIBIjAN\nBgkq',
  platform: {
    spfInclude: '_spf.ametrika.com',
    bounceHost: 'bounce.ametrika.com.',
    dmarcRua: 'dmarc@ametrika.com',
  },
  existingSpf: [],
  existingDmarc: [],
};

describe('generateHostedRecords', () => {
  it('follows the table of DESIGN.md with names relative to the zone', () => {
    const records = generateHostedRecords(input);
    expect(records.map(({ note: _n, ...r }) => r)).toEqual([
      {
        purpose: 'OWNERSHIP',
        type: 'TXT',
        name: '_ametrika.mail.example.com',
        host: '_ametrika.mail',
        value: 'ametrika-verification=tok123',
        ttl: 'Auto',
        required: true,
      },
      {
        purpose: 'DKIM',
        type: 'TXT',
        name: 'am202611._domainkey.mail.example.com',
        host: 'am202611._domainkey.mail',
        value: 'v=DKIM1; k=rsa; p=MIIBIjANBgkq',
        ttl: 'Auto',
        required: true,
      },
      {
        purpose: 'RETURN_PATH',
        type: 'CNAME',
        name: 'bounce.mail.example.com',
        host: 'bounce.mail',
        value: 'bounce.ametrika.com',
        ttl: 'Auto',
        required: true,
      },
      {
        purpose: 'SPF',
        type: 'TXT',
        name: 'mail.example.com',
        host: 'mail',
        value: 'v=spf1 include:_spf.ametrika.com ~all',
        ttl: 'Auto',
        required: true,
      },
      {
        purpose: 'DMARC',
        type: 'TXT',
        name: '_dmarc.mail.example.com',
        host: '_dmarc.mail',
        value: 'v=DMARC1; p=none; rua=mailto:dmarc@ametrika.com',
        ttl: 'Auto',
        required: false,
      },
    ]);
  });

  it('uses @ for the apex and merges an existing SPF record', () => {
    const records = generateHostedRecords({
      ...input,
      domain: 'example.com',
      existingSpf: ['v=spf1 mx -all', 'other'],
    });
    const spf = records.find((r) => r.purpose === 'SPF')!;
    expect(spf).toMatchObject({ host: '@', value: 'v=spf1 mx include:_spf.ametrika.com -all' });
    expect(spf.note?.en).toMatch(/Edit your existing SPF record/);
  });

  it('reports two SPF records on the SPF record', () => {
    const records = generateHostedRecords({ ...input, existingSpf: ['v=spf1 mx -all', 'v=spf1 a -all'] });
    expect(records.find((r) => r.purpose === 'SPF')!.note?.en).toMatch(/has 2 SPF records/);
  });

  it('shows an existing DMARC record as present instead of proposing one', () => {
    const records = generateHostedRecords({ ...input, existingDmarc: ['v=DMARC1; p=reject'] });
    expect(records.find((r) => r.purpose === 'DMARC')).toMatchObject({
      value: 'v=DMARC1; p=reject',
      required: false,
      present: true,
    });
  });
});

describe('dkimSelectorFor', () => {
  it('is dated and gets a suffix on rotation', () => {
    const date = new Date('2026-11-05T10:00:00Z');
    expect(dkimSelectorFor(date)).toBe('am202611');
    expect(dkimSelectorFor(date, ['am202611'])).toBe('am202611b');
    expect(dkimSelectorFor(date, ['am202611', 'am202611b'])).toBe('am202611c');
  });
});
