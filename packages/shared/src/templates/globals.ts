import type { TemplateVariable } from './types.js';
import { sameInBothLocales } from './types.js';

/** Variables that every template and the footer can use; defined once so names never drift. */
export const GLOBAL_VARIABLES: TemplateVariable[] = [
  {
    name: 'account_name',
    type: 'string',
    description: {
      en: 'Name of the Ametrika account that sends the email.',
      de: 'Name des Ametrika-Kontos, das die E-Mail versendet.',
    },
    sample: sameInBothLocales('Nordlicht Analytics'),
  },
  {
    name: 'recipient_email',
    type: 'string',
    description: {
      en: 'Email address of the recipient.',
      de: 'E-Mail-Adresse des Empfängers.',
    },
    sample: sameInBothLocales('anna.becker@nordlicht.example'),
  },
];
