import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { EmailSettingsFieldsFragment } from '../../../gql/graphql';
import { toApiError } from '../../../lib/graphql-errors';
import { useDetectSmtpSettings } from '../hooks/useDetectSmtpSettings';
import { useSaveSmtpSettings } from '../hooks/useSaveSmtpSettings';
import { useSmtpForm } from '../hooks/useSmtpForm';
import { useTestSmtpSettings } from '../hooks/useTestSmtpSettings';
import { SMTP_FIELDS, type SmtpField } from '../lib/smtp-form';
import { useSenderTranslation } from '../texts';
import { DetectionResult } from './DetectionResult';
import { EnableSmtpButton } from './EnableSmtpButton';
import { SmtpFields } from './SmtpFields';
import { SmtpGuidance } from './SmtpGuidance';
import { SmtpTestReport } from './SmtpTestReport';

type SmtpSectionProps = {
  settings: EmailSettingsFieldsFragment;
  recipient: string | undefined;
  readOnly: boolean;
};

/** The custom SMTP form with Save, Test (of the form's current values), Detect settings and Enable. */
export function SmtpSection({ settings, recipient, readOnly }: SmtpSectionProps) {
  const { t } = useSenderTranslation();
  const form = useSmtpForm(settings.smtp);
  const save = useSaveSmtpSettings();
  const test = useTestSmtpSettings();
  const detect = useDetectSmtpSettings();
  const [lastAction, setLastAction] = useState<'save' | 'test' | 'detect'>();

  const error = { save: save.error, test: test.error, detect: detect.error }[lastAction ?? 'save'];
  const apiError = toApiError(error);
  const serverField =
    apiError?.code === 'BAD_USER_INPUT' ? apiError.field?.replace(/^settings\./, '') : undefined;
  const fieldOfServer = SMTP_FIELDS.includes(serverField as SmtpField)
    ? (serverField as SmtpField)
    : undefined;
  const errorOf = (field: SmtpField) =>
    form.errorOf(field) ?? (field === fieldOfServer ? apiError?.message : undefined);

  const begin = (action: 'save' | 'test' | 'detect') => {
    setLastAction(action);
    save.reset();
    detect.reset();
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    begin('save');
    const input = form.submit();
    if (!input) return;
    const updated = await save.saveSmtpSettings(input);
    if (!updated) return;
    form.resetTo(updated.smtp);
    notifications.show({ color: 'teal', message: t('smtp.saved') });
  };

  const onTest = async () => {
    begin('test');
    const input = form.submit();
    if (input) await test.testSmtpSettings(input, recipient);
  };

  const onDetect = async () => {
    begin('detect');
    form.touch('host');
    const host = form.values.host.trim();
    if (!host) return;
    const result = await detect.detectSmtpSettings(host);
    if (result?.proposedPort == null || result.proposedSecure == null) return;
    const { proposedPort, proposedSecure } = result;
    form.setValues((current) => ({ ...current, port: String(proposedPort), secure: proposedSecure }));
  };

  return (
    <section id="custom-smtp" aria-labelledby="custom-smtp-title">
      <Paper withBorder p="lg">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} size="h4" id="custom-smtp-title">
              {t('smtp.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('smtp.description')}
            </Text>
          </Stack>
          <SmtpGuidance />
          <form onSubmit={onSave} noValidate aria-label={t('smtp.formLabel')}>
            <Stack gap="md">
              {error && !fieldOfServer && <ErrorAlert error={error} />}
              <SmtpFields
                values={form.values}
                saved={settings.smtp}
                set={form.set}
                setSecure={form.setSecure}
                touch={form.touch}
                errorOf={errorOf}
                suggestedPort={form.suggestedPort}
                readOnly={readOnly}
              />
              <DetectionResult detection={lastAction === 'detect' ? detect.detection : undefined} />
              <Group gap="sm">
                <Button type="submit" loading={save.loading} disabled={readOnly}>
                  {t('smtp.save')}
                </Button>
                <Button
                  variant="light"
                  onClick={() => void onTest()}
                  loading={test.loading}
                  disabled={readOnly}
                  title={t('smtp.testTitle')}
                >
                  {t('smtp.test')}
                </Button>
                <Button
                  variant="default"
                  onClick={() => void onDetect()}
                  loading={detect.loading}
                  disabled={readOnly}
                >
                  {t('smtp.detect')}
                </Button>
              </Group>
            </Stack>
          </form>
          <SmtpTestReport
            report={test.report ?? settings.smtp?.lastTest}
            running={test.loading}
            fresh={Boolean(test.report)}
          />
          <EnableSmtpButton settings={settings} readOnly={readOnly} />
        </Stack>
      </Paper>
    </section>
  );
}
