import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type HostedRecord, STATUS_COLORS } from '../lib/records';
import { NS } from '../texts';

export function RecordStatusBadge({ status }: { status: HostedRecord['status'] }) {
  const { t } = useTranslation(NS);
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant={status === 'VERIFIED' ? 'filled' : 'light'}
      data-status={status}
      miw={96}
    >
      {t(`records.statuses.${status}`)}
    </Badge>
  );
}
