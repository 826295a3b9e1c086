/**
 * Inline styles for the default bodies. Email clients (Outlook, Gmail) drop or ignore most
 * `<style>` rules, so the defaults carry their styles inline; the constants keep the
 * eight templates consistent.
 */
export const HEADING_STYLE = 'margin:0 0 16px;font-size:22px;line-height:1.3;font-weight:700;color:#111827;';
export const PARAGRAPH_STYLE = 'margin:0 0 16px;';
export const MUTED_STYLE = 'margin:0 0 16px;font-size:14px;line-height:1.5;color:#6b7280;';
export const LINK_STYLE = 'color:#2563eb;text-decoration:underline;';
const BUTTON_STYLE =
  'display:inline-block;padding:12px 24px;background-color:#2563eb;color:#ffffff;font-weight:600;text-decoration:none;border-radius:6px;';

/** A call-to-action link that reads as a button; `urlVariable` is a Liquid variable name. */
export const button = (urlVariable: string, label: string): string =>
  `<p style="margin:24px 0;"><a href="{{ ${urlVariable} }}" style="${BUTTON_STYLE}">${label}</a></p>`;

/** The raw link below a button, for clients that block styled links. */
export const fallbackLink = (urlVariable: string, intro: string): string =>
  `<p style="${MUTED_STYLE}">${intro}<br><a href="{{ ${urlVariable} }}" style="${LINK_STYLE}">{{ ${urlVariable} }}</a></p>`;

export const heading = (text: string): string => `<h1 style="${HEADING_STYLE}">${text}</h1>`;
export const paragraph = (text: string): string => `<p style="${PARAGRAPH_STYLE}">${text}</p>`;
export const mutedParagraph = (text: string): string => `<p style="${MUTED_STYLE}">${text}</p>`;
export const link = (urlVariable: string, label: string): string =>
  `<a href="{{ ${urlVariable} }}" style="${LINK_STYLE}">${label}</a>`;

/** One body per line so the editor shows a readable fragment rather than one long line. */
export const lines = (...parts: string[]): string => parts.join('\n');
