import { useMutation } from '@apollo/client/react';
import { EnableHostedSendingMutation } from '../graphql/hosted.graphql';
import { writeHostedSettings } from './hosted-cache';

export function useEnableHostedSending() {
  const [mutate, { loading, error, reset }] = useMutation(EnableHostedSendingMutation, {
    update: (cache, { data }) => writeHostedSettings(cache, data?.setSenderMode),
  });
  const enableHostedSending = async () => {
    const result = await mutate().catch(() => undefined);
    return result?.data?.setSenderMode ?? null;
  };
  return { enableHostedSending, loading, error, reset };
}
