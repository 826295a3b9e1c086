import { Code, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { DeliveryDetailFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { isInFlight } from '../lib/delivery-status';
import { useDeliveriesTranslation } from '../texts';
import { DeliveryType } from './DeliveryType';

type DeliveryDetailsProps = {
  delivery: DeliveryDetailFieldsFragment;
  nameOf: (key: string) => string | undefined;
};

/** Everything the log knows about one message, as a two-column table a screen reader can walk. */
export function DeliveryDetails({ delivery, nameOf }: DeliveryDetailsProps) {
  const { t, i18n } = useDeliveriesTranslation();
  const date = (value: string | null | undefined) => formatDateTime(value, i18n.language) ?? t('none');
  const mono = (value: string | null | undefined) =>
    value ? <Code style={{ wordBreak: 'break-all' }}>{value}</Code> : t('none');

  const rows: [string, ReactNode][] = [
    [t('detail.subject'), delivery.subject],
    [
      t('type'),
      <DeliveryType
        key="type"
        kind={delivery.kind}
        templateKey={delivery.templateKey ?? null}
        nameOf={nameOf}
      />,
    ],
    [t('recipient'), delivery.to],
    [t('detail.from'), delivery.fromAddress],
    [t('detail.envelopeFrom'), mono(delivery.envelopeFrom)],
    [t('detail.envelopeTo'), mono(delivery.to)],
    [t('detail.messageId'), mono(delivery.messageId)],
    [t('detail.senderMode'), t(`senders.${delivery.senderMode}`, { defaultValue: delivery.senderMode })],
    [
      t('detail.language'),
      delivery.locale ? t(`languages.${delivery.locale}`, { defaultValue: delivery.locale }) : t('none'),
    ],
    [t('detail.created'), date(delivery.createdAt)],
    [t('detail.sentAt'), date(delivery.sentAt)],
    [t('detail.nextAttempt'), date(delivery.nextAttemptAt)],
    // Only while retries may still happen: on a sent or failed message the deadline means nothing.
    ...(isInFlight(delivery.status)
      ? [[t('detail.expiresAt'), date(delivery.expiresAt)] as [string, string]]
      : []),
    [t('detail.attempts'), String(delivery.attempts)],
    [t('detail.lostReplies'), String(delivery.lostReplies)],
    [t('detail.lastCode'), delivery.lastResponseCode ? String(delivery.lastResponseCode) : t('none')],
    [t('detail.lastReply'), mono(delivery.lastResponse)],
    [t('detail.lastStage'), delivery.lastErrorStage ?? t('none')],
  ];

  return (
    <Table variant="vertical" layout="fixed" withTableBorder data-testid="delivery-details">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={220}>
              {label}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
