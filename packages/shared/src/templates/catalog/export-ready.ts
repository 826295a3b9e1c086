import { button, fallbackLink, heading, lines, mutedParagraph, paragraph } from '../styles.js';
import { USER_NAME_VARIABLE } from '../shared-variables.js';
import type { TemplateDefinition } from '../types.js';
import { sameInBothLocales } from '../types.js';

export const exportReadyTemplate: TemplateDefinition<'export_ready'> = {
  key: 'export_ready',
  name: { en: 'Data export ready', de: 'Datenexport bereit' },
  description: {
    en: 'Tells a user that a requested data export can be downloaded.',
    de: 'Teilt mit, dass ein angeforderter Datenexport heruntergeladen werden kann.',
  },
  supportsFooter: true,
  variables: [
    USER_NAME_VARIABLE,
    {
      name: 'export_name',
      type: 'string',
      description: { en: 'Name of the export.', de: 'Name des Exports.' },
      sample: { en: 'Sessions by channel, Q1 2025', de: 'Sitzungen nach Kanal, Q1 2025' },
    },
    {
      name: 'file_format',
      type: 'string',
      description: { en: 'File format, e.g. CSV or XLSX.', de: 'Dateiformat, z. B. CSV oder XLSX.' },
      sample: sameInBothLocales('CSV'),
    },
    {
      name: 'file_size',
      type: 'string',
      description: { en: 'Size of the file, formatted.', de: 'Größe der Datei, formatiert.' },
      sample: { en: '4.2 MB', de: '4,2 MB' },
    },
    {
      name: 'download_url',
      type: 'url',
      description: { en: 'Link that downloads the file.', de: 'Link zum Herunterladen der Datei.' },
      sample: sameInBothLocales('https://app.ametrika.com/nordlicht/exports/5c81d2f7/download'),
    },
    {
      name: 'expires_at',
      type: 'date',
      description: {
        en: 'Last day the download link works.',
        de: 'Letzter Tag, an dem der Download-Link funktioniert.',
      },
      sample: { en: '17 March 2025', de: '17. März 2025' },
    },
  ],
  defaults: {
    en: {
      subject: 'Your export “{{ export_name }}” is ready',
      preheader: 'Download the {{ file_format }} file ({{ file_size }}) by {{ expires_at }}.',
      body: lines(
        heading('Your export is ready'),
        paragraph('Hi {{ user_name }},'),
        paragraph(
          'The export <strong>{{ export_name }}</strong> from {{ account_name }} has finished. The {{ file_format }} file is {{ file_size }}.',
        ),
        button('download_url', 'Download export'),
        mutedParagraph(
          'The download link works until {{ expires_at }}. After that, you can start the export again in Ametrika.',
        ),
        fallbackLink('download_url', 'If the button doesn’t work, copy this link into your browser:'),
      ),
    },
    de: {
      subject: 'Ihr Export „{{ export_name }}“ ist fertig',
      preheader: 'Laden Sie die {{ file_format }}-Datei ({{ file_size }}) bis zum {{ expires_at }} herunter.',
      body: lines(
        heading('Ihr Export ist fertig'),
        paragraph('Guten Tag {{ user_name }},'),
        paragraph(
          'der Export <strong>{{ export_name }}</strong> aus {{ account_name }} ist abgeschlossen. Die {{ file_format }}-Datei ist {{ file_size }} groß.',
        ),
        button('download_url', 'Export herunterladen'),
        mutedParagraph(
          'Der Download-Link ist bis zum {{ expires_at }} gültig. Danach können Sie den Export in Ametrika erneut starten.',
        ),
        fallbackLink(
          'download_url',
          'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
        ),
      ),
    },
  },
};
