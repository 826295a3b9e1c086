import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type LeaveGuardDialogProps = { opened: boolean; onStay: () => void; onLeave: () => void };

export function LeaveGuardDialog({ opened, onStay, onLeave }: LeaveGuardDialogProps) {
  const { t } = useTranslation('templates');
  return (
    <Modal opened={opened} onClose={onStay} title={t('leave.title')} centered>
      <Stack gap="md">
        <Text size="sm">{t('leave.text')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay} data-autofocus>
            {t('leave.stay')}
          </Button>
          <Button color="red" onClick={onLeave}>
            {t('leave.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
