import { useTranslation } from 'react-i18next';
import { NS } from '../texts';
import type { HostedRecord } from '../lib/records';

/** Texts of one record in the UI language: its name for labels, the API's localised message and note. */
export function useRecordTexts() {
  const { t, i18n } = useTranslation(NS);
  const german = i18n.language.startsWith('de');
  return {
    german,
    purpose: (record: HostedRecord) =>
      t(`records.purposes.${record.purpose}`, { defaultValue: record.purpose }),
    label: (record: HostedRecord) => {
      const purpose = t(`records.purposes.${record.purpose}`, { defaultValue: record.purpose });
      return record.selector ? `${purpose} (${record.selector})` : purpose;
    },
    message: (record: HostedRecord) => (german ? record.messageDe : record.messageEn) ?? undefined,
    note: (record: HostedRecord) => (german ? record.noteDe : record.noteEn) ?? undefined,
  };
}
