import { useApolloClient, useMutation } from '@apollo/client/react';
import type { TokenScope } from '../../../gql/graphql';
import { ApiTokensQuery, CreateApiTokenMutation } from '../graphql/api-tokens.graphql';

export function useCreateApiToken() {
  const client = useApolloClient();
  // no-cache: the secret must not linger in the Apollo cache after the user has copied it.
  const [mutate, { loading, error, reset }] = useMutation(CreateApiTokenMutation, {
    fetchPolicy: 'no-cache',
  });

  const createApiToken = async (name: string, scope: TokenScope) => {
    const result = await mutate({ variables: { name, scope } }).catch(() => undefined);
    const created = result?.data?.createApiToken;
    if (!created) return null;
    client.cache.updateQuery({ query: ApiTokensQuery }, (data) =>
      data ? { apiTokens: [...data.apiTokens, created.apiToken] } : data,
    );
    return created;
  };
  return { createApiToken, loading, error, reset };
}
