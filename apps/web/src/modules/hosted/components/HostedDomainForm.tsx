import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { HostedDomainFieldsFragment } from '../../../gql/graphql';
import { toApiError } from '../../../lib/graphql-errors';
import type { FieldErrors } from '../../../lib/zod-errors';
import { useApplyHostedDomain } from '../hooks/useApplyHostedDomain';
import {
  asciiFormOf,
  type HostedField,
  type HostedFormValues,
  validateHostedForm,
} from '../lib/validate-hosted';
import { NS } from '../texts';

type Current = Pick<HostedDomainFieldsFragment, 'domainUnicode' | 'fromEmail' | 'fromName'> | null;

const initialValues = (current: Current): HostedFormValues => ({
  domain: current?.domainUnicode ?? '',
  fromEmail: current ? current.fromEmail.slice(0, current.fromEmail.lastIndexOf('@')) : '',
  fromName: current?.fromName ?? '',
});

export function HostedDomainForm({ current, canEdit }: { current: Current; canEdit: boolean }) {
  const { t } = useTranslation(NS);
  const { applyHostedDomain, loading, error, reset } = useApplyHostedDomain();
  const [values, setValues] = useState(() => initialValues(current));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<HostedField>>({});

  const serverError = toApiError(error);
  const conflict = serverError?.code === 'CONFLICT';
  // The API names the field as `domain` or `input.domain`; either lands on the field.
  const serverField =
    serverError?.code === 'BAD_USER_INPUT' ? serverError.field?.split('.').pop() : undefined;
  const errorFor = (field: HostedField) =>
    fieldErrors[field] ?? (serverField === field ? serverError?.message : undefined);
  const ascii = asciiFormOf(values.domain);
  const set = (field: HostedField) => (event: { currentTarget: { value: string } }) => {
    const { value } = event.currentTarget;
    setValues((previous) => ({ ...previous, [field]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const { data, errors } = validateHostedForm(values, t);
    setFieldErrors(errors);
    if (!data) return;
    const hosted = await applyHostedDomain({
      domain: data.domain,
      fromEmail: data.fromEmail,
      fromName: data.fromName,
    });
    if (hosted)
      notifications.show({ color: 'teal', message: t('form.applied', { domain: hosted.domainUnicode }) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('form.title')}>
      <Stack gap="md" maw={560}>
        {conflict && (
          <Alert
            color="red"
            variant="light"
            title={t('form.conflictTitle')}
            role="alert"
            data-testid="hosted-conflict"
          >
            <Text size="sm">{t('form.conflict')}</Text>
            <Text size="sm" mt={4} c="dimmed">
              {serverError?.message}
            </Text>
          </Alert>
        )}
        {error && !conflict && !serverField && (
          <ErrorAlert error={error} forbiddenAction={t('form.forbiddenAction')} />
        )}
        <TextInput
          label={t('form.domain')}
          description={ascii ? t('form.domainAscii', { ascii }) : t('form.domainDescription')}
          placeholder="mail.example.com"
          required
          value={values.domain}
          onChange={set('domain')}
          error={errorFor('domain')}
          readOnly={!canEdit}
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          label={t('form.fromEmail')}
          description={t('form.fromEmailDescription')}
          placeholder="news"
          required
          value={values.fromEmail}
          onChange={set('fromEmail')}
          error={errorFor('fromEmail')}
          readOnly={!canEdit}
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          label={t('form.fromName')}
          description={t('form.fromNameDescription')}
          placeholder="Example News"
          value={values.fromName}
          onChange={set('fromName')}
          error={errorFor('fromName')}
          readOnly={!canEdit}
          maxLength={120}
        />
        {canEdit && (
          <Group gap="md">
            <Button type="submit" loading={loading}>
              {loading ? t('form.applying') : t('form.apply')}
            </Button>
            {current && (
              <Text size="xs" c="dimmed" maw={360}>
                {t('form.reapplyHint')}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </form>
  );
}
