import { useContext, useEffect } from 'react';
import { SessionContext } from '../components/SessionProvider';

export function useSessionContext() {
  const session = useContext(SessionContext);
  if (!session) throw new Error('The session is only known inside <Providers> (SessionProvider).');
  return session;
}

/**
 * The signed-in user for the route guard and the sign-in page: asks the API on first use.
 * `loading` until the answer; `retry` after an error.
 */
export function useSession() {
  const session = useSessionContext();
  const { me, error, load } = session;
  useEffect(() => {
    if (me === undefined && !error) load();
  }, [me, error, load]);
  return { ...session, loading: me === undefined && !error, retry: load };
}
