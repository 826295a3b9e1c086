import { button, heading, lines, link, mutedParagraph, paragraph } from '../styles.js';
import { USER_NAME_VARIABLE } from '../shared-variables.js';
import type { TemplateDefinition } from '../types.js';
import { sameInBothLocales } from '../types.js';

const LIST_STYLE = 'margin:0 0 16px;padding-left:20px;';

export const welcomeTemplate: TemplateDefinition<'welcome'> = {
  key: 'welcome',
  name: { en: 'Welcome', de: 'Willkommen' },
  description: {
    en: 'Greets a user once their account is ready.',
    de: 'Begrüßt neue Nutzer, sobald ihr Konto eingerichtet ist.',
  },
  supportsFooter: true,
  variables: [
    USER_NAME_VARIABLE,
    {
      name: 'dashboard_url',
      type: 'url',
      description: { en: 'Link to the account’s dashboard.', de: 'Link zum Dashboard des Kontos.' },
      sample: sameInBothLocales('https://app.ametrika.com/nordlicht/dashboard'),
    },
    {
      name: 'help_url',
      type: 'url',
      description: { en: 'Link to the help center.', de: 'Link zum Hilfe-Center.' },
      sample: sameInBothLocales('https://help.ametrika.com'),
    },
  ],
  defaults: {
    en: {
      subject: 'Welcome to {{ account_name }} on Ametrika',
      preheader: 'Your account is ready. Here is how to get the most out of your first week.',
      body: lines(
        heading('Welcome aboard, {{ user_name }}!'),
        paragraph(
          'Your Ametrika account for <strong>{{ account_name }}</strong> is ready. A few things worth doing first:',
        ),
        `<ul style="${LIST_STYLE}">`,
        '<li>Pin the metrics you check every day to your dashboard.</li>',
        '<li>Subscribe to the insights digest to see what changed at a glance.</li>',
        '<li>Set an alert on a key metric so you hear about spikes and drops right away.</li>',
        '</ul>',
        button('dashboard_url', 'Open your dashboard'),
        mutedParagraph(
          `Questions? Our ${link('help_url', 'help center')} has step-by-step guides for every feature.`,
        ),
      ),
    },
    de: {
      subject: 'Willkommen bei {{ account_name }} auf Ametrika',
      preheader:
        'Ihr Konto ist eingerichtet. So holen Sie in der ersten Woche das Beste aus Ametrika heraus.',
      body: lines(
        heading('Willkommen, {{ user_name }}!'),
        paragraph(
          'Ihr Ametrika-Konto für <strong>{{ account_name }}</strong> ist eingerichtet. Diese ersten Schritte lohnen sich:',
        ),
        `<ul style="${LIST_STYLE}">`,
        '<li>Heften Sie die Kennzahlen, die Sie täglich prüfen, an Ihr Dashboard an.</li>',
        '<li>Abonnieren Sie den Insights-Überblick, um Veränderungen auf einen Blick zu sehen.</li>',
        '<li>Richten Sie einen Alarm für eine wichtige Kennzahl ein, damit Sie bei Ausschlägen sofort Bescheid wissen.</li>',
        '</ul>',
        button('dashboard_url', 'Zum Dashboard'),
        mutedParagraph(
          `Fragen? In unserem ${link('help_url', 'Hilfe-Center')} finden Sie Schritt-für-Schritt-Anleitungen zu allen Funktionen.`,
        ),
      ),
    },
  },
};
