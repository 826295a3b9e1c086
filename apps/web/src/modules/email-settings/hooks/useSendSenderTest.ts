import { useMutation } from '@apollo/client/react';
import type { SenderMode } from '../../../gql/graphql';
import { SendSenderTestMutation } from '../graphql/sender.graphql';

export function useSendSenderTest() {
  const [mutate, { data, loading, error, reset }] = useMutation(SendSenderTestMutation);
  const sendSenderTest = async (mode: SenderMode, to: string) => {
    const result = await mutate({ variables: { mode, to } }).catch(() => undefined);
    return result?.data?.sendSenderTest ?? null;
  };
  return { sendSenderTest, result: data?.sendSenderTest, loading, error, reset };
}
