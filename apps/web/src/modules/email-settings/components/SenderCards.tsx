import { Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { EmailSettingsFieldsFragment } from '../../../gql/graphql';
import { useSenderTranslation } from '../texts';
import { SenderCard } from './SenderCard';

type SenderCardsProps = {
  settings: EmailSettingsFieldsFragment;
  recipients: string[];
  recipient: string | undefined;
  onRecipientChange: (recipient: string) => void;
  readOnly: boolean;
};

/** The four senders of the manual, the active one marked; each can send a test before it is chosen. */
export function SenderCards({
  settings,
  recipients,
  recipient,
  onRecipientChange,
  readOnly,
}: SenderCardsProps) {
  const { t } = useSenderTranslation();
  return (
    <section aria-labelledby="sender-cards-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id="sender-cards-title">
            {t('cards.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('cards.description')}
          </Text>
        </Stack>
        {!readOnly && (
          <Select
            label={t('sendTest.to')}
            description={recipients.length ? t('sendTest.toDescription') : t('sendTest.noRecipients')}
            data={recipients}
            value={recipient ?? null}
            onChange={(value) => value && onRecipientChange(value)}
            allowDeselect={false}
            disabled={!recipients.length}
            maw={420}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="md">
          {settings.senders.map((sender) => (
            <SenderCard
              key={sender.mode}
              sender={sender}
              active={sender.mode === settings.senderMode}
              recipient={recipient}
              readOnly={readOnly}
            />
          ))}
        </SimpleGrid>
      </Stack>
    </section>
  );
}
