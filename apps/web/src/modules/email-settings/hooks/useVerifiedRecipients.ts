import { useQuery } from '@apollo/client/react';
import { SenderContextQuery } from '../graphql/sender.graphql';

/** The only addresses a test may go to; members cannot read them (FORBIDDEN), so errors stay quiet. */
export function useVerifiedRecipients() {
  const { data, loading, error } = useQuery(SenderContextQuery);
  return { recipients: data?.verifiedRecipients ?? [], loading: loading && !data, error };
}
