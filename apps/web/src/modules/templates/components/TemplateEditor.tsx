import type { Locale, TemplateKey } from '@ametrika/shared';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { useAccount } from '../../auth/hooks/useAccount';
import { useMe } from '../../auth/hooks/useMe';
import { useFooter, useTemplate } from '../hooks/useTemplate';
import { TemplateEditorForm } from './TemplateEditorForm';

type TemplateEditorProps = {
  templateKey: TemplateKey;
  locale: Locale;
  onDirtyChange: (dirty: boolean) => void;
};

/** Loads what the editor and its preview need: the template, the account's footer and name. */
export function TemplateEditor({ templateKey, locale, onDirtyChange }: TemplateEditorProps) {
  const { template, loading, error, refetch } = useTemplate(templateKey, locale);
  const { footer, error: footerError } = useFooter(locale);
  const { account } = useAccount();
  const { me } = useMe();

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading || !template) return <PageLoader />;

  // The preview waits for the footer and the account name: rendering without them would briefly
  // show an email that differs from what the API sends.
  const footerReady = !template.supportsFooter || footer !== undefined || footerError !== undefined;
  return (
    <TemplateEditorForm
      key={`${template.key}:${template.locale}`}
      template={template}
      footerBody={footerReady ? (footer?.body ?? null) : undefined}
      accountName={account?.name}
      canEdit={me?.role === 'ADMIN'}
      onDirtyChange={onDirtyChange}
    />
  );
}
