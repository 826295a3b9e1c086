import { registerModuleTexts } from '../../i18n/module-texts';
import { de } from './texts/de';
import { en } from './texts/en';

// The template editor's texts travel in its lazy chunk instead of growing the first page.
export const texts = registerModuleTexts('templates', { en, de });
