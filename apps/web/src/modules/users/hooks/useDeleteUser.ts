import { useMutation } from '@apollo/client/react';
import { DeleteUserMutation, UsersQuery } from '../graphql/users.graphql';

export function useDeleteUser() {
  const [mutate, { loading, error, reset }] = useMutation(DeleteUserMutation);

  const deleteUser = async (userId: string) => {
    const result = await mutate({
      variables: { userId },
      update: (cache, { data }) => {
        if (!data?.deleteUser) return;
        cache.updateQuery({ query: UsersQuery }, (list) =>
          list ? { users: list.users.filter((user) => user.id !== userId) } : list,
        );
        cache.evict({ id: cache.identify({ __typename: 'User', id: userId }) });
        cache.gc();
      },
    }).catch(() => undefined);
    return result?.data?.deleteUser ?? false;
  };
  return { deleteUser, loading, error, reset };
}
