import { button, heading, lines, mutedParagraph, paragraph } from '../styles.js';
import { USER_NAME_VARIABLE } from '../shared-variables.js';
import type { TemplateDefinition } from '../types.js';
import { sameInBothLocales } from '../types.js';

const CELL = 'padding:8px 0;border-bottom:1px solid #e5e7eb;';
const kpiTable = lines(
  '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 8px;">',
  '{% for kpi in kpis %}',
  `<tr><td style="${CELL}">{{ kpi.label }}</td><td align="right" style="${CELL}font-weight:600;">{{ kpi.value }}</td></tr>`,
  '{% endfor %}',
  '</table>',
);

export const scheduledReportTemplate: TemplateDefinition<'scheduled_report'> = {
  key: 'scheduled_report',
  name: { en: 'Scheduled report', de: 'Geplanter Bericht' },
  description: {
    en: 'Delivers a report on the schedule its owner chose.',
    de: 'Liefert einen Bericht nach dem Zeitplan, den sein Besitzer festgelegt hat.',
  },
  supportsFooter: true,
  variables: [
    USER_NAME_VARIABLE,
    {
      name: 'report_name',
      type: 'string',
      description: { en: 'Name of the report.', de: 'Name des Berichts.' },
      sample: { en: 'Weekly marketing performance', de: 'Wöchentliche Marketing-Performance' },
    },
    {
      name: 'period_label',
      type: 'date',
      description: { en: 'The period the report covers.', de: 'Der Zeitraum, den der Bericht abdeckt.' },
      sample: { en: '3–9 March 2025', de: '3.–9. März 2025' },
    },
    {
      name: 'schedule_label',
      type: 'string',
      description: {
        en: 'When the report is sent, as a phrase.',
        de: 'Wann der Bericht versendet wird, als Satzteil.',
      },
      sample: { en: 'every Monday at 8:00 AM', de: 'jeden Montag um 8:00 Uhr' },
    },
    {
      name: 'kpis',
      type: 'list',
      description: {
        en: 'Key figures of the report. Use it in {% for kpi in kpis %}.',
        de: 'Kennzahlen des Berichts. Verwendung in {% for kpi in kpis %}.',
      },
      fields: [
        {
          name: 'label',
          type: 'string',
          description: { en: 'Name of the figure.', de: 'Name der Kennzahl.' },
        },
        { name: 'value', type: 'string', description: { en: 'Value, formatted.', de: 'Wert, formatiert.' } },
      ],
      sample: {
        en: [
          { label: 'Visitors', value: '112,480' },
          { label: 'Conversions', value: '3,264' },
          { label: 'Revenue', value: '€198,340' },
          { label: 'Avg. session duration', value: '3m 42s' },
        ],
        de: [
          { label: 'Besucher', value: '112.480' },
          { label: 'Conversions', value: '3.264' },
          { label: 'Umsatz', value: '198.340 €' },
          { label: 'Ø Sitzungsdauer', value: '3 Min. 42 Sek.' },
        ],
      },
    },
    {
      name: 'report_url',
      type: 'url',
      description: { en: 'Link to the full report.', de: 'Link zum vollständigen Bericht.' },
      sample: sameInBothLocales('https://app.ametrika.com/nordlicht/reports/weekly-marketing'),
    },
  ],
  defaults: {
    en: {
      subject: '{{ report_name }} – {{ period_label }}',
      preheader: 'Your scheduled report is ready, with the key figures at a glance.',
      body: lines(
        heading('{{ report_name }}'),
        paragraph('Hi {{ user_name }},'),
        paragraph('Your scheduled report for <strong>{{ period_label }}</strong> is ready. The key figures:'),
        kpiTable,
        button('report_url', 'Open the full report'),
        mutedParagraph(
          'This report is sent {{ schedule_label }}. To change the schedule or the recipients, open the report in Ametrika and choose “Schedule”.',
        ),
      ),
    },
    de: {
      subject: '{{ report_name }} – {{ period_label }}',
      preheader: 'Ihr geplanter Bericht liegt vor – mit den wichtigsten Kennzahlen auf einen Blick.',
      body: lines(
        heading('{{ report_name }}'),
        paragraph('Guten Tag {{ user_name }},'),
        paragraph(
          'Ihr geplanter Bericht für den Zeitraum <strong>{{ period_label }}</strong> liegt vor. Die wichtigsten Kennzahlen:',
        ),
        kpiTable,
        button('report_url', 'Vollständigen Bericht öffnen'),
        mutedParagraph(
          'Dieser Bericht wird {{ schedule_label }} versendet. Um den Zeitplan oder die Empfänger zu ändern, öffnen Sie den Bericht in Ametrika und wählen Sie „Zeitplan“.',
        ),
      ),
    },
  },
};
