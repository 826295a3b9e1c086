import { useTranslation } from 'react-i18next';
import { registerModuleTexts } from '../../i18n/module-texts';
import { de } from './texts/de';
import { en } from './texts/en';

export const SENDER_NAMESPACE = 'sender';
const texts = { en, de };

registerModuleTexts(SENDER_NAMESPACE, texts);

/**
 * Registering again is a no-op once the bundle is there; it matters when a new i18next instance
 * appears after this module was loaded (each component test creates one).
 */
export function useSenderTranslation() {
  registerModuleTexts(SENDER_NAMESPACE, texts);
  return useTranslation(SENDER_NAMESPACE);
}
