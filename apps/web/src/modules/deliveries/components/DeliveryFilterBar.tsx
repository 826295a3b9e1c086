import { Button, Group, NativeSelect } from '@mantine/core';
import type { DeliveryStatus } from '../../../gql/graphql';
import type { DeliveryFilters } from '../hooks/useDeliveryFilters';
import { DELIVERY_STATUSES, isDeliveryStatus } from '../lib/delivery-status';
import { useDeliveriesTranslation } from '../texts';

type DeliveryFilterBarProps = {
  filters: DeliveryFilters;
  templates: { key: string; name: string }[];
  onStatus: (status: DeliveryStatus | null) => void;
  onTemplateKey: (key: string | null) => void;
  onClear: () => void;
};

export function DeliveryFilterBar({
  filters,
  templates,
  onStatus,
  onTemplateKey,
  onClear,
}: DeliveryFilterBarProps) {
  const { t } = useDeliveriesTranslation();
  const statusOptions = [
    { value: '', label: t('filters.anyStatus') },
    ...DELIVERY_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) })),
  ];
  const typeOptions = [
    { value: '', label: t('filters.anyType') },
    ...templates.map((template) => ({ value: template.key, label: template.name })),
  ];
  // A key from a link that the list does not know yet still shows as selected.
  if (filters.templateKey && !templates.some((template) => template.key === filters.templateKey)) {
    typeOptions.push({ value: filters.templateKey, label: filters.templateKey });
  }

  return (
    <Group role="search" aria-label={t('filters.label')} align="flex-end" gap="md">
      <NativeSelect
        label={t('filters.status')}
        data={statusOptions}
        value={filters.status ?? ''}
        onChange={(e) => onStatus(isDeliveryStatus(e.currentTarget.value) ? e.currentTarget.value : null)}
        w={200}
      />
      <NativeSelect
        label={t('filters.type')}
        data={typeOptions}
        value={filters.templateKey ?? ''}
        onChange={(e) => onTemplateKey(e.currentTarget.value || null)}
        w={260}
      />
      {(filters.status || filters.templateKey) && (
        <Button variant="subtle" onClick={onClear}>
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
