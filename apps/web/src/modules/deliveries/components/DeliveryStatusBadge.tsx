import { Badge } from '@mantine/core';
import type { DeliveryStatus } from '../../../gql/graphql';
import { STATUS_COLORS } from '../lib/delivery-status';
import { useDeliveriesTranslation } from '../texts';

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  const { t } = useDeliveriesTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-status={status}>
      {t(`statuses.${status}`)}
    </Badge>
  );
}
