import type { Locale } from '@ametrika/shared';
import { Alert, Anchor, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMe } from '../../auth/hooks/useMe';
import { hintText } from '../../email-settings/lib/localized';
import { useVerifiedRecipients } from '../../users/hooks/useVerifiedRecipients';
import { useSendTestEmail } from '../hooks/useSendTestEmail';
import type { ContentDraft } from './ContentFields';

type SendTestPanelProps = { templateKey: string; locale: Locale; draft: ContentDraft };

/** The manual's SEND TEST: the editor's current text, to a verified address, through the active sender. */
export function SendTestPanel({ templateKey, locale, draft }: SendTestPanelProps) {
  const { t, i18n } = useTranslation('templates');
  const { me } = useMe();
  const { recipients, error: recipientsError, refetch } = useVerifiedRecipients();
  const { send, result, loading, error } = useSendTestEmail();
  const [chosen, setTo] = useState<string | null>(null);
  // The admin's own address by default; else the first verified one.
  const to = chosen ?? recipients?.find((address) => address === me?.email) ?? recipients?.[0] ?? null;

  const onlyOwn =
    recipients !== undefined && recipients.filter((address) => address !== me?.email).length === 0;
  const hint = hintText(result?.hint, i18n.language);

  const submit = () => {
    if (!to) return;
    void send({ key: templateKey, locale, to, ...draft });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="send-test-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="send-test-title">
            {t('sendTest.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('sendTest.description')}
          </Text>
        </div>
        {recipientsError && <ErrorAlert error={recipientsError} onRetry={() => void refetch()} />}
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('sendTest.to')}
            description={t('sendTest.toHint')}
            data={recipients ?? []}
            value={to}
            onChange={setTo}
            allowDeselect={false}
            searchable
            nothingFoundMessage={t('sendTest.noRecipients')}
            style={{ flex: '1 1 240px' }}
          />
          <Button onClick={submit} loading={loading} disabled={!to}>
            {loading ? t('sendTest.sending') : t('sendTest.send')}
          </Button>
        </Group>
        {onlyOwn && (
          <Text size="sm">
            {recipients?.length === 0 && `${t('sendTest.noRecipients')} `}
            <Anchor component={Link} to="/users">
              {t('sendTest.createUser')}
            </Anchor>
          </Text>
        )}
        {error && <ErrorAlert error={error} forbiddenAction={t('sendTest.forbiddenAction')} />}
        {result && (
          <Alert
            color={result.ok ? 'teal' : 'red'}
            variant="light"
            title={result.ok ? t('sendTest.sentTitle') : t('sendTest.failedTitle')}
            role={result.ok ? 'status' : 'alert'}
            data-testid="send-test-result"
          >
            <Text size="sm">{result.message}</Text>
            {hint && (
              <Text size="sm" mt={4}>
                {hint}
              </Text>
            )}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
