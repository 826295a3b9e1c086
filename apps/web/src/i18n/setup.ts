import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Translation } from './en';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'ametrika.language';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

// English is bundled (it is also the fallback); other languages load when first chosen.
const loaders: Record<Language, () => Promise<Translation>> = {
  en: async () => en,
  de: async () => (await import('./de')).de,
};

/** A stored choice wins; otherwise the browser's preferred language, falling back to English. */
export function detectLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be blocked (privacy mode); detection still works without it.
  }
  const preferred = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en'];
  for (const tag of preferred) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function rememberLanguage(language: Language) {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch still applies to this page.
  }
}

/** Loads the texts if needed, switches, and remembers the choice for the next visit. */
export async function switchLanguage(instance: I18n, language: Language, remember = true) {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loaders[language]());
  }
  if (remember) rememberLanguage(language);
  await instance.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export async function setupI18n(language: Language = detectLanguage()) {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes already.
  });
  await switchLanguage(instance, language, false);
  return instance;
}
