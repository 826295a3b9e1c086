import { useMutation, useQuery } from '@apollo/client/react';
import type { SendTestEmailInput } from '../../../gql/graphql';
import { SendTestEmailMutation, VerifiedRecipientsQuery } from '../graphql/send-test.graphql';

export function useVerifiedRecipients() {
  const { data, loading, error, refetch } = useQuery(VerifiedRecipientsQuery, {
    fetchPolicy: 'cache-and-network', // a test user may have been verified in another tab
  });
  return { recipients: data?.verifiedRecipients, loading: loading && !data, error, refetch };
}

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
