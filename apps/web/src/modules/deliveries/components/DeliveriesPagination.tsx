import { Button, Group, Text } from '@mantine/core';
import { useDeliveriesTranslation } from '../texts';

type DeliveriesPaginationProps = {
  offset: number;
  shown: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

export function DeliveriesPagination(props: DeliveriesPaginationProps) {
  const { t } = useDeliveriesTranslation();
  const { offset, shown, total, hasPrevious, hasNext, onPrevious, onNext } = props;
  return (
    <Group component="nav" aria-label={t('pagination')} justify="space-between" mt="sm">
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="delivery-range">
        {t('range', { from: shown ? offset + 1 : 0, to: offset + shown, total })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={!hasPrevious} onClick={onPrevious}>
          {t('previous')}
        </Button>
        <Button variant="default" size="xs" disabled={!hasNext} onClick={onNext}>
          {t('next')}
        </Button>
      </Group>
    </Group>
  );
}
