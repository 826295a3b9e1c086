import { useState } from 'react';
import { useSessionContext } from './useSession';

/** Signs in through the first page's tiny GraphQL client; the shell's Apollo cache starts from the user. */
export function useSignIn() {
  const { api, startSession } = useSessionContext();
  const [state, setState] = useState<{ loading: boolean; error?: unknown }>({ loading: false });

  const signIn = async (email: string, password: string) => {
    setState({ loading: true });
    try {
      const user = await api.signIn(email, password);
      setState({ loading: false });
      startSession(user);
      return user;
    } catch (error) {
      setState({ loading: false, error });
      return null;
    }
  };
  const reset = () => setState((current) => ({ ...current, error: undefined }));
  return { signIn, reset, ...state };
}
