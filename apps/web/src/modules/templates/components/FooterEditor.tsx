import type { Locale } from '@ametrika/shared';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { useAccount } from '../../auth/hooks/useAccount';
import { useMe } from '../../auth/hooks/useMe';
import { useFooter } from '../hooks/useTemplate';
import { FooterEditorForm } from './FooterEditorForm';

type FooterEditorProps = { locale: Locale; onDirtyChange: (dirty: boolean) => void };

export function FooterEditor({ locale, onDirtyChange }: FooterEditorProps) {
  const { footer, loading, error, refetch } = useFooter(locale);
  const { account } = useAccount();
  const { me } = useMe();

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading || !footer) return <PageLoader />;
  return (
    <FooterEditorForm
      key={footer.locale}
      footer={footer}
      accountName={account?.name}
      canEdit={me?.role === 'ADMIN'}
      onDirtyChange={onDirtyChange}
    />
  );
}
