import { useMutation } from '@apollo/client/react';
import { ResendVerificationMutation } from '../graphql/users.graphql';

export function useResendVerification() {
  const [mutate, { loading, error, reset }] = useMutation(ResendVerificationMutation);
  /** The error comes back too: the caller reports it in a toast, where hook state would be too late. */
  const resendVerification = async (userId: string) => {
    try {
      const result = await mutate({ variables: { userId } });
      return { user: result.data?.resendVerification ?? null, error: undefined };
    } catch (caught) {
      return { user: null, error: caught };
    }
  };
  return { resendVerification, loading, error, reset };
}
