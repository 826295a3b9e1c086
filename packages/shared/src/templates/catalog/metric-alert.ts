import { button, heading, lines, mutedParagraph, paragraph } from '../styles.js';
import { USER_NAME_VARIABLE } from '../shared-variables.js';
import type { TemplateDefinition } from '../types.js';
import { sameInBothLocales } from '../types.js';

const CELL = 'padding:8px 0;border-bottom:1px solid #e5e7eb;';
const row = (label: string, variable: string) =>
  `<tr><td style="${CELL}color:#6b7280;">${label}</td><td align="right" style="${CELL}font-weight:600;">{{ ${variable} }}</td></tr>`;
const factsTable = (metric: string, current: string, threshold: string) =>
  lines(
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 8px;">',
    row(metric, 'metric_name'),
    row(current, 'current_value'),
    row(threshold, 'threshold_value'),
    '</table>',
  );

export const metricAlertTemplate: TemplateDefinition<'metric_alert'> = {
  key: 'metric_alert',
  name: { en: 'Metric alert', de: 'Kennzahl-Alarm' },
  description: {
    en: 'Sent when a metric crosses the threshold of an alert.',
    de: 'Wird versendet, wenn eine Kennzahl den Schwellenwert eines Alarms überschreitet.',
  },
  supportsFooter: true,
  variables: [
    USER_NAME_VARIABLE,
    {
      name: 'alert_name',
      type: 'string',
      description: { en: 'Name of the alert.', de: 'Name des Alarms.' },
      sample: { en: 'Checkout conversion below target', de: 'Checkout-Conversion unter Zielwert' },
    },
    {
      name: 'metric_name',
      type: 'string',
      description: { en: 'The metric the alert watches.', de: 'Die Kennzahl, die der Alarm überwacht.' },
      sample: { en: 'Checkout conversion rate', de: 'Checkout-Conversion-Rate' },
    },
    {
      name: 'current_value',
      type: 'string',
      description: {
        en: 'Value that triggered the alert, formatted.',
        de: 'Wert, der den Alarm ausgelöst hat, formatiert.',
      },
      sample: { en: '1.8%', de: '1,8 %' },
    },
    {
      name: 'threshold_value',
      type: 'string',
      description: { en: 'Threshold of the alert, formatted.', de: 'Schwellenwert des Alarms, formatiert.' },
      sample: { en: '2.5%', de: '2,5 %' },
    },
    {
      name: 'triggered_at',
      type: 'date',
      description: { en: 'When the alert was triggered.', de: 'Wann der Alarm ausgelöst wurde.' },
      sample: { en: '10 March 2025 at 9:14 AM CET', de: '10. März 2025 um 09:14 Uhr MEZ' },
    },
    {
      name: 'alert_url',
      type: 'url',
      description: { en: 'Link to the alert in Ametrika.', de: 'Link zum Alarm in Ametrika.' },
      sample: sameInBothLocales('https://app.ametrika.com/nordlicht/alerts/checkout-conversion'),
    },
  ],
  defaults: {
    en: {
      subject: 'Alert: {{ alert_name }}',
      preheader: '{{ metric_name }} is at {{ current_value }} (threshold {{ threshold_value }}).',
      body: lines(
        heading('{{ alert_name }}'),
        paragraph('Hi {{ user_name }},'),
        paragraph('Your alert in <strong>{{ account_name }}</strong> was triggered on {{ triggered_at }}.'),
        factsTable('Metric', 'Current value', 'Threshold'),
        button('alert_url', 'Investigate in Ametrika'),
        mutedParagraph(
          'You receive this email because you follow this alert. You can mute or edit it in Ametrika.',
        ),
      ),
    },
    de: {
      subject: 'Alarm: {{ alert_name }}',
      preheader: '{{ metric_name }} liegt bei {{ current_value }} (Schwellenwert {{ threshold_value }}).',
      body: lines(
        heading('{{ alert_name }}'),
        paragraph('Guten Tag {{ user_name }},'),
        paragraph('Ihr Alarm in <strong>{{ account_name }}</strong> wurde am {{ triggered_at }} ausgelöst.'),
        factsTable('Kennzahl', 'Aktueller Wert', 'Schwellenwert'),
        button('alert_url', 'In Ametrika analysieren'),
        mutedParagraph(
          'Sie erhalten diese E-Mail, weil Sie diesem Alarm folgen. In Ametrika können Sie ihn stummschalten oder bearbeiten.',
        ),
      ),
    },
  },
};
