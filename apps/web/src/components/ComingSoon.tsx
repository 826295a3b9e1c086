import { Badge, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder for screens that later issues fill in. */
export function ComingSoon({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      variant="light"
      align="left"
      title={<Badge variant="light">{t('common.comingSoon')}</Badge>}
      description={text}
      py="lg"
    />
  );
}
