import type { ApolloCache } from '@apollo/client';
import type { EmailSettingsFieldsFragment } from '../../../gql/graphql';
import { EmailSettingsQuery } from '../graphql/sender.graphql';

/**
 * EmailSettings has no id, so the cache cannot match a mutation's result to the `emailSettings`
 * query by itself; every mutation that answers with the settings writes them back here.
 */
export function writeEmailSettings(
  cache: ApolloCache,
  emailSettings: EmailSettingsFieldsFragment | undefined,
) {
  if (emailSettings) cache.writeQuery({ query: EmailSettingsQuery, data: { emailSettings } });
}
