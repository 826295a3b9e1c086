import type { TemplateData, TemplateVariable } from '../templates/types.js';

// Keys that only ever matter for prototype tricks; data never needs them.
const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 6;
const MAX_ITEMS = 1000;

const toPlainValue = (value: unknown, depth: number): unknown => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (depth >= MAX_DEPTH || typeof value !== 'object') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => toPlainValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!BLOCKED_KEYS.has(key)) out[key] = toPlainValue(item, depth + 1);
  }
  return out;
};

/**
 * A JSON-like copy of the caller's data: no functions, getters, class instances or
 * prototype keys reach the template, and tags like `increment` cannot change the caller's
 * object (LiquidJS writes into the scope it is given).
 */
export const toPlainData = (data: TemplateData): TemplateData => toPlainValue(data, 0) as TemplateData;

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Browsers ignore whitespace and control characters inside a scheme (`java\tscript:`). */
const isUnsafeUrl = (value: string): boolean => {
  let compact = '';
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) > 32 && value.charCodeAt(i) !== 127) compact += value[i];
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme !== undefined && !SAFE_SCHEMES.has(scheme.toLowerCase());
};

const REPLACEMENT = '#';

/**
 * Escaping keeps a value inside its attribute but cannot stop `javascript:` in an href, so
 * values of `url` variables (and `url` item fields of lists) must be web or mail links.
 * Returns a warning per replaced value.
 */
export const neutralizeUnsafeUrls = (data: TemplateData, variables: TemplateVariable[]): string[] => {
  const warnings: string[] = [];
  for (const variable of variables) {
    const value = data[variable.name];
    if (variable.type === 'url' && typeof value === 'string' && isUnsafeUrl(value)) {
      data[variable.name] = REPLACEMENT;
      warnings.push(
        `\`${variable.name}\` is not a web address (http, https or mailto) and was replaced by “#”.`,
      );
    }
    const urlFields = (variable.fields ?? []).filter((field) => field.type === 'url');
    if (urlFields.length === 0 || !Array.isArray(value)) continue;
    for (const item of value) {
      for (const field of urlFields) {
        const fieldValue = (item as Record<string, unknown> | null)?.[field.name];
        if (typeof fieldValue === 'string' && isUnsafeUrl(fieldValue)) {
          (item as Record<string, unknown>)[field.name] = REPLACEMENT;
          warnings.push(`\`${variable.name}.${field.name}\` is not a web address and was replaced by “#”.`);
        }
      }
    }
  }
  return warnings;
};
