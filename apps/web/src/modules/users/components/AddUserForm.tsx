import { createUserInputSchema } from '@ametrika/shared';
import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { Locale, Role, UserRowFieldsFragment } from '../../../gql/graphql';
import { toApiError } from '../../../lib/graphql-errors';
import { type FieldErrors, toFieldErrors } from '../../../lib/zod-errors';
import { useCreateUser } from '../hooks/useCreateUser';
import { useUsersTranslation } from '../texts';

type Field = 'name' | 'email' | 'role' | 'locale';
const ROLES: Role[] = ['MEMBER', 'ADMIN'];
const LOCALES: Locale[] = ['EN', 'DE'];

type AddUserFormProps = { onCreated: (user: UserRowFieldsFragment) => void; onCancel?: () => void };

/** The manual's "test user": name, address, role and the language of its emails. */
export function AddUserForm({ onCreated, onCancel }: AddUserFormProps) {
  const { t, i18n } = useUsersTranslation();
  const { createUser, loading, error, reset } = useCreateUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const [locale, setLocale] = useState<Locale>(i18n.language === 'de' ? 'DE' : 'EN');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});

  const serverError = toApiError(error);
  // BAD_USER_INPUT and CONFLICT (address taken) name the field; show them there.
  const serverField =
    serverError?.code === 'BAD_USER_INPUT' || serverError?.code === 'CONFLICT'
      ? (serverError.field as Field | undefined)
      : undefined;
  const errorFor = (field: Field) =>
    fieldErrors[field] ?? (serverField === field ? serverError?.message : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const parsed = createUserInputSchema.safeParse({ email, name: name.trim() || null, role });
    if (!parsed.success) {
      setFieldErrors(toFieldErrors<Field>(parsed.error, t));
      return;
    }
    setFieldErrors({});
    const created = await createUser({ ...parsed.data, locale });
    if (created) onCreated(created);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('add.title')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('add.intro')}
        </Text>
        {error && !serverField && <ErrorAlert error={error} forbiddenAction={t('add.forbiddenAction')} />}
        <TextInput
          label={t('name')}
          placeholder={t('add.namePlaceholder')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errorFor('name')}
          autoComplete="off"
          data-autofocus
        />
        <TextInput
          label={t('email')}
          placeholder={t('add.emailPlaceholder')}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errorFor('email')}
          autoComplete="off"
        />
        <Radio.Group
          label={t('role')}
          description={t('add.roleHint')}
          value={role}
          onChange={(value) => setRole(value as Role)}
          error={errorFor('role')}
        >
          <Group gap="lg" mt={6}>
            {ROLES.map((value) => (
              <Radio key={value} value={value} label={t(`roles.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Radio.Group
          label={t('locale')}
          description={t('add.localeHint')}
          value={locale}
          onChange={(value) => setLocale(value as Locale)}
          error={errorFor('locale')}
        >
          <Group gap="lg" mt={6}>
            {LOCALES.map((value) => (
              <Radio key={value} value={value} label={t(`locales.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={loading}>
            {loading ? t('add.submitting') : t('add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
