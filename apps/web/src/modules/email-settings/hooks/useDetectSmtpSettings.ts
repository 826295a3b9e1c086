import { useMutation } from '@apollo/client/react';
import { DetectSmtpSettingsMutation } from '../graphql/sender.graphql';

export function useDetectSmtpSettings() {
  const [mutate, { data, loading, error, reset }] = useMutation(DetectSmtpSettingsMutation);
  const detectSmtpSettings = async (host: string) => {
    const result = await mutate({ variables: { host } }).catch(() => undefined);
    return result?.data?.detectSmtpSettings ?? null;
  };
  return { detectSmtpSettings, detection: data?.detectSmtpSettings, loading, error, reset };
}
