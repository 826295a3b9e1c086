import { getI18n } from 'react-i18next';

type Texts = { [key: string]: string | Texts };

/**
 * Each lazily loaded feature module brings its own English and German texts under its own namespace,
 * so they travel in that module's chunk instead of growing the first page. Call once at module load:
 *
 *   export const texts = registerModuleTexts('sender', { en: {...}, de: {...} });
 *   const { t } = useTranslation('sender');
 */
export function registerModuleTexts<T extends Texts>(namespace: string, texts: { en: T; de: T }) {
  // The instance created in setup.ts, which initReactI18next made the one react-i18next uses.
  const instance = getI18n();
  for (const language of ['en', 'de'] as const) {
    if (instance && !instance.hasResourceBundle(language, namespace)) {
      instance.addResourceBundle(language, namespace, texts[language], true, false);
    }
  }
  return texts;
}
