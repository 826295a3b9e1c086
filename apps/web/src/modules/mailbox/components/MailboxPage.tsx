import { Alert, Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useMailbox } from '../hooks/useMailbox';
import { useMailboxTranslation } from '../texts';
import { MailboxTable } from './MailboxTable';
import { MailDetail } from './MailDetail';

/** The built-in mailbox: what the embedded relay received; `?id=` opens one message (linkable). */
export function MailboxPage() {
  const { t: tApp } = useTranslation();
  const { t } = useMailboxTranslation();
  const [params, setParams] = useSearchParams();
  const openId = params.get('id');
  const { enabled, messages, loading, refreshing, error, refresh } = useMailbox();

  const open = (id: string | null) => setParams(id ? { id } : {});

  const body = () => {
    if (error) return <ErrorAlert error={error} onRetry={() => void refresh()} />;
    if (loading) return <PageLoader />;
    if (enabled === false) {
      return (
        <Alert variant="light" color="gray" title={t('disabledTitle')}>
          {t('disabled')}
        </Alert>
      );
    }
    if (openId) return <MailDetail id={openId} onBack={() => open(null)} />;
    if (!messages?.length) return <EmptyState variant="light" align="left" description={t('empty')} />;
    return (
      <Paper withBorder p="xs">
        <MailboxTable messages={messages} onOpen={open} />
      </Paper>
    );
  };

  return (
    <>
      <PageHeader title={tApp('mailbox.title')} description={t('description')} />
      <Stack gap="md">
        {enabled !== false && !openId && (
          <Group gap="sm">
            <Button variant="default" size="xs" onClick={() => void refresh()} loading={refreshing}>
              {t('refresh')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('autoRefresh')}
            </Text>
          </Group>
        )}
        {body()}
      </Stack>
    </>
  );
}
