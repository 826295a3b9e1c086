import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../../components/ComingSoon';
import { PageHeader } from '../../../components/PageHeader';

export function DeliveriesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('deliveries.title')} />
      <ComingSoon text={t('deliveries.placeholder')} />
    </>
  );
}
