import type { TemplateVariable } from './types.js';
import { sameInBothLocales } from './types.js';

/** Variables that several email types declare the same way; one definition so their wording never drifts. */
export const USER_NAME_VARIABLE: TemplateVariable = {
  name: 'user_name',
  type: 'string',
  description: { en: 'Name of the recipient.', de: 'Name des Empfängers.' },
  sample: sameInBothLocales('Anna Becker'),
};
