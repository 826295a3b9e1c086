import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { MeQuery, SignOutMutation } from '../graphql/auth.graphql';

export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading, error }] = useMutation(SignOutMutation);
  const signOut = async () => {
    await mutate().catch(() => undefined); // Even if the server call fails, drop local state.
    // Navigate first so the guard does not remember this page as the place to come back to.
    await navigate('/sign-in', { replace: true });
    await client.clearStore();
    client.cache.writeQuery({ query: MeQuery, data: { me: null } });
  };
  return { signOut, loading, error };
}
