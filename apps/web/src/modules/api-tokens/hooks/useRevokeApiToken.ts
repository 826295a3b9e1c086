import { useMutation } from '@apollo/client/react';
import { RevokeApiTokenMutation } from '../graphql/api-tokens.graphql';

export function useRevokeApiToken() {
  // The result carries the token's id, so the normalized cache marks the row revoked by itself.
  const [mutate, { loading, error, reset }] = useMutation(RevokeApiTokenMutation);
  const revokeApiToken = async (id: string) => {
    const result = await mutate({ variables: { id } }).catch(() => undefined);
    return result?.data?.revokeApiToken ?? null;
  };
  return { revokeApiToken, loading, error, reset };
}
