import { useQuery } from '@apollo/client/react';
import { AuditLogQuery } from '../graphql/sender.graphql';

export const AUDIT_PAGE_SIZE = 50;

export function useAuditLog() {
  const { data, loading, error, refetch } = useQuery(AuditLogQuery, {
    variables: { first: AUDIT_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  return { events: data?.auditLog, loading: loading && !data, error, refetch };
}
