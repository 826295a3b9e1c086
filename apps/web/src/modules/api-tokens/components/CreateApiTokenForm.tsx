import { apiTokenNameSchema } from '@ametrika/shared';
import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { CreateApiTokenMutation, TokenScope } from '../../../gql/graphql';
import { toApiError } from '../../../lib/graphql-errors';
import { toFieldErrors } from '../../../lib/zod-errors';
import { useCreateApiToken } from '../hooks/useCreateApiToken';

type Created = CreateApiTokenMutation['createApiToken'];
const SCOPES: TokenScope[] = ['READ', 'ADMIN'];

export function CreateApiTokenForm({ onCreated }: { onCreated: (created: Created) => void }) {
  const { t } = useTranslation();
  const { createApiToken, loading, error, reset } = useCreateApiToken();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('READ');
  const [nameError, setNameError] = useState<string>();

  const serverError = toApiError(error);
  const serverNameError = serverError?.code === 'BAD_USER_INPUT' && serverError.field === 'name';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    // The schema validates the value alone; wrap its issues so they land on the `name` field.
    const parsed = apiTokenNameSchema.safeParse(name);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ ...issue, path: ['name'] }));
      setNameError(toFieldErrors<'name'>({ issues }, t).name);
      return;
    }
    setNameError(undefined);
    const created = await createApiToken(parsed.data, scope);
    if (!created) return;
    setName('');
    onCreated(created);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('apiTokens.createTitle')}>
      <Stack gap="md" maw={520}>
        {error && !serverNameError && (
          <ErrorAlert error={error} forbiddenAction={t('apiTokens.forbiddenAction')} />
        )}
        <TextInput
          label={t('apiTokens.name')}
          placeholder={t('apiTokens.namePlaceholder')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={nameError ?? (serverNameError ? serverError?.message : undefined)}
          maxLength={200}
        />
        <Radio.Group
          label={t('apiTokens.scope')}
          value={scope}
          onChange={(value) => setScope(value as TokenScope)}
          required
        >
          <Group gap="lg" mt={6}>
            {SCOPES.map((value) => (
              <Radio key={value} value={value} label={t(`apiTokens.scopes.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Group>
          <Button type="submit" loading={loading}>
            {loading ? t('apiTokens.creating') : t('apiTokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
