import { Liquid } from 'liquidjs';

/**
 * Limits against templates that try to exhaust the API or freeze the browser tab. The
 * render time is the only clock-based limit (LiquidJS 10 has no iteration counter); the
 * others count characters, so they give the same answer in every runtime.
 */
export const RENDER_LIMITS = {
  /** Characters Liquid parses per field; the body itself is capped at 100 000 by the schema. */
  parseCharacters: 200_000,
  /** Milliseconds per field render; a keystroke preview must stay responsive. */
  renderMilliseconds: 300,
  /** Characters LiquidJS may allocate for ranges, appends, splits and joins per render. */
  memoryCharacters: 5_000_000,
  /** Characters of rendered body plus footer; far above what any mail client shows. */
  outputCharacters: 1_000_000,
} as const;

const ALLOWED_TAGS = new Set([
  'assign',
  'case',
  'comment',
  '#',
  'if',
  'unless',
  'for',
  'break',
  'continue',
  'cycle',
  'tablerow',
  'increment',
  'decrement',
  'raw',
  'echo',
  'liquid',
]);

const ALLOWED_FILTERS = new Set([
  // strings
  'append',
  'prepend',
  'capitalize',
  'downcase',
  'upcase',
  'strip',
  'lstrip',
  'rstrip',
  'strip_html',
  'strip_newlines',
  'normalize_whitespace',
  'squish',
  'remove',
  'remove_first',
  'remove_last',
  'replace',
  'replace_first',
  'replace_last',
  'split',
  'slice',
  'truncate',
  'truncatewords',
  'number_of_words',
  'url_encode',
  'url_decode',
  'cgi_escape',
  'uri_escape',
  'slugify',
  'default',
  'escape',
  'escape_once',
  'xml_escape',
  // arrays
  'join',
  'first',
  'last',
  'reverse',
  'sort',
  'sort_natural',
  'size',
  'map',
  'sum',
  'compact',
  'concat',
  'uniq',
  'where',
  'reject',
  'array_to_sentence_string',
  // numbers
  'abs',
  'at_least',
  'at_most',
  'ceil',
  'floor',
  'round',
  'plus',
  'minus',
  'times',
  'divided_by',
  'modulo',
  'to_integer',
]);

/** Why a familiar Liquid tag or filter is missing, so the editor can say so in plain words. */
export const UNAVAILABLE_REASONS: Record<string, string> = {
  include: 'Emails cannot load other files; put the text into this template.',
  render: 'Emails cannot load other files; put the text into this template.',
  layout: 'The email layout is fixed; edit the body instead.',
  block: 'The email layout is fixed; edit the body instead.',
  capture: 'Use `assign` instead: captured text would be escaped twice.',
  raw: 'Values are always escaped so that data cannot change the layout of the email.',
  date: 'Dates arrive already formatted for the recipient’s language.',
  date_to_xmlschema: 'Dates arrive already formatted for the recipient’s language.',
  date_to_rfc822: 'Dates arrive already formatted for the recipient’s language.',
  date_to_string: 'Dates arrive already formatted for the recipient’s language.',
  date_to_long_string: 'Dates arrive already formatted for the recipient’s language.',
  sample: 'Emails must render the same way every time.',
  newline_to_br: 'Values are always escaped, so the line breaks would show as text; write <br> in the body.',
};

export const isAllowedFilter = (name: string): boolean => ALLOWED_FILTERS.has(name);
export const allowedFilterNames = (): string[] => [...ALLOWED_FILTERS];
export const allowedTagNames = (): string[] => [...ALLOWED_TAGS];

const createEngine = (escapeOutput: boolean): Liquid => {
  const engine = new Liquid({
    ...(escapeOutput ? { outputEscape: 'escape' as const } : {}),
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    // An in-memory, empty template map: even a tag that slipped through could not reach a
    // file system (Node) or the network (the browser build fetches partials over HTTP).
    templates: {},
    relativeReference: false,
    dynamicPartials: false,
    cache: false,
    jsTruthy: false,
    parseLimit: RENDER_LIMITS.parseCharacters,
    renderLimit: RENDER_LIMITS.renderMilliseconds,
    memoryLimit: RENDER_LIMITS.memoryCharacters,
  });
  for (const tag of Object.keys(engine.tags)) {
    if (!ALLOWED_TAGS.has(tag)) delete engine.tags[tag];
  }
  for (const filter of Object.keys(engine.filters)) {
    if (!ALLOWED_FILTERS.has(filter)) delete engine.filters[filter];
  }
  // Output is escaped exactly once, at the end. An explicit `| escape` would otherwise turn
  // `&` into `&amp;amp;` in HTML and show entities in the plain-text subject.
  for (const name of ['escape', 'escape_once', 'xml_escape']) {
    engine.registerFilter(name, (value: unknown) => value);
  }
  return engine;
};

let htmlEngine: Liquid | undefined;
let textEngine: Liquid | undefined;

/** Engine for HTML fields (body, footer): every `{{ }}` output is HTML-escaped. */
export const getHtmlEngine = (): Liquid => {
  htmlEngine ??= createEngine(true);
  return htmlEngine;
};

/** Engine for plain-text fields (subject, preheader): escaped later by the layout where needed. */
export const getTextEngine = (): Liquid => {
  textEngine ??= createEngine(false);
  return textEngine;
};
