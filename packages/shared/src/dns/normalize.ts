/** Lower case, without the trailing dot: how DNS names compare. */
export const normalizeDnsName = (name: string): string => name.trim().replace(/\.$/, '').toLowerCase();

/**
 * A TXT value as an admin or a resolver may hand it to us: split into 255-byte strings
 * (`"abc" "def"`), wrapped in quotes by a DNS panel, or with line breaks from copying.
 */
export const normalizeTxt = (value: string | readonly string[]): string => {
  const joined = typeof value === 'string' ? joinQuotedStrings(value) : value.join('');
  return joined.replace(/\s+/g, ' ').trim();
};

/** `"v=DKIM1; " "p=AB"` → `v=DKIM1; p=AB`; an unquoted value is returned as it is. */
const joinQuotedStrings = (value: string): string => {
  const trimmed = value.trim();
  const parts = trimmed.match(/^(?:\s*"(?:[^"\\]|\\.)*")+\s*$/) ? trimmed.match(/"(?:[^"\\]|\\.)*"/g) : null;
  if (!parts) return trimmed;
  return parts.map((part) => part.slice(1, -1).replace(/\\(.)/g, '$1')).join('');
};

/** `v=DKIM1; k=rsa; p=AB CD` → Map { v → DKIM1, k → rsa, p → ABCD } (RFC 6376 §3.2 tag list). */
export const parseTagList = (value: string): Map<string, string> => {
  const tags = new Map<string, string>();
  for (const part of normalizeTxt(value).split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const tag = part.slice(0, eq).trim().toLowerCase();
    if (tag && !tags.has(tag)) tags.set(tag, part.slice(eq + 1).replace(/\s+/g, ''));
  }
  return tags;
};

export const isDkimRecord = (txt: string): boolean => {
  const tags = parseTagList(txt);
  return tags.has('p') || tags.get('v')?.toUpperCase() === 'DKIM1';
};

/** Two DKIM records are the same key when v, k (default rsa) and p agree; order and spacing do not matter. */
export const sameDkimKey = (a: string, b: string): boolean => {
  const ta = parseTagList(a);
  const tb = parseTagList(b);
  return (
    (ta.get('v') ?? 'DKIM1').toUpperCase() === (tb.get('v') ?? 'DKIM1').toUpperCase() &&
    (ta.get('k') ?? 'rsa').toLowerCase() === (tb.get('k') ?? 'rsa').toLowerCase() &&
    (ta.get('p') ?? '') !== '' &&
    ta.get('p') === tb.get('p')
  );
};

/** SPF mechanisms are case-insensitive (RFC 7208 §4.6.1); spacing is not significant. */
export const normalizeSpf = (value: string): string => normalizeTxt(value).toLowerCase();
