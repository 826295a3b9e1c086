import { Alert, Drawer, Group, Stack } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { useDelivery } from '../hooks/useDelivery';
import { isRetryable } from '../lib/delivery-status';
import { useDeliveriesTranslation } from '../texts';
import { DeliveryDetails } from './DeliveryDetails';
import { DeliveryStatusBadge } from './DeliveryStatusBadge';
import { RetryDeliveryButton } from './RetryDeliveryButton';

type DeliveryDetailDrawerProps = {
  id: string | null;
  canRetry: boolean;
  nameOf: (key: string) => string | undefined;
  onClose: () => void;
};

export function DeliveryDetailDrawer({ id, canRetry, nameOf, onClose }: DeliveryDetailDrawerProps) {
  const { t } = useDeliveriesTranslation();
  const { delivery, loading, error, refetch } = useDelivery(id);

  return (
    <Drawer
      opened={Boolean(id)}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('detail.title')}
      closeButtonProps={{ 'aria-label': t('detail.close') }}
    >
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : loading ? (
        <PageLoader />
      ) : !delivery ? (
        <Alert color="gray" variant="light">
          {t('detail.notFound')}
        </Alert>
      ) : (
        <Stack gap="md">
          <Group justify="space-between">
            <DeliveryStatusBadge status={delivery.status} />
            {canRetry && isRetryable(delivery.status) && (
              <RetryDeliveryButton id={delivery.id} to={delivery.to} />
            )}
          </Group>
          <DeliveryDetails delivery={delivery} nameOf={nameOf} />
        </Stack>
      )}
    </Drawer>
  );
}
