import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useDeliveryAlerts } from '../hooks/useDeliveryAlerts';
import { useDeliveriesTranslation } from '../texts';

/** Problems of the whole account, above the list: they explain why many rows wait at once. */
export function DeliveryAlertsBanner() {
  const { t, i18n } = useDeliveriesTranslation();
  const { alerts } = useDeliveryAlerts();
  if (alerts.length === 0) return null;

  return (
    <Stack gap="sm">
      {alerts.map((alert) => {
        const host = alert.host ?? '';
        const cause = alert.stage === 'AUTH' || alert.stage === 'TLS' ? alert.stage : 'other';
        return (
          <Alert
            key={`${alert.stage}-${alert.firstSeenAt}`}
            color="red"
            variant="light"
            title={t('alerts.title')}
          >
            <Stack gap={4} align="flex-start">
              <Text size="sm" fw={500}>
                {t(`alerts.${cause}`, { host })}
              </Text>
              <Text size="sm">
                {t('alerts.reply', { message: `${alert.responseCode ?? ''} ${alert.message}`.trim() })}
              </Text>
              <Text size="sm">
                {t('alerts.pausedUntil', { time: formatDateTime(alert.pausedUntil, i18n.language) })}
              </Text>
              <Anchor component={Link} to="/settings/email/sender" size="sm">
                {t('alerts.fix')}
              </Anchor>
            </Stack>
          </Alert>
        );
      })}
    </Stack>
  );
}
