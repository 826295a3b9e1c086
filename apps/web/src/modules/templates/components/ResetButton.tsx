import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';

type ResetButtonProps = {
  /** The confirmation's text, naming what goes back to the default. */
  text: string;
  dirty: boolean;
  disabled?: boolean;
  loading: boolean;
  error: unknown;
  onConfirm: () => Promise<boolean>;
};

/** RESET, as in the manual, but only after the admin confirmed it. */
export function ResetButton({ text, dirty, disabled, loading, error, onConfirm }: ResetButtonProps) {
  const { t } = useTranslation('templates');
  const [opened, { open, close }] = useDisclosure(false);
  const confirm = async () => {
    if (await onConfirm()) close();
  };
  return (
    <>
      <Button variant="default" color="red" onClick={open} disabled={disabled}>
        {t('reset.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('reset.title')} centered>
        <Stack gap="md">
          <Text size="sm">{text}</Text>
          {dirty && (
            <Text size="sm" fw={500}>
              {t('reset.unsavedNote')}
            </Text>
          )}
          {error ? <ErrorAlert error={error} forbiddenAction={t('editor.forbiddenAction')} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('reset.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirm()} loading={loading} data-autofocus>
              {t('reset.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
