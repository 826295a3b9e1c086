import { useMutation } from '@apollo/client/react';
import type { SenderMode } from '../../../gql/graphql';
import { AuditLogQuery, SetSenderModeMutation } from '../graphql/sender.graphql';

export function useSetSenderMode() {
  // EmailSettings has no id, so the result replaces the cached root field by itself.
  const [mutate, { loading, error, reset }] = useMutation(SetSenderModeMutation, {
    refetchQueries: [AuditLogQuery],
  });
  const setSenderMode = async (mode: SenderMode) => {
    const result = await mutate({ variables: { mode } }).catch(() => undefined);
    return result?.data?.setSenderMode ?? null;
  };
  return { setSenderMode, loading, error, reset };
}
