import { isTemplateKey, type Locale, TEMPLATE_KEYS, type TemplateKey } from '@ametrika/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import '../texts';
import { useLeaveGuard } from '../hooks/useLeaveGuard';
import { FOOTER_ENTRY, isLocale, localeOfLanguage } from '../lib/target';
import { EntryPicker } from './EntryPicker';
import { FooterEditor } from './FooterEditor';
import { LeaveGuardDialog } from './LeaveGuardDialog';
import { TemplateEditor } from './TemplateEditor';

export type WorkspaceTab = 'templates' | 'footer';

const DEFAULT_KEY: TemplateKey = TEMPLATE_KEYS[0];

/**
 * The Templates and Footer tabs of the Email page: the same dropdown in both, the footer being
 * its last entry. What is edited lives in the URL (`?key=insights_digest&locale=DE`), so it can be
 * linked and survives a reload.
 */
export function TemplateWorkspace({ tab }: { tab: WorkspaceTab }) {
  const { i18n } = useTranslation('templates');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [dirty, setDirty] = useState(false);
  const { confirmLeave, dialog } = useLeaveGuard(dirty);

  const localeParam = params.get('locale');
  const locale: Locale = isLocale(localeParam) ? localeParam : localeOfLanguage(i18n.language);
  const keyParam = params.get('key') ?? '';
  const key = isTemplateKey(keyParam) ? keyParam : DEFAULT_KEY;
  const entry = tab === 'footer' ? FOOTER_ENTRY : key;

  const open = (nextEntry: string, nextLocale: Locale) =>
    confirmLeave(() => {
      setDirty(false);
      void navigate(
        nextEntry === FOOTER_ENTRY
          ? `/settings/email/footer?locale=${nextLocale}`
          : `/settings/email/templates?key=${nextEntry}&locale=${nextLocale}`,
      );
    });

  return (
    <>
      <EntryPicker
        entry={entry}
        locale={locale}
        onEntryChange={(next) => open(next, locale)}
        onLocaleChange={(next) => open(entry, next)}
      />
      {tab === 'footer' ? (
        <FooterEditor key={locale} locale={locale} onDirtyChange={setDirty} />
      ) : (
        <TemplateEditor key={`${key}:${locale}`} templateKey={key} locale={locale} onDirtyChange={setDirty} />
      )}
      <LeaveGuardDialog {...dialog} />
    </>
  );
}
