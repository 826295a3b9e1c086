import { Badge, Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRecordTexts } from '../hooks/useRecordTexts';
import type { HostedRecord } from '../lib/records';
import { NS } from '../texts';
import { CopyTextButton } from './CopyTextButton';
import { RecordStatusBadge } from './RecordStatusBadge';

// A 2048-bit DKIM key is ~400 characters without spaces: it must wrap anywhere to stay readable.
const VALUE_STYLE = { whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12, maxWidth: 460 } as const;

export function DnsRecordRow({ record }: { record: HostedRecord }) {
  const { t } = useTranslation(NS);
  const texts = useRecordTexts();
  const label = texts.label(record);
  const message = texts.message(record);
  const note = texts.note(record);
  const showFound =
    (record.status === 'MISMATCH' || record.status === 'DUPLICATE') && record.observed.length > 0;

  return (
    <Table.Tr data-record={record.purpose} data-status={record.status}>
      <Table.Td>
        <Badge variant="outline" color="gray" radius="sm" miw={64}>
          {record.type}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Code data-testid="record-host">{record.host}</Code>
          <CopyTextButton value={record.host} label={t('records.copyHost', { record: label })} />
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {t('records.fullName', { name: record.name })}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Code block style={VALUE_STYLE} data-testid="record-value">
            {record.value}
          </Code>
          {record.present ? (
            <Text size="xs" c="dimmed">
              {t('records.present')}
            </Text>
          ) : (
            <CopyTextButton value={record.value} label={t('records.copyValue', { record: label })} />
          )}
          {note && (
            <Text size="xs" c="dimmed">
              {note}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>{record.ttl.toLowerCase() === 'auto' ? t('records.auto') : record.ttl}</Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start" maw={220}>
          <Text size="sm" fw={600}>
            {label}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`records.purposeHelp.${record.purpose}`, { defaultValue: '' })}
          </Text>
          <Badge size="xs" variant="light" color={record.required ? 'indigo' : 'gray'}>
            {record.required ? t('records.required') : t('records.optional')}
          </Badge>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start" maw={260}>
          <RecordStatusBadge status={record.status} />
          {message && <Text size="xs">{message}</Text>}
          {showFound && (
            <Text size="xs" c="red.8" style={{ wordBreak: 'break-all' }}>
              {t('records.found', { values: record.observed.join(' | ') })}
            </Text>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
