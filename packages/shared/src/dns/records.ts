import type { LocalizedText } from '../common.js';
import { relativeHost } from './domain.js';
import { mergeSpf } from './spf.js';
import type { DnsRecordPurpose, HostedDnsRecord, HostedRecordType } from './types.js';

export type PlatformMailDns = {
  /** Host whose SPF lists the relay's addresses: `include:<spfInclude>`. */
  spfInclude: string;
  /** Where `bounce.<domain>` points; the platform publishes SPF and MX there. */
  bounceHost: string;
  /** Mailbox for DMARC aggregate reports. */
  dmarcRua: string;
};

export type HostedRecordsInput = {
  domain: string;
  registrableDomain: string;
  verificationToken: string;
  dkimSelector: string;
  dkimPublicKeyBase64: string;
  platform: PlatformMailDns;
  /** TXT values found at `<domain>` now (all of them; non-SPF ones are ignored). */
  existingSpf: readonly string[];
  /** TXT values found at `_dmarc.<domain>` now. */
  existingDmarc: readonly string[];
};

export const OWNERSHIP_PREFIX = 'ametrika-verification=';

export const ownershipRecordName = (domain: string) => `_ametrika.${domain}`;
export const dkimRecordName = (selector: string, domain: string) => `${selector}._domainkey.${domain}`;
export const returnPathName = (domain: string) => `bounce.${domain}`;
export const dmarcRecordName = (domain: string) => `_dmarc.${domain}`;

export const isDmarcRecord = (txt: string) => /^v=DMARC1\s*(?:;|$)/i.test(txt.trim());

const joinNotes = (notes: LocalizedText[]): LocalizedText | undefined =>
  notes.length === 0
    ? undefined
    : { en: notes.map((n) => n.en).join(' '), de: notes.map((n) => n.de).join(' ') };

/** The records of DESIGN.md for one hosted domain, in the order an admin should add them. */
export const generateHostedRecords = (input: HostedRecordsInput): HostedDnsRecord[] => {
  const domain = input.domain.toLowerCase().replace(/\.$/, '');
  const zone = input.registrableDomain.toLowerCase().replace(/\.$/, '');
  const record = (
    purpose: DnsRecordPurpose,
    type: HostedRecordType,
    name: string,
    value: string,
    required: boolean,
    extra: Partial<HostedDnsRecord> = {},
  ): HostedDnsRecord => {
    const out: HostedDnsRecord = {
      purpose,
      type,
      name,
      host: relativeHost(name, zone),
      value,
      ttl: 'Auto',
      required,
    };
    return { ...out, ...extra };
  };

  const spf = mergeSpf(input.existingSpf, input.platform.spfInclude);
  const spfNotes: LocalizedText[] = [];
  if (input.existingSpf.some((txt) => /^v=spf1(?:\s|$)/i.test(txt.trim()))) {
    spfNotes.push(
      spf.changed
        ? {
            en: 'Edit your existing SPF record to this value; do not add a second SPF record.',
            de: 'Ändern Sie Ihren vorhandenen SPF-Eintrag auf diesen Wert; legen Sie keinen zweiten SPF-Eintrag an.',
          }
        : {
            en: 'Your SPF record already includes the platform.',
            de: 'Ihr SPF-Eintrag enthält die Plattform bereits.',
          },
    );
  }
  spfNotes.push(...spf.problems.map((p) => p.message));

  const dmarcFound = input.existingDmarc.map((txt) => txt.trim()).filter(isDmarcRecord);
  const dmarc =
    dmarcFound.length === 0
      ? record(
          'DMARC',
          'TXT',
          dmarcRecordName(domain),
          `v=DMARC1; p=none; rua=mailto:${input.platform.dmarcRua}`,
          false,
        )
      : record('DMARC', 'TXT', dmarcRecordName(domain), dmarcFound[0]!, false, {
          present: true,
          note:
            dmarcFound.length === 1
              ? {
                  en: 'A DMARC record already exists; keep it.',
                  de: 'Ein DMARC-Eintrag existiert bereits; behalten Sie ihn.',
                }
              : {
                  en: `There are ${dmarcFound.length} DMARC records; receivers ignore all of them. Keep only one.`,
                  de: `Es gibt ${dmarcFound.length} DMARC-Einträge; Empfänger ignorieren dann alle. Behalten Sie nur einen.`,
                },
        });

  return [
    record(
      'OWNERSHIP',
      'TXT',
      ownershipRecordName(domain),
      `${OWNERSHIP_PREFIX}${input.verificationToken}`,
      true,
    ),
    record(
      'DKIM',
      'TXT',
      dkimRecordName(input.dkimSelector, domain),
      `v=DKIM1; k=rsa; p=${input.dkimPublicKeyBase64.replace(/\s+/g, '')}`,
      true,
    ),
    record(
      'RETURN_PATH',
      'CNAME',
      returnPathName(domain),
      input.platform.bounceHost.toLowerCase().replace(/\.$/, ''),
      true,
      {
        note: {
          en: 'Bounces come back here. At Cloudflare set this record to "DNS only" (grey cloud).',
          de: 'Hierher kommen Unzustellbarkeitsmeldungen. Bei Cloudflare auf "Nur DNS" (graue Wolke) stellen.',
        },
      },
    ),
    record('SPF', 'TXT', domain, spf.value, true, spfNotes.length > 0 ? { note: joinNotes(spfNotes) } : {}),
    dmarc,
  ];
};
