import { Anchor, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../../i18n/LanguageSwitch';
import { useMe } from '../../auth/hooks/useMe';
import { useVerifyEmail } from '../hooks/useVerifyEmail';
import { useVerifyEmailTranslation } from '../texts';
import { VerificationOutcome } from './VerificationOutcome';

/** Public: the link in the verification email lands here, signed in or not. */
export function VerifyEmailPage() {
  const { t } = useVerifyEmailTranslation();
  const [params] = useSearchParams();
  const { verification, retry } = useVerifyEmail(params.get('token'));
  const { me } = useMe();

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)" component="main">
      <Stack w="100%" maw={520} gap="lg">
        <Group justify="space-between" align="center">
          <Text fw={700} size="lg" c="indigo.7">
            {t('translation:app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="lg">
            <Title order={1} size="h3">
              {t('title')}
            </Title>
            <div aria-live="polite">
              <VerificationOutcome verification={verification} onRetry={retry} />
            </div>
            {verification.status !== 'verifying' && (
              <Anchor component={Link} to={me ? '/users' : '/sign-in'} size="sm">
                {me ? t('goToUsers') : t('signIn')}
              </Anchor>
            )}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
