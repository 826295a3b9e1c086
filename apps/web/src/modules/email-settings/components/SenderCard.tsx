import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { EmailSettingsFieldsFragment } from '../../../gql/graphql';
import { useSendSenderTest } from '../hooks/useSendSenderTest';
import { useSetSenderMode } from '../hooks/useSetSenderMode';
import { hintText, reasonText } from '../lib/localized';
import { useSenderTranslation } from '../texts';

type Sender = EmailSettingsFieldsFragment['senders'][number];
type SenderCardProps = { sender: Sender; active: boolean; recipient: string | undefined; readOnly: boolean };

/** The hosted domain (APPLY, DNS records) has its own page, built by the hosted-email module. */
export const HOSTED_SETUP_PATH = '/settings/email/hosted';

export function SenderCard({ sender, active, recipient, readOnly }: SenderCardProps) {
  const { t, i18n } = useSenderTranslation();
  const choose = useSetSenderMode();
  const test = useSendSenderTest();
  const name = t(`cards.modes.${sender.mode}.name`);
  const reason = sender.available
    ? undefined
    : reasonText(sender.unavailableCode, sender.unavailableReason, t, i18n.language);
  const reasonId = `sender-reason-${sender.mode}`;

  const use = async () => {
    if (await choose.setSenderMode(sender.mode)) {
      notifications.show({ color: 'teal', message: t('cards.switched', { name }) });
    }
  };
  const sendTest = async () => {
    if (recipient) await test.sendSenderTest(sender.mode, recipient);
  };

  return (
    <Card
      withBorder
      padding="md"
      data-testid={`sender-${sender.mode}`}
      data-active={active}
      style={active ? { borderColor: 'var(--mantine-color-teal-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} component="h3" m={0} size="md">
            {name}
          </Text>
          {active && (
            <Badge color="teal" variant="filled">
              {t('cards.active')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t(`cards.modes.${sender.mode}.description`)}
        </Text>
        <Text size="sm">
          <Text span size="sm" c="dimmed">
            {t('cards.from')}:{' '}
          </Text>
          {sender.fromAddress ?? t('cards.notSetUp')}
        </Text>
        {reason && (
          <Text size="xs" c="orange.9" id={reasonId}>
            {reason}
          </Text>
        )}
        {sender.mode === 'CUSTOM_SMTP' && !active && (
          <Anchor href="#custom-smtp" size="sm">
            {t('cards.setUpSmtp')}
          </Anchor>
        )}
        {sender.mode === 'HOSTED' && (
          <Anchor component={Link} to={HOSTED_SETUP_PATH} size="sm">
            {t('cards.setUpHosted')}
          </Anchor>
        )}
        <Group gap="xs" mt="auto">
          <Button
            size="xs"
            onClick={() => void use()}
            disabled={active || !sender.available || readOnly}
            loading={choose.loading}
            aria-describedby={reason ? reasonId : undefined}
          >
            {active ? t('cards.inUse') : t('cards.use')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => void sendTest()}
            disabled={!recipient || !sender.fromAddress || readOnly}
            loading={test.loading}
            aria-label={t('sendTest.buttonLabel', { name })}
          >
            {t('sendTest.button')}
          </Button>
        </Group>
        {choose.error && <ErrorAlert error={choose.error} />}
        {test.error && <ErrorAlert error={test.error} />}
        {test.result && (
          <Text
            size="sm"
            c={test.result.ok ? 'teal.8' : 'red.8'}
            role="status"
            data-testid={`sender-test-result-${sender.mode}`}
          >
            <Text span fw={600} size="sm">
              {test.result.ok ? t('sendTest.sent', { to: recipient }) : t('sendTest.failed')}
              {'. '}
            </Text>
            {hintText(test.result.hint, i18n.language) ?? test.result.message}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
