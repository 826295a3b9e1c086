import { Box } from '@mantine/core';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { loadAppLayout } from '../../../app/pages';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageLoader } from '../../../components/PageLoader';
import { useMe } from '../hooks/useMe';

/** Route guard: signed-out visitors go to the sign-in page and come back here afterwards. */
export function RequireAuth() {
  const location = useLocation();
  const { me, loading, error, refetch } = useMe();
  useEffect(() => void loadAppLayout().catch(() => undefined), []);

  if (loading) return <FullPageLoader />;
  if (error && me === undefined) {
    return (
      <Box maw={640} mx="auto" p="xl" component="main">
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Box>
    );
  }
  if (!me) return <Navigate to="/sign-in" replace state={{ from: location }} />;
  return <Outlet />;
}
