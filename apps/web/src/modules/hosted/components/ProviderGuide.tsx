import { Code, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HostedDomainFieldsFragment } from '../../../gql/graphql';
import { useRecordTexts } from '../hooks/useRecordTexts';
import { recordKey } from '../lib/records';
import { NS } from '../texts';

type Hosted = Pick<HostedDomainFieldsFragment, 'provider' | 'records'>;

/** The detected provider's steps, and the manual's Cloudflare example rendered from our records. */
export function ProviderGuide({ hosted }: { hosted: Hosted }) {
  const { t } = useTranslation(NS);
  const texts = useRecordTexts();
  const { provider } = hosted;
  const known = provider.id !== 'unknown';
  const steps = texts.german ? provider.stepsDe : provider.stepsEn;
  const where = texts.german ? provider.whereDe : provider.whereEn;
  const toAdd = hosted.records.filter((record) => !record.present);

  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('provider.title')}
      </Title>
      <Text size="sm" data-testid="dns-provider">
        {known
          ? t('provider.detected', { name: provider.name, servers: provider.nameServers.join(', ') })
          : t('provider.unknown')}
      </Text>
      {known && where && <Text size="sm">{where}</Text>}
      <List type="ordered" size="sm" spacing={4}>
        {steps.map((step) => (
          <List.Item key={step}>{step}</List.Item>
        ))}
      </List>
      <Title order={3} size="h5">
        {t('provider.cloudflareTitle')}
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder verticalSpacing="xs" fz="sm">
          <Table.Caption>{t('provider.cloudflareCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('provider.type')}</Table.Th>
              <Table.Th scope="col">{t('provider.name')}</Table.Th>
              <Table.Th scope="col">{t('provider.content')}</Table.Th>
              <Table.Th scope="col">{t('provider.proxy')}</Table.Th>
              <Table.Th scope="col">{t('provider.ttl')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {toAdd.map((record) => {
              const form = record.cloudflare;
              return (
                <Table.Tr key={recordKey(record)} data-cloudflare={form.type}>
                  <Table.Td>{form.type}</Table.Td>
                  <Table.Td>
                    <Code>{form.name}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {form.contentLabel}
                    </Text>
                    <Code
                      block
                      style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12, maxWidth: 420 }}
                    >
                      {form.content}
                    </Code>
                  </Table.Td>
                  <Table.Td>
                    {form.proxyStatus ? t('provider.dnsOnly') : t('provider.notApplicable')}
                  </Table.Td>
                  <Table.Td>{form.ttl.toLowerCase() === 'auto' ? t('records.auto') : form.ttl}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
