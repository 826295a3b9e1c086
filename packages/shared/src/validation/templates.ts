import { z } from 'zod';
import { LOCALES } from '../common.js';
import { hasControlCharacters } from '../render/text.js';
import { TEMPLATE_KEYS } from '../templates/catalog.js';

/** Field sizes; the body limit keeps a saved template far below Gmail's 102 KB clipping. */
export const TEMPLATE_FIELD_LIMITS = {
  subject: 250,
  preheader: 250,
  body: 100_000,
  footer: 20_000,
  /** Serialized size of the variables an integrator may pass to `previewEmail`. */
  previewVariables: 100_000,
} as const;

export const templateKeySchema = z.enum(TEMPLATE_KEYS, {
  error: `Key: choose one of the email types: ${TEMPLATE_KEYS.join(', ')}.`,
});

export const templateLocaleSchema = z.enum(LOCALES, { error: 'Locale: choose EN or DE.' });

// Grouped by hand: toLocaleString would depend on the runtime's ICU data.
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const notBlank = (value: string) => value.trim() !== '';

const subjectText = z
  .string({ error: 'Subject: enter the subject as text.' })
  .max(
    TEMPLATE_FIELD_LIMITS.subject,
    `Subject: shorten it to at most ${TEMPLATE_FIELD_LIMITS.subject} characters.`,
  )
  .refine(
    (value) => !hasControlCharacters(value),
    'Subject: keep it on one line — remove line breaks and tabs.',
  );

const preheaderText = z
  .string({ error: 'Preheader: enter the preheader as text.' })
  .max(
    TEMPLATE_FIELD_LIMITS.preheader,
    `Preheader: shorten it to at most ${TEMPLATE_FIELD_LIMITS.preheader} characters.`,
  );

const bodyText = z
  .string({ error: 'Body: enter the body as text.' })
  .max(
    TEMPLATE_FIELD_LIMITS.body,
    `Body: shorten it to at most ${count(TEMPLATE_FIELD_LIMITS.body)} characters.`,
  );

/** Saving: a subject and a body must say something. */
export const updateTemplateInputSchema = z.object({
  key: templateKeySchema,
  locale: templateLocaleSchema,
  subject: subjectText.refine(notBlank, 'Subject: enter a subject; it cannot be empty.').nullish(),
  preheader: preheaderText.nullish(),
  body: bodyText.refine(notBlank, 'Body: enter the text of the email; it cannot be empty.').nullish(),
  includesFooter: z.boolean({ error: 'Include footer: choose on or off.' }).nullish(),
});
export type UpdateTemplateInput = z.infer<typeof updateTemplateInputSchema>;

export const updateFooterInputSchema = z.object({
  locale: templateLocaleSchema,
  body: z
    .string({ error: 'Footer: enter the footer as text.' })
    .max(
      TEMPLATE_FIELD_LIMITS.footer,
      `Footer: shorten it to at most ${count(TEMPLATE_FIELD_LIMITS.footer)} characters.`,
    )
    .refine(notBlank, 'Footer: enter some text, or switch the footer off in the templates that carry it.'),
});
export type UpdateFooterInput = z.infer<typeof updateFooterInputSchema>;

const fitsPreviewLimit = (value: Record<string, unknown>) => {
  try {
    return JSON.stringify(value).length <= TEMPLATE_FIELD_LIMITS.previewVariables;
  } catch {
    return false;
  }
};

/**
 * Preview of unsaved content: fields may be empty while the admin types, so only the
 * sizes are enforced here; the renderer reports the rest with line and column.
 */
export const previewEmailInputSchema = z.object({
  key: templateKeySchema,
  locale: templateLocaleSchema.nullish(),
  subject: z
    .string({ error: 'Subject: enter the subject as text.' })
    .max(
      TEMPLATE_FIELD_LIMITS.subject,
      `Subject: shorten it to at most ${TEMPLATE_FIELD_LIMITS.subject} characters.`,
    )
    .nullish(),
  preheader: preheaderText.nullish(),
  body: bodyText.nullish(),
  includesFooter: z.boolean({ error: 'Include footer: choose on or off.' }).nullish(),
  variables: z
    .record(z.string(), z.unknown(), { error: 'Variables: pass an object of variable names and values.' })
    .refine(
      fitsPreviewLimit,
      `Variables: keep the data below ${count(TEMPLATE_FIELD_LIMITS.previewVariables)} characters of JSON.`,
    )
    .nullish(),
});
export type PreviewEmailInput = z.infer<typeof previewEmailInputSchema>;
