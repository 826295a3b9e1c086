import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateHostedRecords } from './records.js';
import { splitTxtValue, toZoneFile } from './zone-file.js';

// A 2048-bit SubjectPublicKeyInfo is 392 base64 characters: the DKIM value needs two strings.
const KEY = `MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${'x'.repeat(348)}`;
const records = (domain: string, existingDmarc: string[] = []) =>
  generateHostedRecords({
    domain,
    registrableDomain: 'example.com',
    verificationToken: 'tok',
    dkimSelector: 'am202611',
    dkimPublicKeyBase64: KEY,
    platform: {
      spfInclude: '_spf.ametrika.com',
      bounceHost: 'bounce.ametrika.com',
      dmarcRua: 'dmarc@ametrika.com',
    },
    existingSpf: ['v=spf1 mx -all'],
    existingDmarc,
  });

/** Test-only: a full zone needs SOA and NS, which the copied fragment leaves to the admin's zone. */
const wrapAsZone = (fragment: string) => {
  const [origin, ttl, ...rest] = fragment.trimEnd().split('\n');
  return [
    origin,
    ttl,
    '@ IN SOA ns1.example.net. hostmaster.example.com. 1 3600 600 604800 300',
    '@ IN NS ns1.example.net.',
    ...rest,
    '',
  ].join('\n');
};

const NAMED_CHECKZONE = '/usr/bin/named-checkzone';

describe('toZoneFile', () => {
  it('writes relative names, splits long TXT into 255-byte strings and leaves present records out', () => {
    const zone = toZoneFile(records('mail.example.com', ['v=DMARC1; p=reject']), 'example.com');
    expect(zone).toMatch(/^\$ORIGIN example\.com\.\n\$TTL 3600\n/);
    expect(zone).toContain('_ametrika.mail\tIN\tTXT\t"ametrika-verification=tok"');
    expect(zone).toContain('bounce.mail\tIN\tCNAME\tbounce.ametrika.com.');
    expect(zone).toContain('mail\tIN\tTXT\t"v=spf1 mx include:_spf.ametrika.com -all"');
    expect(zone).toMatch(/am202611\._domainkey\.mail\tIN\tTXT\t\( "v=DKIM1; k=rsa; p=[^"]+"\n\t\t"x+" \)/);
    expect(zone).not.toContain('DMARC1');
  });

  it('splits by bytes, not characters, and escapes quotes', () => {
    const parts = splitTxtValue(`${'a'.repeat(254)}ü${'b'.repeat(10)}`);
    expect(parts.map((p) => new TextEncoder().encode(p).length)).toEqual([254, 12]);
    expect(toZoneFile([{ ...records('example.com')[0]!, value: 'say "hi" \\o/' }], 'example.com')).toContain(
      '_ametrika\tIN\tTXT\t"say \\"hi\\" \\\\o/"',
    );
  });

  it('is accepted by named-checkzone, at the apex and for a subdomain', () => {
    expect(existsSync(NAMED_CHECKZONE), 'named-checkzone is needed: apt-get install -y bind9-utils').toBe(
      true,
    );
    const dir = mkdtempSync(join(tmpdir(), 'zone-'));
    try {
      for (const domain of ['example.com', 'mail.example.com']) {
        const file = join(dir, `${domain}.zone`);
        writeFileSync(file, wrapAsZone(toZoneFile(records(domain), 'example.com')));
        const out = execFileSync(NAMED_CHECKZONE, ['-i', 'local', 'example.com', file], {
          encoding: 'utf8',
        });
        expect(out).toMatch(/OK/);
        // Round trip: the DKIM value must come back whole from BIND's parser.
        const dump = execFileSync(NAMED_CHECKZONE, ['-q', '-D', '-o', '-', 'example.com', file], {
          encoding: 'utf8',
        });
        expect(dump.replace(/"\s+"/g, '')).toContain(`p=${KEY}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
