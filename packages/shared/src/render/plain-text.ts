import { compile, type HtmlToTextOptions } from 'html-to-text';

const OPTIONS: HtmlToTextOptions = {
  wordwrap: 78,
  selectors: [
    // Links stay usable in the text part: "Accept invitation [https://…]".
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true, noAnchorUrl: true } },
    { selector: 'img', format: 'skip' },
    // The preheader is an inbox-preview trick of the HTML part; in text it would be noise.
    { selector: 'div.preheader', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'tableCell' },
    { selector: 'th', format: 'tableCell' },
  ],
  formatters: {
    // Cells of one row on one line, separated by a space: "Visitors 112,480".
    tableCell: (elem, walk, builder) => {
      walk(elem.children, builder);
      builder.addInline(' ');
    },
  },
};

// Compiled once: building html-to-text's selector machinery dominated the cost of each render.
const convert = compile(OPTIONS);

/** The text/plain part, derived from the final HTML so both parts always say the same. */
export const htmlToPlainText = (html: string): string => `${convert(html).trim()}\n`;
