import { useQuery } from '@apollo/client/react';
import { CapturedMailQuery } from '../graphql/mailbox.graphql';

export function useCapturedMail(id: string) {
  const { data, loading, error, refetch } = useQuery(CapturedMailQuery, { variables: { id } });
  return { mail: data?.capturedMail, loading: loading && !data, error, refetch };
}
