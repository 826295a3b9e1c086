import { EmptyState, Paper, Table, Title } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { formatDateTime } from '../../../lib/format';
import { useAuditLog } from '../hooks/useAuditLog';
import { useSenderTranslation } from '../texts';

/** Who changed the sender settings, when, and what (the API never records a secret). */
export function AuditList() {
  const { t, i18n } = useSenderTranslation();
  const { events, loading, error, refetch } = useAuditLog();

  return (
    <section aria-labelledby="sender-audit-title">
      <Title order={2} size="h4" mb="md" id="sender-audit-title">
        {t('audit.title')}
      </Title>
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : loading ? (
        <PageLoader />
      ) : !events?.length ? (
        <EmptyState variant="light" align="left" description={t('audit.empty')} />
      ) : (
        <Paper withBorder p="xs">
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>{t('audit.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.when')}</Table.Th>
                  <Table.Th scope="col">{t('audit.who')}</Table.Th>
                  <Table.Th scope="col">{t('audit.what')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(event.createdAt, i18n.language)}
                    </Table.Td>
                    <Table.Td>{event.actor}</Table.Td>
                    <Table.Td>{event.summary}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </section>
  );
}
