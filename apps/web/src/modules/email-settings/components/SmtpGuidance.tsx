import { Alert, List } from '@mantine/core';
import { useSenderTranslation } from '../texts';

/** What the product manual says about choosing port and TLS, right where the choice is made. */
export function SmtpGuidance() {
  const { t } = useSenderTranslation();
  return (
    <Alert variant="light" color="blue" title={t('smtp.guidanceTitle')}>
      <List size="sm" spacing={4}>
        <List.Item>{t('smtp.guidanceTls')}</List.Item>
        <List.Item>{t('smtp.guidanceNoTls')}</List.Item>
        <List.Item>{t('smtp.guidanceGmail')}</List.Item>
      </List>
    </Alert>
  );
}
