import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { EmailSettingsFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { reasonText } from '../lib/localized';
import { useSetSenderMode } from '../hooks/useSetSenderMode';
import { useSenderTranslation } from '../texts';

type EnableSmtpButtonProps = { settings: EmailSettingsFieldsFragment; readOnly: boolean };

/** Test before enable: the button stays disabled, and says why, until the saved settings passed a test. */
export function EnableSmtpButton({ settings, readOnly }: EnableSmtpButtonProps) {
  const { t, i18n } = useSenderTranslation();
  const { setSenderMode, loading, error } = useSetSenderMode();

  if (settings.senderMode === 'CUSTOM_SMTP') {
    return (
      <Group gap="xs" role="status">
        <Badge color="teal" variant="light">
          {t('cards.active')}
        </Badge>
        <Text size="sm">{t('smtp.active')}</Text>
      </Group>
    );
  }

  const option = settings.senders.find((sender) => sender.mode === 'CUSTOM_SMTP');
  const ready = Boolean(settings.smtp?.readyToEnable && option?.available);
  const reason = ready
    ? undefined
    : reasonText(
        option?.unavailableCode,
        settings.smtp?.notReadyReason ?? option?.unavailableReason,
        t,
        i18n.language,
      );

  const enable = async () => {
    const updated = await setSenderMode('CUSTOM_SMTP');
    if (updated) notifications.show({ color: 'teal', message: t('smtp.enabled') });
  };

  return (
    <Stack gap={6} align="flex-start">
      <Button
        color="teal"
        onClick={() => void enable()}
        disabled={!ready || readOnly}
        loading={loading}
        aria-describedby={reason ? 'enable-smtp-reason' : undefined}
      >
        {t('smtp.enable')}
      </Button>
      {reason && (
        <Text size="sm" c="dimmed" id="enable-smtp-reason" data-testid="enable-smtp-reason">
          {reason}
        </Text>
      )}
      {error && <ErrorAlert error={error} />}
    </Stack>
  );
}
