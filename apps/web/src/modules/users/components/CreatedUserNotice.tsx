import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useMailboxEnabled } from '../hooks/useMailboxEnabled';
import { useUsersTranslation } from '../texts';

type CreatedUserNoticeProps = { email: string; onDismiss: () => void };

export function CreatedUserNotice({ email, onDismiss }: CreatedUserNoticeProps) {
  const { t } = useUsersTranslation();
  const mailboxEnabled = useMailboxEnabled();
  return (
    <Alert color="teal" variant="light" title={t('created.title', { email })} role="status">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('created.text', { email })}</Text>
        <Group gap="md">
          {mailboxEnabled && (
            <Anchor component={Link} to="/mailbox" size="sm" fw={500}>
              {t('created.mailbox')}
            </Anchor>
          )}
          <Button variant="subtle" size="xs" onClick={onDismiss}>
            {t('created.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
