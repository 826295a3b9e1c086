import { Alert, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import type { Verification } from '../hooks/useVerifyEmail';
import { useVerifyEmailTranslation } from '../texts';

type VerificationOutcomeProps = { verification: Verification; onRetry: () => void };

export function VerificationOutcome({ verification, onRetry }: VerificationOutcomeProps) {
  const { t } = useVerifyEmailTranslation();
  switch (verification.status) {
    case 'verifying':
      return <PageLoader label={t('verifying')} />;
    case 'verified':
      return (
        <Alert color="teal" variant="light" title={t('verifiedTitle')} role="status">
          <Stack gap={4}>
            <Text size="sm" data-testid="verified-text">
              {t('verifiedText', { email: verification.email })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('verifiedNext')}
            </Text>
          </Stack>
        </Alert>
      );
    case 'failed':
      return (
        <Alert color="orange" variant="light" title={t('failedTitle')} role="alert">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t(`reasons.${verification.reason}`)}
            </Text>
            <Text size="sm">{t(`whatToDo.${verification.reason}`)}</Text>
          </Stack>
        </Alert>
      );
    case 'error':
      return <ErrorAlert error={verification.error} title={t('failedTitle')} onRetry={onRetry} />;
  }
}
