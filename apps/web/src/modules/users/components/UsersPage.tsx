import { EmptyState, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useUsers } from '../hooks/useUsers';
import { UsersTable } from './UsersTable';

export function UsersPage() {
  const { t } = useTranslation();
  const { users, loading, error, refetch } = useUsers();

  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')} />
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : loading && !users ? (
        <PageLoader />
      ) : !users?.length ? (
        <EmptyState variant="light" align="left" description={t('users.empty')} />
      ) : (
        <Paper withBorder p="xs">
          <UsersTable users={users} />
        </Paper>
      )}
    </>
  );
}
