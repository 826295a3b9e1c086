import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRevokeApiToken } from '../hooks/useRevokeApiToken';

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const { revokeApiToken, loading, error, reset } = useRevokeApiToken();

  const cancel = () => {
    reset();
    close();
  };
  const confirm = async () => {
    const revoked = await revokeApiToken(id);
    if (!revoked) return;
    close();
    notifications.show({ color: 'teal', message: t('apiTokens.revokedNotice', { name }) });
  };

  return (
    <>
      <Button
        size="xs"
        variant="light"
        color="red"
        onClick={open}
        aria-label={t('apiTokens.revokeLabel', { name })}
      >
        {t('apiTokens.revoke')}
      </Button>
      <Modal opened={opened} onClose={cancel} title={t('apiTokens.revokeTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('apiTokens.revokeText', { name })}</Text>
          {error && <ErrorAlert error={error} forbiddenAction={t('apiTokens.forbiddenAction')} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirm()} loading={loading} data-autofocus>
              {t('apiTokens.revokeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
