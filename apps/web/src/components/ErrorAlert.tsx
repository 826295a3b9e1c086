import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/use-error-message';

type ErrorAlertProps = {
  error: unknown;
  /** What only administrators may do, for FORBIDDEN ("create API tokens"). */
  forbiddenAction?: string;
  title?: string;
  onRetry?: () => void;
};

export function ErrorAlert({ error, forbiddenAction, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const message = useErrorMessage()(error, forbiddenAction);
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
