import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PageLoader({ label }: { label?: string }) {
  const { t } = useTranslation();
  const text = label ?? t('app.loading');
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="md" aria-label={text} />
    </Center>
  );
}

export function FullPageLoader() {
  return (
    <Center mih="100vh">
      <PageLoader />
    </Center>
  );
}
