import { Alert, EmptyState, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import type { CreateApiTokenMutation } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { useApiTokens } from '../hooks/useApiTokens';
import { ApiTokensTable } from './ApiTokensTable';
import { CreateApiTokenForm } from './CreateApiTokenForm';
import { CreatedTokenNotice } from './CreatedTokenNotice';

type Created = CreateApiTokenMutation['createApiToken'];

export function ApiTokensPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { tokens, loading, error, refetch } = useApiTokens();
  // Held only in component state: leaving the page forgets the secret for good.
  const [created, setCreated] = useState<Created | null>(null);
  const isAdmin = me?.role === 'ADMIN';

  return (
    <>
      <PageHeader title={t('apiTokens.title')} description={t('apiTokens.description')} />
      <Stack gap="xl">
        {created && (
          <CreatedTokenNotice
            name={created.apiToken.name}
            token={created.token}
            onDismiss={() => setCreated(null)}
          />
        )}
        {isAdmin ? (
          <Paper withBorder p="lg">
            <Title order={2} size="h4" mb="md">
              {t('apiTokens.createTitle')}
            </Title>
            <CreateApiTokenForm onCreated={setCreated} />
          </Paper>
        ) : (
          <Alert variant="light" color="gray">
            {t('errors.forbidden', { action: t('apiTokens.forbiddenAction') })}
          </Alert>
        )}
        <section aria-labelledby="api-token-list-title">
          <Title order={2} size="h4" mb="md" id="api-token-list-title">
            {t('apiTokens.listTitle')}
          </Title>
          {error ? (
            <ErrorAlert
              error={error}
              forbiddenAction={t('apiTokens.forbiddenAction')}
              onRetry={() => void refetch()}
            />
          ) : loading && !tokens ? (
            <PageLoader />
          ) : !tokens?.length ? (
            <EmptyState variant="light" align="left" description={t('apiTokens.empty')} />
          ) : (
            <Paper withBorder p="xs">
              <ApiTokensTable tokens={tokens} canRevoke={isAdmin} />
            </Paper>
          )}
        </section>
      </Stack>
    </>
  );
}
