import { useApolloClient, useMutation } from '@apollo/client/react';
import { MeQuery, SignInMutation } from '../graphql/auth.graphql';

export function useSignIn() {
  const client = useApolloClient();
  const [mutate, { loading, error, reset }] = useMutation(SignInMutation);
  const signIn = async (email: string, password: string) => {
    const result = await mutate({ variables: { email, password } }).catch(() => undefined);
    const user = result?.data?.signIn;
    if (!user) return null;
    // A new session: nothing cached for an earlier user may leak into it.
    await client.clearStore();
    client.cache.writeQuery({ query: MeQuery, data: { me: user } });
    return user;
  };
  return { signIn, loading, error, reset };
}
