import { Badge, Button, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { HostedDomainFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useVerifyDnsRecords } from '../hooks/useVerifyDnsRecords';
import { DOMAIN_STATUS_COLORS } from '../lib/records';
import { NS } from '../texts';

type Hosted = Pick<
  HostedDomainFieldsFragment,
  | 'domain'
  | 'domainUnicode'
  | 'fromEmail'
  | 'fromName'
  | 'status'
  | 'lastCheckedAt'
  | 'nextCheckAt'
  | 'verifiedAt'
>;

export function DomainStatusPanel({ hosted, canEdit }: { hosted: Hosted; canEdit: boolean }) {
  const { t, i18n } = useTranslation(NS);
  const { verifyDnsRecords, loading, error } = useVerifyDnsRecords();
  const date = (value: string | null | undefined, empty: string) =>
    formatDateTime(value, i18n.language) ?? empty;
  const idn = hosted.domainUnicode !== hosted.domain;
  const sender = hosted.fromName ? `${hosted.fromName} <${hosted.fromEmail}>` : hosted.fromEmail;

  const verify = async () => {
    if (await verifyDnsRecords()) notifications.show({ color: 'teal', message: t('status.verified') });
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h4">
          {t('status.title')}
        </Title>
        {canEdit && (
          <Button onClick={() => void verify()} loading={loading} variant="light">
            {loading ? t('status.verifying') : t('status.verify')}
          </Button>
        )}
      </Group>
      {error && <ErrorAlert error={error} />}
      <DataList labelWidth={200} withDivider>
        <DataList.Item>
          <DataList.ItemLabel>{t('status.domain')}</DataList.ItemLabel>
          <DataList.ItemValue data-testid="hosted-domain">
            {idn
              ? t('status.unicodeAscii', { unicode: hosted.domainUnicode, ascii: hosted.domain })
              : hosted.domain}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('status.sender')}</DataList.ItemLabel>
          <DataList.ItemValue>{sender}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('status.state')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Stack gap={2} align="flex-start">
              <Badge
                color={DOMAIN_STATUS_COLORS[hosted.status]}
                data-testid="domain-status"
                data-status={hosted.status}
              >
                {t(`status.domainStatus.${hosted.status}`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {t(`status.domainStatusHelp.${hosted.status}`)}
              </Text>
            </Stack>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('status.lastChecked')}</DataList.ItemLabel>
          <DataList.ItemValue>{date(hosted.lastCheckedAt, t('status.never'))}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('status.nextCheck')}</DataList.ItemLabel>
          <DataList.ItemValue>{date(hosted.nextCheckAt, t('status.none'))}</DataList.ItemValue>
        </DataList.Item>
        {hosted.verifiedAt && (
          <DataList.Item>
            <DataList.ItemLabel>{t('status.verifiedAt')}</DataList.ItemLabel>
            <DataList.ItemValue>{date(hosted.verifiedAt, t('status.never'))}</DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>
    </Stack>
  );
}
