import { useMutation } from '@apollo/client/react';
import type { SmtpSettingsInput } from '../../../gql/graphql';
import { AuditLogQuery, UpdateSmtpSettingsMutation } from '../graphql/sender.graphql';
import { writeEmailSettings } from './email-settings-cache';

export function useSaveSmtpSettings() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateSmtpSettingsMutation, {
    refetchQueries: [AuditLogQuery],
    update: (cache, { data }) => writeEmailSettings(cache, data?.updateSmtpSettings),
  });
  const saveSmtpSettings = async (input: SmtpSettingsInput) => {
    const result = await mutate({ variables: { input } }).catch(() => undefined);
    return result?.data?.updateSmtpSettings ?? null;
  };
  return { saveSmtpSettings, loading, error, reset };
}
