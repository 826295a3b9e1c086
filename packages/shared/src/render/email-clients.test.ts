import { doIUseEmail } from '@jsx-email/doiuse-email';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../common.js';
import { getSampleData, TEMPLATE_KEYS } from '../templates/index.js';
import { renderEmail } from './render-email.js';

const CLIENTS = ['gmail.*', 'outlook.*', 'apple-mail.*', 'yahoo.*'];

/**
 * What the checker reports for our layout, feature by feature, and why each degrades gracefully. The layout
 * is table-based with inline styles, so a client that ignores one of these still shows a correct email.
 * Any other finding fails the test: fix the template or the layout, or add it here with the reason.
 */
const ACCEPTED: Record<string, string> = {
  '<body> element': 'Some apps drop <body>; nothing is styled on it, the outer table carries the background.',
  '@media': 'Only narrows padding on phones; without it the 600px card still scales down (max-width:600px).',
  'display:none':
    'One of five redundant ways the preheader is hidden (with max-height, overflow, opacity, mso-hide).',
  opacity: 'Preheader hiding, redundant as above.',
  overflow: 'Preheader hiding, redundant as above.',
  'role attribute': 'role="presentation" helps screen readers; clients that drop it still show the table.',
  'Type selector': 'Only resets in the <style> block (img, a); everything that matters is inline.',
  'border-radius': 'Rounded corners; Outlook on Windows shows square ones.',
  outline: 'The image reset img{outline:none}; harmless where ignored.',
  'white-space': 'Keeps long links from widening the card where supported; elsewhere they wrap by word.',
};

const feature = (finding: string) => /^`([^`]+)`/.exec(finding)?.[1] ?? finding;

describe('rendered email in real clients (caniemail via @jsx-email/doiuse-email)', () => {
  for (const key of TEMPLATE_KEYS) {
    for (const locale of LOCALES) {
      it(`${key} ${locale}: no unsupported HTML or CSS, under Gmail's 102 KB clip`, () => {
        const { html } = renderEmail({
          key,
          locale,
          includeFooter: true,
          data: getSampleData(key, locale),
          accountName: 'Nordlicht Analytics',
        });
        const result = doIUseEmail(html, { emailClients: CLIENTS });
        const errors: string[] = result.success ? [] : result.errors;
        const unexpected = [...new Set(errors)].filter((e) => !(feature(e) in ACCEPTED));
        expect(unexpected).toEqual([]);
        expect(new TextEncoder().encode(html).length).toBeLessThan(100 * 1024);
      });
    }
  }
});
