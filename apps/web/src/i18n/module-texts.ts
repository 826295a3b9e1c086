import i18next from 'i18next';

type Texts = { [key: string]: string | Texts };

/**
 * Each lazily loaded feature module brings its own English and German texts under its own namespace,
 * so they travel in that module's chunk instead of growing the first page. Call once at module load:
 *
 *   export const texts = registerModuleTexts('sender', { en: {...}, de: {...} });
 *   const { t } = useTranslation('sender');
 */
export function registerModuleTexts<T extends Texts>(namespace: string, texts: { en: T; de: T }) {
  for (const language of ['en', 'de'] as const) {
    if (!i18next.hasResourceBundle(language, namespace)) {
      i18next.addResourceBundle(language, namespace, texts[language], true, false);
    }
  }
  return texts;
}
