import { Alert, Button, Grid, Group, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import type { SavedSmtp, SmtpField, SmtpFormValues } from '../lib/smtp-form';
import { passwordWillBeCleared } from '../lib/smtp-form';
import { useSenderTranslation } from '../texts';

type SmtpFieldsProps = {
  values: SmtpFormValues;
  saved: SavedSmtp | null | undefined;
  set: <K extends keyof SmtpFormValues>(field: K, value: SmtpFormValues[K]) => void;
  setSecure: (secure: boolean) => void;
  touch: (field: SmtpField) => void;
  errorOf: (field: SmtpField) => string | undefined;
  suggestedPort: string | undefined;
  readOnly: boolean;
};

export function SmtpFields({
  values,
  saved,
  set,
  setSecure,
  touch,
  errorOf,
  suggestedPort,
  readOnly,
}: SmtpFieldsProps) {
  const { t } = useSenderTranslation();
  const text = (field: 'host' | 'port' | 'username' | 'fromEmail' | 'fromName') => ({
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => set(field, event.currentTarget.value),
    onBlur: () => touch(field),
    error: errorOf(field),
    readOnly,
  });
  const stored = Boolean(saved?.hasPassword) && !values.removePassword;

  return (
    <Stack gap="md">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label={t('smtp.host')}
            placeholder={t('smtp.hostPlaceholder')}
            required
            autoComplete="off"
            spellCheck={false}
            {...text('host')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('smtp.port')}
            required
            inputMode="numeric"
            description={suggestedPort ? t('smtp.portSuggested', { port: suggestedPort }) : undefined}
            {...text('port')}
          />
        </Grid.Col>
      </Grid>
      <Stack gap={4}>
        {/* The description sits outside the label, so the switch's name stays "SSL/TLS". */}
        <Switch
          label={t('smtp.tls')}
          checked={values.secure}
          onChange={(event) => setSecure(event.currentTarget.checked)}
          disabled={readOnly}
          aria-describedby="smtp-tls-description"
        />
        <Text size="xs" c="dimmed" id="smtp-tls-description">
          {values.secure ? t('smtp.tlsOn') : t('smtp.tlsOff')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('smtp.username')} autoComplete="off" spellCheck={false} {...text('username')} />
        <Stack gap={4}>
          <TextInput
            type="password"
            label={t('smtp.password')}
            autoComplete="new-password"
            placeholder={stored ? t('smtp.passwordStored') : undefined}
            description={stored ? t('smtp.passwordKeep') : undefined}
            value={values.password}
            onChange={(event) => {
              set('password', event.currentTarget.value);
              if (event.currentTarget.value) set('removePassword', false);
            }}
            onBlur={() => touch('password')}
            error={errorOf('password')}
            readOnly={readOnly}
          />
          {saved?.hasPassword && !readOnly && (
            <Group>
              <Button
                variant="subtle"
                size="compact-xs"
                color={values.removePassword ? 'gray' : 'red'}
                onClick={() => {
                  set('removePassword', !values.removePassword);
                  set('password', '');
                }}
              >
                {values.removePassword ? t('smtp.keepPassword') : t('smtp.removePassword')}
              </Button>
            </Group>
          )}
        </Stack>
      </SimpleGrid>
      {values.removePassword && (
        <Text size="sm" c="orange.8" role="status">
          {t('smtp.passwordWillBeRemoved')}
        </Text>
      )}
      {passwordWillBeCleared(values, saved) && (
        <Alert variant="light" color="yellow" role="status">
          {t('smtp.passwordWillBeCleared')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          type="email"
          label={t('smtp.fromEmail')}
          placeholder={t('smtp.fromEmailPlaceholder')}
          required
          {...text('fromEmail')}
        />
        <TextInput label={t('smtp.fromName')} {...text('fromName')} />
      </SimpleGrid>
    </Stack>
  );
}
