import { FOOTER_DEFINITION, getTemplateDefinition, type Locale } from '@ametrika/shared';
import { de as appDe } from '../src/i18n/de';
import { en as appEn } from '../src/i18n/en';
import { de as senderDe } from '../src/modules/email-settings/texts/de';
import { en as senderEn } from '../src/modules/email-settings/texts/en';
import { de as hostedDe } from '../src/modules/hosted/texts/de';
import { en as hostedEn } from '../src/modules/hosted/texts/en';
import { de as templatesDe } from '../src/modules/templates/texts/de';
import { en as templatesEn } from '../src/modules/templates/texts/en';

export type WalkLanguage = 'en' | 'de';

/**
 * The few texts of the Users, Mailbox and verify-email modules that the walk needs. Those modules
 * keep their texts private (they register them with react-i18next on import), so they are repeated
 * here; keep them in step with modules/users/texts.ts and modules/verify-email/texts.ts.
 */
const PRIVATE_TEXTS = {
  en: {
    users: {
      title: 'Users',
      add: 'Add user',
      form: 'Add a user',
      name: 'Name',
      email: 'Email address',
      member: 'Member',
      submit: 'Add user and send verification email',
      created: 'A verification email is on its way to {{email}}',
      openMailbox: 'Open it in the Mailbox',
      verified: 'Verified',
      notVerified: 'Not verified',
    },
    verifiedText: 'Your address {{email}} is verified. Test emails can now be sent to it.',
  },
  de: {
    users: {
      title: 'Benutzer',
      add: 'Benutzer anlegen',
      form: 'Benutzer anlegen',
      name: 'Name',
      email: 'E-Mail-Adresse',
      member: 'Mitglied',
      submit: 'Benutzer anlegen und Bestätigungs-E-Mail senden',
      created: 'Eine Bestätigungs-E-Mail an {{email}} ist unterwegs',
      openMailbox: 'Im Postfach öffnen',
      verified: 'Bestätigt',
      notVerified: 'Nicht bestätigt',
    },
    verifiedText: 'Ihre Adresse {{email}} ist bestätigt. Test-E-Mails können jetzt an sie gesendet werden.',
  },
};

/** Everything the walk reads off the screen, in one UI language, from the modules' own texts where they export them. */
export function walkTexts(language: WalkLanguage) {
  const german = language === 'de';
  return {
    language,
    /** The content locale the template editor suggests for this UI language. */
    locale: (german ? 'DE' : 'EN') as Locale,
    /** The language switch's buttons are named by each language's own name. */
    switchName: german ? 'Deutsch' : 'English',
    app: german ? appDe : appEn,
    sender: german ? senderDe : senderEn,
    hosted: german ? hostedDe : hostedEn,
    templates: german ? templatesDe : templatesEn,
    insightsName: getTemplateDefinition('insights_digest').name[language],
    footerName: FOOTER_DEFINITION.name[language],
    ...PRIVATE_TEXTS[language],
  };
}

export type WalkTexts = ReturnType<typeof walkTexts>;

/** Fills `{{name}}` placeholders as i18next does (the UI does not escape them). */
export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-text pattern for a translated text whose `{{placeholders}}` may be anything. */
export const pattern = (text: string) =>
  new RegExp(
    `^${text
      .split(/\{\{\w+\}\}/)
      .map(escapeRegExp)
      .join('.+')}$`,
  );

/** A field's label exactly, with or without the asterisk of a required field. */
export const label = (text: string) => new RegExp(`^${escapeRegExp(text)}(\\s*\\*)?$`);

/** An entry of the template dropdown: its name, followed by the “customised” badge once it is. */
export const entry = (name: string, customized: string) =>
  new RegExp(`^${escapeRegExp(name)}(\\s*${escapeRegExp(customized)})?$`);
