import { Box } from '@mantine/core';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { loadAppLayout } from '../../../app/pages';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageLoader } from '../../../components/PageLoader';
import { useSession } from '../hooks/useSession';

/** Route guard: signed-out visitors go to the sign-in page and come back here afterwards. */
export function RequireAuth() {
  const location = useLocation();
  const { me, loading, error, retry, ended } = useSession();
  // The shell (and Apollo with it) loads in parallel with the `me` request.
  useEffect(() => void loadAppLayout().catch(() => undefined), []);

  if (loading) return <FullPageLoader />;
  if (error && me === undefined) {
    return (
      <Box maw={640} mx="auto" p="xl" component="main">
        <ErrorAlert error={error} onRetry={retry} />
      </Box>
    );
  }
  // After signing out, signing in again starts on the default page rather than the last one.
  if (!me)
    return <Navigate to="/sign-in" replace state={ended === 'signed-out' ? undefined : { from: location }} />;
  return <Outlet />;
}
