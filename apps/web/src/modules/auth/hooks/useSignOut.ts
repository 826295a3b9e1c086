import { useMutation } from '@apollo/client/react';
import { SignOutMutation } from '../graphql/auth.graphql';
import { useSessionContext } from './useSession';

export function useSignOut() {
  const { endSession } = useSessionContext();
  const [mutate, { loading, error }] = useMutation(SignOutMutation);
  const signOut = async () => {
    await mutate().catch(() => undefined); // Even if the server call fails, drop local state.
    // The guard then sends the user to the sign-in page without remembering this page, and the
    // shell unmounts with its Apollo client: nothing cached for this user outlives the session.
    endSession('signed-out');
  };
  return { signOut, loading, error };
}
