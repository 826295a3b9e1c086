import { Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useMe } from '../../auth/hooks/useMe';
import { useDeliveries } from '../hooks/useDeliveries';
import { useDeliveryFilters } from '../hooks/useDeliveryFilters';
import { useTemplateNames } from '../hooks/useTemplateNames';
import { useDeliveriesTranslation } from '../texts';
import { DeliveriesPagination } from './DeliveriesPagination';
import { DeliveriesTable } from './DeliveriesTable';
import { DeliveryAlertsBanner } from './DeliveryAlertsBanner';
import { DeliveryDetailDrawer } from './DeliveryDetailDrawer';
import { DeliveryFilterBar } from './DeliveryFilterBar';

/** Readable by every member; only admins send a failed or expired message again. */
export function DeliveriesPage() {
  const { t } = useDeliveriesTranslation();
  const { me } = useMe();
  const canRetry = me?.role === 'ADMIN';
  const { filters, setStatus, setTemplateKey, clearFilters, openDeliveryId, openDelivery, closeDelivery } =
    useDeliveryFilters();
  const { templates, nameOf } = useTemplateNames();
  const log = useDeliveries(filters);
  const filtered = Boolean(filters.status || filters.templateKey);

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="md">
        <DeliveryAlertsBanner />
        <Group justify="space-between" align="flex-end">
          <DeliveryFilterBar
            filters={filters}
            templates={templates}
            onStatus={setStatus}
            onTemplateKey={setTemplateKey}
            onClear={clearFilters}
          />
          <Button
            variant="default"
            onClick={() => void log.refetch()}
            loading={log.loading && !!log.deliveries}
          >
            {t('refresh')}
          </Button>
        </Group>
        {log.inFlight && (
          <Text size="sm" c="dimmed" role="status">
            {t('autoRefresh')}
          </Text>
        )}
        {log.error && !log.deliveries ? (
          <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />
        ) : !log.deliveries ? (
          <PageLoader />
        ) : log.deliveries.length === 0 ? (
          <EmptyState variant="light" align="left" description={filtered ? t('emptyFiltered') : t('empty')} />
        ) : (
          <Paper withBorder p="xs">
            {log.error && <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
            <DeliveriesTable
              deliveries={log.deliveries}
              nameOf={nameOf}
              canRetry={canRetry}
              onOpen={openDelivery}
            />
            <DeliveriesPagination
              offset={log.offset}
              shown={log.deliveries.length}
              total={log.totalCount}
              hasPrevious={log.hasPrevious}
              hasNext={log.hasNext}
              onPrevious={log.previous}
              onNext={log.next}
            />
          </Paper>
        )}
      </Stack>
      <DeliveryDetailDrawer id={openDeliveryId} canRetry={canRetry} nameOf={nameOf} onClose={closeDelivery} />
    </>
  );
}
