/** The server's reply as it was said; the code is added only when the text does not start with it. */
export function formatReply(code: number | null | undefined, reply: string | null | undefined) {
  if (!reply) return code ? String(code) : undefined;
  if (!code || reply.startsWith(String(code))) return reply;
  return `${code} ${reply}`;
}

/** Compact dates for table cells, e.g. "11/29/26, 12:11 AM" / "29.11.26, 00:11". */
export function formatShortDateTime(value: string | null | undefined, language: string) {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
