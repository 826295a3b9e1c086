import { useMutation } from '@apollo/client/react';
import type { SmtpSettingsInput } from '../../../gql/graphql';
import { AuditLogQuery, UpdateSmtpSettingsMutation } from '../graphql/sender.graphql';

export function useSaveSmtpSettings() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateSmtpSettingsMutation, {
    refetchQueries: [AuditLogQuery],
  });
  const saveSmtpSettings = async (input: SmtpSettingsInput) => {
    const result = await mutate({ variables: { input } }).catch(() => undefined);
    return result?.data?.updateSmtpSettings ?? null;
  };
  return { saveSmtpSettings, loading, error, reset };
}
