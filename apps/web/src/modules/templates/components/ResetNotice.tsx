import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';

type ResetNoticeProps = {
  canUndo: boolean;
  undoing: boolean;
  error: unknown;
  onUndo: () => void;
  onClose: () => void;
};

/** After a reset: the way back is restoring the version that was current before it. */
export function ResetNotice({ canUndo, undoing, error, onUndo, onClose }: ResetNoticeProps) {
  const { t } = useTranslation('templates');
  return (
    <Alert
      color="teal"
      variant="light"
      role="status"
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('reset.dismiss')}
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('reset.done')}</Text>
        {canUndo && (
          <Button size="xs" variant="default" onClick={onUndo} loading={undoing}>
            {t('reset.undo')}
          </Button>
        )}
      </Group>
      {error ? <ErrorAlert error={error} forbiddenAction={t('editor.forbiddenAction')} /> : null}
    </Alert>
  );
}
