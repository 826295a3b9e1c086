import { Alert, EmptyState, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useMe } from '../../auth/hooks/useMe';
import { useUsers } from '../hooks/useUsers';
import { useUsersTranslation } from '../texts';
import { AddUserButton } from './AddUserButton';
import { CreatedUserNotice } from './CreatedUserNotice';
import { UsersTable } from './UsersTable';

export function UsersPage() {
  const { t } = useUsersTranslation();
  const { me } = useMe();
  const { users, loading, error, refetch } = useUsers();
  const [createdEmail, setCreatedEmail] = useState<string | null>(null);
  const isAdmin = me?.role === 'ADMIN';

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="lg">
        {createdEmail && <CreatedUserNotice email={createdEmail} onDismiss={() => setCreatedEmail(null)} />}
        {!isAdmin && me && (
          <Alert variant="light" color="gray">
            {t('readOnly')}
          </Alert>
        )}
        <section aria-labelledby="user-list-title">
          <Group justify="space-between" mb="md">
            <Title order={2} size="h4" id="user-list-title">
              {t('listTitle')}
            </Title>
            {isAdmin && <AddUserButton onCreated={(user) => setCreatedEmail(user.email)} />}
          </Group>
          {error ? (
            <ErrorAlert error={error} onRetry={() => void refetch()} />
          ) : loading && !users ? (
            <PageLoader />
          ) : !users?.length ? (
            <EmptyState variant="light" align="left" description={t('empty')} />
          ) : (
            <Paper withBorder p="xs">
              <UsersTable users={users} canManage={isAdmin} currentUserId={me?.id} />
            </Paper>
          )}
        </section>
      </Stack>
    </>
  );
}
