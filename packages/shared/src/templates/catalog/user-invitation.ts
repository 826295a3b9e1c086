import { button, fallbackLink, heading, lines, mutedParagraph, paragraph } from '../styles.js';
import type { TemplateDefinition } from '../types.js';
import { sameInBothLocales } from '../types.js';

export const userInvitationTemplate: TemplateDefinition<'user_invitation'> = {
  key: 'user_invitation',
  name: { en: 'User invitation', de: 'Einladung' },
  description: {
    en: 'Sent when an admin invites someone to join the account.',
    de: 'Wird versendet, wenn ein Admin jemanden in das Konto einlädt.',
  },
  supportsFooter: true,
  variables: [
    {
      name: 'inviter_name',
      type: 'string',
      description: { en: 'Name of the person who sent the invitation.', de: 'Name der einladenden Person.' },
      sample: sameInBothLocales('Jonas Weber'),
    },
    {
      name: 'role_name',
      type: 'string',
      description: {
        en: 'Role the invited person will have in the account.',
        de: 'Rolle, die die eingeladene Person im Konto erhält.',
      },
      sample: { en: 'Member', de: 'Mitglied' },
    },
    {
      name: 'invite_url',
      type: 'url',
      description: { en: 'Link that accepts the invitation.', de: 'Link zum Annehmen der Einladung.' },
      sample: sameInBothLocales('https://app.ametrika.com/invite/7d3f9a41c2e8'),
    },
    {
      name: 'expires_in_days',
      type: 'number',
      description: {
        en: 'Number of days the invitation stays valid.',
        de: 'Anzahl der Tage, die die Einladung gültig ist.',
      },
      sample: sameInBothLocales(7),
    },
  ],
  defaults: {
    en: {
      subject: '{{ inviter_name }} invited you to {{ account_name }} on Ametrika',
      preheader: 'Accept the invitation to start working with your team’s analytics.',
      body: lines(
        heading('You’re invited to join {{ account_name }}'),
        paragraph(
          '{{ inviter_name }} has invited you to join the <strong>{{ account_name }}</strong> account on Ametrika as <strong>{{ role_name }}</strong>. Ametrika brings your team’s dashboards, reports and alerts together in one place.',
        ),
        button('invite_url', 'Accept invitation'),
        mutedParagraph(
          'This invitation expires in {{ expires_in_days }} days. If you weren’t expecting it, you can ignore this email — no account will be created.',
        ),
        fallbackLink('invite_url', 'If the button doesn’t work, copy this link into your browser:'),
      ),
    },
    de: {
      subject: '{{ inviter_name }} hat Sie zu {{ account_name }} auf Ametrika eingeladen',
      preheader: 'Nehmen Sie die Einladung an und arbeiten Sie gemeinsam mit Ihrem Team an Ihren Analysen.',
      body: lines(
        heading('Einladung zu {{ account_name }}'),
        paragraph(
          '{{ inviter_name }} hat Sie eingeladen, dem Konto <strong>{{ account_name }}</strong> auf Ametrika als <strong>{{ role_name }}</strong> beizutreten. In Ametrika finden Sie die Dashboards, Berichte und Alarme Ihres Teams an einem Ort.',
        ),
        button('invite_url', 'Einladung annehmen'),
        mutedParagraph(
          'Die Einladung ist {{ expires_in_days }} Tage gültig. Falls Sie diese Einladung nicht erwartet haben, können Sie die E-Mail einfach ignorieren – es wird kein Konto angelegt.',
        ),
        fallbackLink(
          'invite_url',
          'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
        ),
      ),
    },
  },
};
