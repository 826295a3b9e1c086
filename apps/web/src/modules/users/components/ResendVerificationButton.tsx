import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useResendVerification } from '../hooks/useResendVerification';
import { useUsersTranslation } from '../texts';

export function ResendVerificationButton({ userId, email }: { userId: string; email: string }) {
  const { t } = useUsersTranslation();
  const describe = useErrorMessage();
  const { resendVerification, loading } = useResendVerification();

  const resend = async () => {
    const { user, error } = await resendVerification(userId);
    // A toast either way: the row does not change, so the outcome needs a voice of its own.
    notifications.show(
      user
        ? { color: 'teal', message: t('resend.sent', { email }) }
        : { color: 'red', message: describe(error, t('resend.forbiddenAction')) },
    );
  };

  return (
    <Button
      size="xs"
      variant="light"
      onClick={() => void resend()}
      loading={loading}
      aria-label={t('resend.label', { email })}
    >
      {t('resend.button')}
    </Button>
  );
}
