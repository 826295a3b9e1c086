/** Dates in the UI language, e.g. "12 Mar 2025, 14:05" / "12.03.2025, 14:05". */
export function formatDateTime(value: string | null | undefined, language: string) {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
