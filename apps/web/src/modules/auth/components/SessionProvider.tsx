import { createContext, type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { type CurrentUser, createSessionApi, type SessionApi } from '../lib/session-api';

/** Why a session ended: signing out forgets the page; an expired session comes back to it. */
export type SessionEnd = 'signed-out' | 'expired';

type SessionState = {
  /** The signed-in user; null when signed out, undefined until the API has answered. */
  me: CurrentUser | null | undefined;
  error: unknown;
  ended?: SessionEnd;
};

export type Session = SessionState & {
  api: SessionApi;
  /** Asks the API who is signed in (again after an error); one request at a time. */
  load: () => void;
  startSession: (user: CurrentUser) => void;
  endSession: (reason: SessionEnd) => void;
};

export const SessionContext = createContext<Session | null>(null);

const defaultApi = createSessionApi();

type SessionProviderProps = { api?: SessionApi; children: ReactNode };

/**
 * Who is signed in, known without Apollo: the route guard and the sign-in page are the first page,
 * and Apollo loads with the signed-in shell. The shell primes its Apollo cache from here and
 * reports back through `endSession` when the API answers UNAUTHENTICATED or the user signs out.
 */
export function SessionProvider({ api = defaultApi, children }: SessionProviderProps) {
  const [state, setState] = useState<SessionState>({ me: undefined, error: undefined });
  const loading = useRef(false);
  // A sign-in or sign-out during a `me` request makes its answer stale.
  const generation = useRef(0);

  const load = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    const started = generation.current;
    setState((current) => ({ ...current, error: undefined }));
    api.me().then(
      (me) => {
        loading.current = false;
        if (started === generation.current) setState({ me, error: undefined });
      },
      (error: unknown) => {
        loading.current = false;
        if (started === generation.current) setState((current) => ({ ...current, error }));
      },
    );
  }, [api]);

  const startSession = useCallback((user: CurrentUser) => {
    generation.current += 1;
    setState({ me: user, error: undefined });
  }, []);

  const endSession = useCallback((reason: SessionEnd) => {
    generation.current += 1;
    setState({ me: null, error: undefined, ended: reason });
  }, []);

  const session = useMemo(
    () => ({ ...state, api, load, startSession, endSession }),
    [state, api, load, startSession, endSession],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
