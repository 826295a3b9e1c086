import { useMutation } from '@apollo/client/react';
import { VerifyHostedDnsRecordsMutation } from '../graphql/hosted.graphql';
import { writeHostedSettings } from './hosted-cache';

export function useVerifyDnsRecords() {
  const [mutate, { loading, error, reset }] = useMutation(VerifyHostedDnsRecordsMutation, {
    update: (cache, { data }) => writeHostedSettings(cache, data?.verifyDnsRecords),
  });
  const verifyDnsRecords = async () => {
    const result = await mutate().catch(() => undefined);
    return result?.data?.verifyDnsRecords.hosted ?? null;
  };
  return { verifyDnsRecords, loading, error, reset };
}
