import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type CreatedTokenNoticeProps = { name: string; token: string; onDismiss: () => void };

/** The only moment the secret is visible: the API keeps nothing but a hash. */
export function CreatedTokenNotice({ name, token, onDismiss }: CreatedTokenNoticeProps) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={t('apiTokens.createdTitle', { name })} role="status">
      <Stack gap="sm">
        <Text size="sm" fw={500}>
          {t('apiTokens.createdWarning')}
        </Text>
        <Group gap="sm" wrap="nowrap" align="center">
          <Code
            block
            style={{ flex: 1, wordBreak: 'break-all' }}
            aria-label={t('apiTokens.tokenLabel')}
            data-testid="created-token"
          >
            {token}
          </Code>
          <CopyButton value={token}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'filled' : 'default'}
                color={copied ? 'teal' : undefined}
                onClick={copy}
              >
                {copied ? t('common.copied') : t('apiTokens.copyToken')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group>
          <Button variant="subtle" size="xs" onClick={onDismiss}>
            {t('apiTokens.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
