import { LINK_STYLE } from './styles.js';
import type { FooterDefinition } from './types.js';
import { sameInBothLocales } from './types.js';

const FOOTER_LINK_STYLE = LINK_STYLE.replace('#2563eb', '#5f6672');

export const FOOTER_DEFINITION: FooterDefinition = {
  name: { en: 'Email footer', de: 'E-Mail-Fußzeile' },
  description: {
    en: 'Appended to every email that supports a footer and has it switched on.',
    de: 'Wird an jede E-Mail angehängt, die eine Fußzeile unterstützt und bei der sie eingeschaltet ist.',
  },
  variables: [
    {
      name: 'company_address',
      type: 'string',
      description: {
        en: 'Postal address of the sending company, required in marketing email in many countries.',
        de: 'Postanschrift des versendenden Unternehmens, in vielen Ländern für Werbe-E-Mails vorgeschrieben.',
      },
      sample: sameInBothLocales('Nordlicht Analytics GmbH · Friedrichstraße 68 · 10117 Berlin · Germany'),
    },
    {
      name: 'settings_url',
      type: 'url',
      description: {
        en: 'Link to the recipient’s notification settings.',
        de: 'Link zu den Benachrichtigungseinstellungen des Empfängers.',
      },
      sample: sameInBothLocales('https://app.ametrika.com/settings/notifications'),
    },
    {
      name: 'unsubscribe_url',
      type: 'url',
      description: {
        en: 'One-click link that stops this kind of email.',
        de: 'Link, mit dem der Empfänger diese Art von E-Mail mit einem Klick abbestellt.',
      },
      sample: sameInBothLocales('https://app.ametrika.com/unsubscribe/4f9c2a7e'),
    },
  ],
  defaults: {
    en: {
      body: [
        '<p style="margin:0 0 8px;">This email was sent to {{ recipient_email }} on behalf of {{ account_name }}.',
        ` <a href="{{ settings_url }}" style="${FOOTER_LINK_STYLE}">Manage email preferences</a>`,
        ` · <a href="{{ unsubscribe_url }}" style="${FOOTER_LINK_STYLE}">Unsubscribe</a></p>`,
        '\n<p style="margin:0;">{{ company_address }}</p>',
      ].join(''),
    },
    de: {
      body: [
        '<p style="margin:0 0 8px;">Diese E-Mail wurde im Auftrag von {{ account_name }} an {{ recipient_email }} gesendet.',
        ` <a href="{{ settings_url }}" style="${FOOTER_LINK_STYLE}">E-Mail-Einstellungen verwalten</a>`,
        ` · <a href="{{ unsubscribe_url }}" style="${FOOTER_LINK_STYLE}">Abmelden</a></p>`,
        '\n<p style="margin:0;">{{ company_address }}</p>',
      ].join(''),
    },
  },
};
