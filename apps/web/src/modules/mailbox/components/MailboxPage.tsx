import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../../components/ComingSoon';
import { PageHeader } from '../../../components/PageHeader';

export function MailboxPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('mailbox.title')} />
      <ComingSoon text={t('mailbox.placeholder')} />
    </>
  );
}
