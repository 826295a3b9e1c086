import { useQuery } from '@apollo/client/react';
import { UsersMailboxEnabledQuery } from '../graphql/users.graphql';

/** Whether the built-in mailbox catches outgoing mail, so the notice can point there. */
export function useMailboxEnabled() {
  const { data } = useQuery(UsersMailboxEnabledQuery);
  // Unknown (loading, error) counts as off: the link is a convenience, never required.
  return data?.mailboxEnabled ?? false;
}
