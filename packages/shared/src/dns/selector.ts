/**
 * DKIM selectors are dated (`am202611`) so that an admin reading the zone sees which key is
 * current; a rotation in the same month adds a letter (`am202611b`) because a published
 * selector must never be reused for a different key.
 */
export const dkimSelectorFor = (date: Date, taken: readonly string[] = []): string => {
  const base = `am${date.getUTCFullYear()}${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  const used = new Set(taken.map((selector) => selector.toLowerCase()));
  if (!used.has(base)) return base;
  for (let code = 'b'.charCodeAt(0); code <= 'z'.charCodeAt(0); code++) {
    const candidate = `${base}${String.fromCharCode(code)}`;
    if (!used.has(candidate)) return candidate;
  }
  throw new Error(`No free DKIM selector left for ${base}`);
};
