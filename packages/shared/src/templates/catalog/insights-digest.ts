import { button, heading, lines, mutedParagraph, paragraph } from '../styles.js';
import { USER_NAME_VARIABLE } from '../shared-variables.js';
import type { TemplateDefinition } from '../types.js';
import { sameInBothLocales } from '../types.js';

const CELL = 'padding:12px 0;border-bottom:1px solid #e5e7eb;';
const UP_OR_DOWN_COLOR =
  '{% if insight.direction == "up" %}color:#15803d;{% else %}color:#b91c1c;{% endif %}';

/** The same table in both languages: only the labels around it differ. */
const insightsTable = lines(
  '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 8px;">',
  '{% for insight in insights %}',
  '<tr>',
  `<td style="${CELL}"><a href="{{ insight.url }}" style="color:#111827;font-weight:600;text-decoration:none;">{{ insight.metric }}</a><br><span style="font-size:14px;color:#6b7280;">{{ insight.value }}</span></td>`,
  `<td align="right" style="${CELL}font-weight:600;white-space:nowrap;${UP_OR_DOWN_COLOR}">{% if insight.direction == "up" %}▲{% else %}▼{% endif %} {{ insight.change }}</td>`,
  '</tr>',
  '{% endfor %}',
  '</table>',
);

const url = (metric: string) =>
  `https://app.ametrika.com/nordlicht/metrics/${metric}?range=2025-03-03..2025-03-09`;

export const insightsDigestTemplate: TemplateDefinition<'insights_digest'> = {
  key: 'insights_digest',
  name: { en: 'Data insights digest', de: 'Insights-Überblick' },
  description: {
    en: 'A regular summary of the metrics that changed the most.',
    de: 'Regelmäßige Zusammenfassung der Kennzahlen, die sich am stärksten verändert haben.',
  },
  supportsFooter: true,
  variables: [
    USER_NAME_VARIABLE,
    {
      name: 'period_label',
      type: 'date',
      description: { en: 'The period the digest covers.', de: 'Der Zeitraum, den der Überblick abdeckt.' },
      sample: { en: '3–9 March 2025', de: '3.–9. März 2025' },
    },
    {
      name: 'insights',
      type: 'list',
      description: {
        en: 'The insights, most important first. Use it in {% for insight in insights %}.',
        de: 'Die Insights, die wichtigsten zuerst. Verwendung in {% for insight in insights %}.',
      },
      fields: [
        {
          name: 'metric',
          type: 'string',
          description: { en: 'Name of the metric.', de: 'Name der Kennzahl.' },
        },
        {
          name: 'direction',
          type: 'string',
          description: { en: '"up" or "down".', de: '"up" (gestiegen) oder "down" (gesunken).' },
        },
        {
          name: 'change',
          type: 'string',
          description: {
            en: 'Change against the previous period, formatted, e.g. +18.4%.',
            de: 'Veränderung gegenüber dem Vorzeitraum, formatiert, z. B. +18,4 %.',
          },
        },
        {
          name: 'value',
          type: 'string',
          description: { en: 'Current value, formatted.', de: 'Aktueller Wert, formatiert.' },
        },
        {
          name: 'url',
          type: 'url',
          description: { en: 'Link to the metric in Ametrika.', de: 'Link zur Kennzahl in Ametrika.' },
        },
      ],
      sample: {
        en: [
          { metric: 'Sessions', direction: 'up', change: '+18.4%', value: '48,210', url: url('sessions') },
          { metric: 'Revenue', direction: 'up', change: '+12.1%', value: '€84,730', url: url('revenue') },
          {
            metric: 'Conversion rate',
            direction: 'down',
            change: '−7.2%',
            value: '2.9%',
            url: url('conversion-rate'),
          },
          {
            metric: 'Bounce rate',
            direction: 'down',
            change: '−4.3%',
            value: '38.5%',
            url: url('bounce-rate'),
          },
          {
            metric: 'Average order value',
            direction: 'down',
            change: '−2.5%',
            value: '€61.20',
            url: url('average-order-value'),
          },
        ],
        de: [
          { metric: 'Sitzungen', direction: 'up', change: '+18,4 %', value: '48.210', url: url('sessions') },
          { metric: 'Umsatz', direction: 'up', change: '+12,1 %', value: '84.730 €', url: url('revenue') },
          {
            metric: 'Conversion-Rate',
            direction: 'down',
            change: '−7,2 %',
            value: '2,9 %',
            url: url('conversion-rate'),
          },
          {
            metric: 'Absprungrate',
            direction: 'down',
            change: '−4,3 %',
            value: '38,5 %',
            url: url('bounce-rate'),
          },
          {
            metric: 'Durchschnittlicher Bestellwert',
            direction: 'down',
            change: '−2,5 %',
            value: '61,20 €',
            url: url('average-order-value'),
          },
        ],
      },
    },
    {
      name: 'dashboard_url',
      type: 'url',
      description: { en: 'Link to all insights in Ametrika.', de: 'Link zu allen Insights in Ametrika.' },
      sample: sameInBothLocales('https://app.ametrika.com/nordlicht/insights'),
    },
  ],
  defaults: {
    en: {
      subject: '{{ account_name }}: your insights for {{ period_label }}',
      preheader: '{{ insights.size }} metrics changed noticeably — see what moved at a glance.',
      body: lines(
        heading('Your insights for {{ period_label }}'),
        paragraph('Hi {{ user_name }},'),
        paragraph(
          'Here is what changed in <strong>{{ account_name }}</strong> compared with the previous period:',
        ),
        insightsTable,
        button('dashboard_url', 'See all insights'),
        mutedParagraph('This digest covers the metrics you follow in Ametrika.'),
      ),
    },
    de: {
      subject: '{{ account_name }}: Ihre Insights vom {{ period_label }}',
      preheader:
        '{{ insights.size }} Kennzahlen haben sich deutlich verändert – sehen Sie auf einen Blick, was sich bewegt hat.',
      body: lines(
        heading('Ihre Insights vom {{ period_label }}'),
        paragraph('Guten Tag {{ user_name }},'),
        paragraph(
          'das hat sich bei <strong>{{ account_name }}</strong> im Vergleich zum Vorzeitraum verändert:',
        ),
        insightsTable,
        button('dashboard_url', 'Alle Insights ansehen'),
        mutedParagraph('Dieser Überblick umfasst die Kennzahlen, denen Sie in Ametrika folgen.'),
      ),
    },
  },
};
