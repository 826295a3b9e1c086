import { useQuery } from '@apollo/client/react';
import { VerifiedRecipientsQuery } from '../graphql/users.graphql';

/**
 * The account's verified addresses, the only ones a test email may go to. Fetched again whenever a
 * form that offers them opens: a test user may have been verified in another tab. Members cannot read
 * them (FORBIDDEN), so the forms that offer them show them to admins only.
 */
export function useVerifiedRecipients() {
  const { data, loading, error, refetch } = useQuery(VerifiedRecipientsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  return { recipients: data?.verifiedRecipients, loading: loading && !data, error, refetch };
}
