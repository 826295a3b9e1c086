import { button, fallbackLink, heading, lines, mutedParagraph, paragraph } from '../styles.js';
import { USER_NAME_VARIABLE } from '../shared-variables.js';
import type { TemplateDefinition } from '../types.js';
import { sameInBothLocales } from '../types.js';

export const passwordResetTemplate: TemplateDefinition<'password_reset'> = {
  key: 'password_reset',
  name: { en: 'Password reset', de: 'Passwort zurücksetzen' },
  description: {
    en: 'Sent when a user asks for a new password.',
    de: 'Wird versendet, wenn jemand ein neues Passwort anfordert.',
  },
  // Security email: keep it short and free of unsubscribe links that could be mistaken for phishing.
  supportsFooter: false,
  variables: [
    USER_NAME_VARIABLE,
    {
      name: 'reset_url',
      type: 'url',
      description: {
        en: 'Link to the page where a new password is chosen.',
        de: 'Link zur Seite, auf der ein neues Passwort festgelegt wird.',
      },
      sample: sameInBothLocales('https://app.ametrika.com/reset-password/e2a47c0d91b5'),
    },
    {
      name: 'expires_in_minutes',
      type: 'number',
      description: {
        en: 'Number of minutes the link stays valid.',
        de: 'Anzahl der Minuten, die der Link gültig ist.',
      },
      sample: sameInBothLocales(60),
    },
  ],
  defaults: {
    en: {
      subject: 'Reset your Ametrika password',
      preheader: 'Use this link within {{ expires_in_minutes }} minutes to choose a new password.',
      body: lines(
        heading('Reset your password'),
        paragraph('Hi {{ user_name }},'),
        paragraph(
          'We received a request to reset the password of the Ametrika account {{ recipient_email }}. Choose a new password with the button below.',
        ),
        button('reset_url', 'Choose a new password'),
        mutedParagraph(
          'The link expires in {{ expires_in_minutes }} minutes and works only once. If you didn’t ask for a new password, ignore this email — your current password stays valid.',
        ),
        fallbackLink('reset_url', 'If the button doesn’t work, copy this link into your browser:'),
      ),
    },
    de: {
      subject: 'Setzen Sie Ihr Ametrika-Passwort zurück',
      preheader:
        'Mit diesem Link können Sie innerhalb von {{ expires_in_minutes }} Minuten ein neues Passwort festlegen.',
      body: lines(
        heading('Passwort zurücksetzen'),
        paragraph('Guten Tag {{ user_name }},'),
        paragraph(
          'wir haben eine Anfrage erhalten, das Passwort für das Ametrika-Konto {{ recipient_email }} zurückzusetzen. Über die Schaltfläche unten legen Sie ein neues Passwort fest.',
        ),
        button('reset_url', 'Neues Passwort festlegen'),
        mutedParagraph(
          'Der Link ist {{ expires_in_minutes }} Minuten gültig und kann nur einmal verwendet werden. Falls Sie kein neues Passwort angefordert haben, ignorieren Sie diese E-Mail bitte – Ihr bisheriges Passwort bleibt gültig.',
        ),
        fallbackLink(
          'reset_url',
          'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
        ),
      ),
    },
  },
};
