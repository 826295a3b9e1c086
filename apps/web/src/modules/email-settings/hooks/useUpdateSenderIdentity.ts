import { useMutation } from '@apollo/client/react';
import type { SenderIdentityInput } from '../../../gql/graphql';
import { AuditLogQuery, UpdateSenderIdentityMutation } from '../graphql/sender.graphql';
import { writeEmailSettings } from './email-settings-cache';

export function useUpdateSenderIdentity() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateSenderIdentityMutation, {
    refetchQueries: [AuditLogQuery],
    update: (cache, { data }) => writeEmailSettings(cache, data?.updateSenderIdentity),
  });
  const updateSenderIdentity = async (input: SenderIdentityInput) => {
    const result = await mutate({ variables: { input } }).catch(() => undefined);
    return result?.data?.updateSenderIdentity ?? null;
  };
  return { updateSenderIdentity, loading, error, reset };
}
