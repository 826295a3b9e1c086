import { useMutation } from '@apollo/client/react';
import type { CreateUserInput } from '../../../gql/graphql';
import { CreateUserMutation, UsersQuery } from '../graphql/users.graphql';

export function useCreateUser() {
  const [mutate, { loading, error, reset }] = useMutation(CreateUserMutation);

  const createUser = async (input: CreateUserInput) => {
    const result = await mutate({
      variables: { input },
      update: (cache, { data }) => {
        const user = data?.createUser;
        if (!user) return;
        cache.updateQuery({ query: UsersQuery }, (list) =>
          list ? { users: [...list.users.filter((u) => u.id !== user.id), user] } : list,
        );
      },
    }).catch(() => undefined);
    return result?.data?.createUser ?? null;
  };
  return { createUser, loading, error, reset };
}
