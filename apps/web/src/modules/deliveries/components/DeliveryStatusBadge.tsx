import { Badge } from '@mantine/core';
import type { DeliveryStatus } from '../../../gql/graphql';
import { STATUS_COLORS } from '../lib/delivery-status';
import { useDeliveriesTranslation } from '../texts';

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  const { t } = useDeliveriesTranslation();
  return (
    // max-content: in a narrow table cell the badge would otherwise shrink to an ellipsis.
    <Badge color={STATUS_COLORS[status]} variant="light" data-status={status} miw="max-content">
      {t(`statuses.${status}`)}
    </Badge>
  );
}
