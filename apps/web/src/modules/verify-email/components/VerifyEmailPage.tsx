import { Anchor } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { PublicCardPage } from '../../../components/PublicCardPage';
import { useMe } from '../../auth/hooks/useMe';
import { useVerifyEmail } from '../hooks/useVerifyEmail';
import { useVerifyEmailTranslation } from '../texts';
import { VerificationOutcome } from './VerificationOutcome';

/** Public: the link in the verification email lands here, signed in or not. */
export function VerifyEmailPage() {
  const { t } = useVerifyEmailTranslation();
  const [params] = useSearchParams();
  const { verification, retry } = useVerifyEmail(params.get('token'));
  const { me } = useMe();

  return (
    <PublicCardPage title={t('title')} maxWidth={520}>
      <div aria-live="polite">
        <VerificationOutcome verification={verification} onRetry={retry} />
      </div>
      {verification.status !== 'verifying' && (
        <Anchor component={Link} to={me ? '/users' : '/sign-in'} size="sm">
          {me ? t('goToUsers') : t('signIn')}
        </Anchor>
      )}
    </PublicCardPage>
  );
}
