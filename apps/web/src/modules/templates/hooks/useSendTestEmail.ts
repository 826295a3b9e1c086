import { useMutation } from '@apollo/client/react';
import type { SendTestEmailInput } from '../../../gql/graphql';
import { SendTestEmailMutation } from '../graphql/send-test.graphql';

export function useSendTestEmail() {
  // no-cache: each send is its own event, not state worth keeping.
  const [mutate, { data, loading, error, reset }] = useMutation(SendTestEmailMutation, {
    fetchPolicy: 'no-cache',
  });
  const send = async (input: SendTestEmailInput) => {
    reset();
    const result = await mutate({ variables: { input } }).catch(() => undefined);
    return result?.data?.sendTestEmail ?? null;
  };
  return { send, result: data?.sendTestEmail, loading, error, reset };
}
