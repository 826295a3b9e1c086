import { useMutation } from '@apollo/client/react';
import type { SenderMode } from '../../../gql/graphql';
import { AuditLogQuery, SetSenderModeMutation } from '../graphql/sender.graphql';
import { writeEmailSettings } from './email-settings-cache';

export function useSetSenderMode() {
  const [mutate, { loading, error, reset }] = useMutation(SetSenderModeMutation, {
    refetchQueries: [AuditLogQuery],
    update: (cache, { data }) => writeEmailSettings(cache, data?.setSenderMode),
  });
  const setSenderMode = async (mode: SenderMode) => {
    const result = await mutate({ variables: { mode } }).catch(() => undefined);
    return result?.data?.setSenderMode ?? null;
  };
  return { setSenderMode, loading, error, reset };
}
