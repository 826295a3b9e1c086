import { senderIdentityInputSchema } from '@ametrika/shared';
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { EmailSettingsFieldsFragment } from '../../../gql/graphql';
import { toApiError } from '../../../lib/graphql-errors';
import { type FieldErrors, toFieldErrors } from '../../../lib/zod-errors';
import { useUpdateSenderIdentity } from '../hooks/useUpdateSenderIdentity';
import { useSenderTranslation } from '../texts';

type Field = 'fromName' | 'replyTo';
type SenderIdentityFormProps = { settings: EmailSettingsFieldsFragment; readOnly: boolean };

/** The display name and reply-to address that every sender uses. */
export function SenderIdentityForm({ settings, readOnly }: SenderIdentityFormProps) {
  const { t } = useSenderTranslation();
  const { updateSenderIdentity, loading, error, reset } = useUpdateSenderIdentity();
  const [fromName, setFromName] = useState(settings.fromName ?? '');
  const [replyTo, setReplyTo] = useState(settings.replyTo ?? '');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});

  const serverError = toApiError(error);
  const serverField = serverError?.code === 'BAD_USER_INPUT' ? (serverError.field as Field) : undefined;
  const errorFor = (field: Field) =>
    fieldErrors[field] ?? (serverField === field ? serverError?.message : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const parsed = senderIdentityInputSchema.safeParse({ fromName, replyTo });
    if (!parsed.success) return setFieldErrors(toFieldErrors<Field>(parsed.error, t));
    setFieldErrors({});
    const updated = await updateSenderIdentity({
      fromName: parsed.data.fromName || null,
      replyTo: parsed.data.replyTo || null,
    });
    if (updated) notifications.show({ color: 'teal', message: t('identity.saved') });
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="sender-identity-title">
      <form onSubmit={submit} noValidate aria-labelledby="sender-identity-title">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} size="h4" id="sender-identity-title">
              {t('identity.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('identity.description')}
            </Text>
          </Stack>
          {error && !serverField && <ErrorAlert error={error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('identity.fromName')}
              placeholder={t('identity.fromNamePlaceholder')}
              value={fromName}
              onChange={(e) => setFromName(e.currentTarget.value)}
              error={errorFor('fromName')}
              readOnly={readOnly}
            />
            <TextInput
              type="email"
              label={t('identity.replyTo')}
              placeholder={t('identity.replyToPlaceholder')}
              description={t('identity.replyToDescription')}
              value={replyTo}
              onChange={(e) => setReplyTo(e.currentTarget.value)}
              error={errorFor('replyTo')}
              readOnly={readOnly}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" variant="light" loading={loading} disabled={readOnly}>
              {t('identity.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
