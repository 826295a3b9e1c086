import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useRetryDelivery } from '../hooks/useRetryDelivery';
import { useDeliveriesTranslation } from '../texts';

export function RetryDeliveryButton({ id, to }: { id: string; to: string }) {
  const { t } = useDeliveriesTranslation();
  const describe = useErrorMessage();
  const { retryDelivery, loading } = useRetryDelivery();

  const retry = async () => {
    const { delivery, error } = await retryDelivery(id);
    notifications.show(
      delivery
        ? { color: 'teal', message: t('retry.queued', { to }) }
        : { color: 'red', message: describe(error, t('retry.forbiddenAction')) },
    );
  };

  return (
    <Button
      size="xs"
      variant="light"
      color="orange"
      loading={loading}
      onClick={() => void retry()}
      aria-label={t('retry.label', { to })}
    >
      {t('retry.button')}
    </Button>
  );
}
