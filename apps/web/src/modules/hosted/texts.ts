import { registerModuleTexts } from '../../i18n/module-texts';
import { de } from './texts/de';
import { en } from './texts/en';

// Imported by every component of the module, so the texts load with the module's lazy chunk.
export const texts = registerModuleTexts('hosted', { en, de });
export const NS = 'hosted';
