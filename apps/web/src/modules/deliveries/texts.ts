import { useTranslation } from 'react-i18next';
import { registerModuleTexts } from '../../i18n/module-texts';
import { de } from './texts/de';
import { en } from './texts/en';

export const DELIVERIES_NS = 'deliveries';
const texts = { en, de };

registerModuleTexts(DELIVERIES_NS, texts);

/** Registered again on use: each component test creates a new i18next instance (a no-op otherwise). */
export function useDeliveriesTranslation() {
  registerModuleTexts(DELIVERIES_NS, texts);
  return useTranslation(DELIVERIES_NS);
}
