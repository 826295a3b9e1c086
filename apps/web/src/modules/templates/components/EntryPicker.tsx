import {
  FOOTER_DEFINITION,
  LOCALES,
  type Locale,
  listTemplateDefinitions,
  localeKey,
} from '@ametrika/shared';
import { Badge, Group, Input, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useTemplateList } from '../hooks/useTemplateList';
import { FOOTER_ENTRY, localeOfLanguage } from '../lib/target';

type EntryPickerProps = {
  entry: string;
  locale: Locale;
  onEntryChange: (entry: string) => void;
  onLocaleChange: (locale: Locale) => void;
};

/** The manual's dropdown: every email type, and the footer as one more entry; plus the content's locale. */
export function EntryPicker({ entry, locale, onEntryChange, onLocaleChange }: EntryPickerProps) {
  const { t, i18n } = useTranslation('templates');
  const uiLocale = localeOfLanguage(i18n.language);
  const { entries, footer, error, refetch } = useTemplateList(uiLocale, locale);
  // Until the API answers, the catalog (bundled for the preview anyway) names the entries.
  const names = localeKey(uiLocale);
  const templates =
    entries ?? listTemplateDefinitions().map((d) => ({ key: d.key, name: d.name[names], customized: false }));
  const customized = new Set(templates.filter((item) => item.customized).map((item) => item.key));
  if (footer?.customized) customized.add(FOOTER_ENTRY);

  const data = [
    {
      group: t('picker.templatesGroup'),
      items: templates.map((item) => ({ value: item.key, label: item.name })),
    },
    {
      group: t('picker.footerGroup'),
      items: [{ value: FOOTER_ENTRY, label: footer?.name ?? FOOTER_DEFINITION.name[names] }],
    },
  ];

  return (
    <Group align="flex-end" gap="lg" wrap="wrap" mb="lg">
      <Select
        label={t('picker.label')}
        description={t('picker.description')}
        data={data}
        value={entry}
        onChange={(value) => value && value !== entry && onEntryChange(value)}
        allowDeselect={false}
        maxDropdownHeight={420}
        w={{ base: '100%', sm: 380 }}
        data-testid="template-picker"
        renderOption={({ option }) => (
          <Group gap="xs" justify="space-between" w="100%" wrap="nowrap">
            <span>{option.label}</span>
            {customized.has(option.value) && (
              <Badge size="xs" variant="light">
                {t('editor.customized')}
              </Badge>
            )}
          </Group>
        )}
      />
      <Input.Wrapper
        id="template-locale"
        label={t('picker.locale')}
        description={t('picker.localeHint')}
        labelElement="div"
      >
        <SegmentedControl
          display="flex"
          aria-labelledby="template-locale-label"
          value={locale}
          onChange={(value) => onLocaleChange(value as Locale)}
          data={LOCALES.map((value) => ({
            value,
            label: value === 'EN' ? 'English (EN)' : 'Deutsch (DE)',
          }))}
        />
      </Input.Wrapper>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
    </Group>
  );
}
