import type { ApolloCache } from '@apollo/client';
import type { HostedEmailSettingsFieldsFragment } from '../../../gql/graphql';
import { HostedSettingsQuery } from '../graphql/hosted.graphql';

/**
 * EmailSettings has no id, so Apollo cannot match a mutation's answer to the query by itself:
 * every hosted mutation answers with the whole settings, which become the page's data at once.
 */
export function writeHostedSettings(
  cache: ApolloCache,
  settings: HostedEmailSettingsFieldsFragment | undefined,
) {
  if (!settings) return;
  cache.writeQuery({ query: HostedSettingsQuery, data: { emailSettings: settings } });
}
