import { utf8Bytes } from './text.js';

/** Gmail clips messages above 102 KB; warn a little earlier so there is room for headers. */
export const HTML_SIZE_WARNING_BYTES = 100 * 1024;

// Written by the admin, not by data: email clients drop these anyway, so say so rather than
// let an editor believe a script or form will work.
const ACTIVE_CONTENT = [
  { pattern: /<script\b/i, label: 'scripts' },
  { pattern: /<(iframe|object|embed)\b/i, label: 'embedded frames' },
  { pattern: /<form\b/i, label: 'forms' },
  { pattern: /\son[a-z]+\s*=/i, label: 'event handlers such as onclick' },
];

export const contentWarnings = (input: { subject: string; html: string; sources: string[] }): string[] => {
  const warnings: string[] = [];
  if (input.subject === '') warnings.push('The subject is empty; most mail clients show “(no subject)”.');
  // UTF-8 needs at most 3 bytes per UTF-16 unit: most emails are counted without encoding them.
  const bytes = input.html.length * 3 <= HTML_SIZE_WARNING_BYTES ? 0 : utf8Bytes(input.html);
  if (bytes > HTML_SIZE_WARNING_BYTES) {
    warnings.push(
      `The email is ${Math.ceil(bytes / 1024)} KB; Gmail clips messages larger than 102 KB and hides the rest behind “View entire message”.`,
    );
  }
  const source = input.sources.join('\n');
  for (const { pattern, label } of ACTIVE_CONTENT) {
    if (pattern.test(source)) warnings.push(`The template contains ${label}; email clients remove them.`);
  }
  return warnings;
};
