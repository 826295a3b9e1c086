import { Button, Stack, Table, Text } from '@mantine/core';
import type { DeliveryRowFieldsFragment } from '../../../gql/graphql';
import { isRetryable } from '../lib/delivery-status';
import { formatReply, formatShortDateTime } from '../lib/format-reply';
import { useDeliveriesTranslation } from '../texts';
import { DeliveryStatusBadge } from './DeliveryStatusBadge';
import { DeliveryType } from './DeliveryType';
import { RetryDeliveryButton } from './RetryDeliveryButton';

/** An address that may wrap before its @ when the column is narrow, and nowhere else unless it must. */
function Address({ value }: { value: string }) {
  const at = value.lastIndexOf('@');
  if (at <= 0) return value;
  return (
    <>
      {value.slice(0, at)}
      <wbr />
      {value.slice(at)}
    </>
  );
}

type DeliveriesTableProps = {
  deliveries: DeliveryRowFieldsFragment[];
  nameOf: (key: string) => string | undefined;
  canRetry: boolean;
  onOpen: (id: string) => void;
};

export function DeliveriesTable({ deliveries, nameOf, canRetry, onOpen }: DeliveriesTableProps) {
  const { t, i18n } = useDeliveriesTranslation();
  const date = (value: string | null | undefined) => formatShortDateTime(value, i18n.language) ?? t('none');

  return (
    // Fits the content column of a 1280 px window: the sender shows from 1408 px (and in the details),
    // the next attempt sits under the attempts, long addresses wrap before the @ and the actions stack.
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption>{t('caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('status')}</Table.Th>
            <Table.Th scope="col">{t('type')}</Table.Th>
            <Table.Th scope="col">{t('recipient')}</Table.Th>
            <Table.Th scope="col" visibleFrom="xl">
              {t('sender')}
            </Table.Th>
            <Table.Th scope="col">{t('attempts')}</Table.Th>
            <Table.Th scope="col">{t('lastReply')}</Table.Th>
            <Table.Th scope="col">{t('created')}</Table.Th>
            <Table.Th scope="col">{t('actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((delivery) => (
            <Table.Tr key={delivery.id} data-testid={`delivery-row-${delivery.id}`}>
              <Table.Td>
                <DeliveryStatusBadge status={delivery.status} />
              </Table.Td>
              <Table.Td>
                <DeliveryType
                  kind={delivery.kind}
                  templateKey={delivery.templateKey ?? null}
                  nameOf={nameOf}
                />
              </Table.Td>
              <Table.Td maw={220} style={{ overflowWrap: 'break-word' }}>
                <Address value={delivery.to} />
              </Table.Td>
              <Table.Td visibleFrom="xl">
                {t(`senders.${delivery.senderMode}`, { defaultValue: delivery.senderMode })}
              </Table.Td>
              <Table.Td>
                {delivery.attempts}
                {delivery.nextAttemptAt && (
                  <Text size="xs" c="dimmed">
                    {t('nextAttemptAt', { date: date(delivery.nextAttemptAt) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td maw={220}>
                <Text size="xs" lineClamp={2} title={delivery.lastResponse ?? undefined}>
                  {formatReply(delivery.lastResponseCode, delivery.lastResponse) ?? t('none')}
                </Text>
              </Table.Td>
              <Table.Td>{date(delivery.createdAt)}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onOpen(delivery.id)}
                    aria-label={t('detailsLabel', { to: delivery.to })}
                  >
                    {t('details')}
                  </Button>
                  {canRetry && isRetryable(delivery.status) && (
                    <RetryDeliveryButton id={delivery.id} to={delivery.to} />
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
