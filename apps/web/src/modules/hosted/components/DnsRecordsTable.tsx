import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type HostedRecord, recordKey } from '../lib/records';
import { NS } from '../texts';
import { DnsRecordRow } from './DnsRecordRow';

export function DnsRecordsTable({ records, domain }: { records: readonly HostedRecord[]; domain: string }) {
  const { t } = useTranslation(NS);
  return (
    <Table.ScrollContainer minWidth={940}>
      <Table verticalSpacing="sm" striped>
        <Table.Caption>{t('records.caption', { domain })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={96}>
              {t('records.type')}
            </Table.Th>
            <Table.Th scope="col">{t('records.host')}</Table.Th>
            <Table.Th scope="col">{t('records.value')}</Table.Th>
            <Table.Th scope="col">{t('records.ttl')}</Table.Th>
            <Table.Th scope="col">{t('records.purpose')}</Table.Th>
            <Table.Th scope="col" miw={180}>
              {t('records.status')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((record) => (
            <DnsRecordRow key={recordKey(record)} record={record} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
