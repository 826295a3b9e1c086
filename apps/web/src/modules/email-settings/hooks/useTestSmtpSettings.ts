import { useMutation } from '@apollo/client/react';
import type { SmtpSettingsInput } from '../../../gql/graphql';
import { AuditLogQuery, EmailSettingsQuery, TestSmtpSettingsMutation } from '../graphql/sender.graphql';

export function useTestSmtpSettings() {
  // A passing test of the saved settings makes custom SMTP enableable: refetch the readiness.
  const [mutate, { data, loading, error, reset }] = useMutation(TestSmtpSettingsMutation, {
    refetchQueries: [EmailSettingsQuery, AuditLogQuery],
    awaitRefetchQueries: true,
  });
  const testSmtpSettings = async (settings: SmtpSettingsInput, to?: string) => {
    const result = await mutate({ variables: { input: { settings, to } } }).catch(() => undefined);
    return result?.data?.testSmtpSettings ?? null;
  };
  return { testSmtpSettings, report: data?.testSmtpSettings, loading, error, reset };
}
