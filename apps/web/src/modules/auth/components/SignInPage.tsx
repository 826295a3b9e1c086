import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { DEFAULT_PATH } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { LanguageSwitch } from '../../../i18n/LanguageSwitch';
import { useSession } from '../hooks/useSession';
import { SignInForm } from './SignInForm';

/** Where the guard sent the user from, so signing in takes them back there. */
function useReturnPath() {
  const state = useLocation().state as { from?: { pathname: string; search?: string } } | null;
  const from = state?.from;
  if (!from || from.pathname.startsWith('/sign-in')) return DEFAULT_PATH;
  return `${from.pathname}${from.search ?? ''}`;
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const returnPath = useReturnPath();
  const { me, loading, error, retry } = useSession();

  if (me) return <Navigate to={returnPath} replace />;

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)" component="main">
      <Stack w="100%" maw={420} gap="lg">
        <Group justify="space-between" align="center">
          <Text fw={700} size="lg" c="indigo.7">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} size="h3">
                {t('auth.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('auth.subtitle')}
              </Text>
            </Stack>
            {loading ? (
              <PageLoader />
            ) : error ? (
              <ErrorAlert error={error} onRetry={retry} />
            ) : (
              <SignInForm onSignedIn={() => void navigate(returnPath, { replace: true })} />
            )}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
