import type { HostedDnsRecord } from './types.js';

const MAX_TXT_STRING_BYTES = 255;
const encoder = new TextEncoder();

/**
 * Splits a TXT value into character-strings of at most 255 bytes (RFC 1035 §3.3), never
 * inside a UTF-8 sequence, then quotes each with `"` and `\` escaped.
 */
export const splitTxtValue = (value: string): string[] => {
  const chunks: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of value) {
    const size = encoder.encode(char).length;
    if (bytes + size > MAX_TXT_STRING_BYTES) {
      chunks.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
};

const quote = (chunk: string) => `"${chunk.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

export const zoneTxtRdata = (value: string): string => {
  const parts = splitTxtValue(value).map(quote);
  return parts.length === 1 ? parts[0]! : `( ${parts.join('\n\t\t')} )`;
};

/** `@` stays the origin; relative hosts are written as they are, everything else fully qualified. */
const owner = (record: HostedDnsRecord, origin: string) =>
  record.name === origin
    ? '@'
    : record.name.endsWith(`.${origin}`)
      ? record.name.slice(0, -(origin.length + 1))
      : `${record.name}.`;

/**
 * "Copy all as a zone file": the records to add, in BIND syntax, relative to the
 * registrable zone. Records that are already `present` are left out; the SPF line replaces
 * any SPF record the zone has. It is a fragment (no SOA/NS): admins paste it into a zone
 * or import it in a DNS panel that accepts BIND files.
 */
export const toZoneFile = (records: readonly HostedDnsRecord[], origin: string): string => {
  const zone = origin.toLowerCase().replace(/\.$/, '');
  const lines = [`$ORIGIN ${zone}.`, '$TTL 3600'];
  for (const record of records) {
    if (record.present) continue;
    const rdata = record.type === 'TXT' ? zoneTxtRdata(record.value) : `${record.value.replace(/\.$/, '')}.`;
    lines.push(`; ${record.purpose}${record.required ? '' : ' (optional)'}`);
    lines.push(`${owner(record, zone)}\tIN\t${record.type}\t${rdata}`);
  }
  return `${lines.join('\n')}\n`;
};
