import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadAppLayout } from '../../../app/pages';
import { toApiError } from '../../../lib/graphql-errors';
import { useErrorMessage } from '../../../lib/use-error-message';
import { type FieldErrors, toFieldErrors } from '../../../lib/zod-errors';
import { useSignIn } from '../hooks/useSignIn';
import { prefetchSignInSchema, validateSignIn } from '../lib/validate-sign-in';

type Field = 'email' | 'password';

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const { signIn, loading, error, reset } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});

  useEffect(() => {
    prefetchSignInSchema();
    // The signed-in shell (with Apollo) comes next; fetch it while the user types.
    void loadAppLayout().catch(() => undefined);
  }, []);

  const serverError = toApiError(error);
  // BAD_USER_INPUT names the field; show it there instead of above the form.
  const serverField = serverError?.code === 'BAD_USER_INPUT' ? (serverError.field as Field) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const parsed = await validateSignIn({ email, password });
    if (!parsed.success) {
      setFieldErrors(toFieldErrors<Field>(parsed.error, t));
      return;
    }
    setFieldErrors({});
    const user = await signIn(parsed.data.email, parsed.data.password);
    if (user) onSignedIn();
  };

  const errorFor = (field: Field) =>
    fieldErrors[field] ?? (serverField === field ? serverError?.message : undefined);

  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.submit')}>
      <Stack gap="md">
        {error !== undefined && !serverField && (
          <Alert color="red" variant="light" title={t('auth.failed')} role="alert">
            {describe(error)}
          </Alert>
        )}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errorFor('email')}
          data-autofocus
        />
        {/* A plain password field: PasswordInput's reveal toggle would cost ~3 KB on the first page. */}
        <TextInput
          type="password"
          label={t('auth.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errorFor('password')}
        />
        <Button type="submit" loading={loading} fullWidth>
          {loading ? t('auth.submitting') : t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
