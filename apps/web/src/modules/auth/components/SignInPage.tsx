import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { DEFAULT_PATH } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { PublicCardPage } from '../../../components/PublicCardPage';
import { useSession } from '../hooks/useSession';
import { SignInForm } from './SignInForm';

/** Where the guard sent the user from, so signing in takes them back there. */
function useReturnPath() {
  const state = useLocation().state as { from?: { pathname: string; search?: string } } | null;
  const from = state?.from;
  if (!from || from.pathname.startsWith('/sign-in')) return DEFAULT_PATH;
  return `${from.pathname}${from.search ?? ''}`;
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const returnPath = useReturnPath();
  const { me, loading, error, retry } = useSession();

  if (me) return <Navigate to={returnPath} replace />;

  return (
    <PublicCardPage title={t('auth.title')} subtitle={t('auth.subtitle')} maxWidth={420}>
      {loading ? (
        <PageLoader />
      ) : error ? (
        <ErrorAlert error={error} onRetry={retry} />
      ) : (
        <SignInForm onSignedIn={() => void navigate(returnPath, { replace: true })} />
      )}
    </PublicCardPage>
  );
}
