import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDeleteUser } from '../hooks/useDeleteUser';
import { useUsersTranslation } from '../texts';

export function DeleteUserButton({ userId, email }: { userId: string; email: string }) {
  const { t } = useUsersTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const { deleteUser, loading, error, reset } = useDeleteUser();

  const cancel = () => {
    reset();
    close();
  };
  const confirm = async () => {
    if (!(await deleteUser(userId))) return;
    close();
    notifications.show({ color: 'teal', message: t('remove.deleted', { email }) });
  };

  return (
    <>
      <Button size="xs" variant="light" color="red" onClick={open} aria-label={t('remove.label', { email })}>
        {t('remove.button')}
      </Button>
      <Modal opened={opened} onClose={cancel} title={t('remove.title')} centered>
        <Stack gap="md">
          <Text size="sm">{t('remove.text', { email })}</Text>
          {error && <ErrorAlert error={error} forbiddenAction={t('remove.forbiddenAction')} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirm()} loading={loading} data-autofocus>
              {t('remove.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
