const isControl = (code: number) =>
  code < 32 || (code >= 127 && code <= 159) || code === 0x2028 || code === 0x2029;

/** True when the text holds CR, LF, tab or another control character (header injection). */
export const hasControlCharacters = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    if (isControl(text.charCodeAt(i))) return true;
  }
  return false;
};

/**
 * One line for an email header: control characters (CR/LF above all, which would let a
 * value start a new header) become spaces, runs of spaces collapse, the ends are trimmed.
 */
export const toSingleLine = (text: string): string => {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    out += isControl(text.charCodeAt(i)) ? ' ' : text[i];
  }
  return out.replace(/\s+/g, ' ').trim();
};

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);

/** UTF-8 size; TextEncoder exists in Node 20 and every browser, Buffer does not. */
export const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;
