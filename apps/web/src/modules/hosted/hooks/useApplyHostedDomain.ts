import { useMutation } from '@apollo/client/react';
import type { HostedDomainInput } from '../../../gql/graphql';
import { ApplyHostedDomainMutation } from '../graphql/hosted.graphql';
import { writeHostedSettings } from './hosted-cache';

export function useApplyHostedDomain() {
  const [mutate, { loading, error, reset }] = useMutation(ApplyHostedDomainMutation, {
    update: (cache, { data }) => writeHostedSettings(cache, data?.applyHostedDomain),
  });
  const applyHostedDomain = async (input: HostedDomainInput) => {
    const result = await mutate({ variables: { input } }).catch(() => undefined);
    return result?.data?.applyHostedDomain.hosted ?? null;
  };
  return { applyHostedDomain, loading, error, reset };
}
