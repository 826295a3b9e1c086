import { button, fallbackLink, heading, lines, mutedParagraph, paragraph } from '../styles.js';
import { USER_NAME_VARIABLE } from '../shared-variables.js';
import type { TemplateDefinition } from '../types.js';
import { sameInBothLocales } from '../types.js';

export const emailVerificationTemplate: TemplateDefinition<'email_verification'> = {
  key: 'email_verification',
  name: { en: 'Email address verification', de: 'Bestätigung der E-Mail-Adresse' },
  description: {
    en: 'Asks a new user to confirm their email address.',
    de: 'Bittet neue Nutzer, ihre E-Mail-Adresse zu bestätigen.',
  },
  // Transactional and security-relevant: no unsubscribe link or marketing footer.
  supportsFooter: false,
  variables: [
    USER_NAME_VARIABLE,
    {
      name: 'verification_url',
      type: 'url',
      description: { en: 'Link that confirms the address.', de: 'Link, der die Adresse bestätigt.' },
      sample: sameInBothLocales('https://app.ametrika.com/verify-email/b61e0c93f4a2'),
    },
    {
      name: 'expires_in_hours',
      type: 'number',
      description: {
        en: 'Number of hours the link stays valid.',
        de: 'Anzahl der Stunden, die der Link gültig ist.',
      },
      sample: sameInBothLocales(24),
    },
  ],
  defaults: {
    en: {
      subject: 'Confirm your email address for Ametrika',
      preheader: 'One click to confirm {{ recipient_email }} and finish setting up your account.',
      body: lines(
        heading('Confirm your email address'),
        paragraph('Hi {{ user_name }},'),
        paragraph(
          'Please confirm that {{ recipient_email }} is your email address. We use it to send you invitations, reports and security notices for {{ account_name }}.',
        ),
        button('verification_url', 'Confirm email address'),
        mutedParagraph(
          'The link is valid for {{ expires_in_hours }} hours. If you didn’t create an Ametrika account, you can safely ignore this email.',
        ),
        fallbackLink('verification_url', 'If the button doesn’t work, copy this link into your browser:'),
      ),
    },
    de: {
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse für Ametrika',
      preheader:
        'Ein Klick genügt, um {{ recipient_email }} zu bestätigen und Ihr Konto fertig einzurichten.',
      body: lines(
        heading('Bestätigen Sie Ihre E-Mail-Adresse'),
        paragraph('Guten Tag {{ user_name }},'),
        paragraph(
          'bitte bestätigen Sie, dass {{ recipient_email }} Ihre E-Mail-Adresse ist. An diese Adresse senden wir Ihnen Einladungen, Berichte und Sicherheitshinweise für {{ account_name }}.',
        ),
        button('verification_url', 'E-Mail-Adresse bestätigen'),
        mutedParagraph(
          'Der Link ist {{ expires_in_hours }} Stunden gültig. Wenn Sie kein Ametrika-Konto angelegt haben, können Sie diese E-Mail ignorieren.',
        ),
        fallbackLink(
          'verification_url',
          'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
        ),
      ),
    },
  },
};
