import { Button, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language, switchLanguage } from './setup';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch' };

/** Two toggle buttons rather than a select: one click, and both choices always visible. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.language) ? i18n.language : 'en';
  return (
    <Button.Group aria-label={t('header.language')}>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          size="compact-sm"
          variant={language === current ? 'filled' : 'default'}
          aria-pressed={language === current}
          onClick={() => void switchLanguage(i18n, language)}
        >
          <span aria-hidden="true">{language.toUpperCase()}</span>
          {/* The language's own name, in its own language, for screen readers. */}
          <VisuallyHidden lang={language}>{LANGUAGE_NAMES[language]}</VisuallyHidden>
        </Button>
      ))}
    </Button.Group>
  );
}
