import type { Locale } from '@ametrika/shared';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { FooterFieldsFragment, VersionFieldsFragment } from '../../../gql/graphql';
import {
  FooterQuery,
  FooterVersionsQuery,
  ResetFooterMutation,
  RestoreFooterVersionMutation,
  UpdateFooterMutation,
} from '../graphql/templates.graphql';

const REFETCH = ['TemplateList', 'FooterVersions'];

/** Save, reset (with what undoing it needs) and restore of the footer in one locale. */
export function useFooterMutations(locale: Locale) {
  const client = useApolloClient();
  const [update, saveState] = useMutation(UpdateFooterMutation, { refetchQueries: REFETCH });
  const [resetFooter, resetState] = useMutation(ResetFooterMutation, { refetchQueries: REFETCH });
  const [restoreVersion, restoreState] = useMutation(RestoreFooterVersionMutation, {
    refetchQueries: REFETCH,
  });

  // Written into FooterQuery so every template preview of this locale shows the new footer at once.
  const remember = (footer: FooterFieldsFragment) => {
    client.cache.writeQuery({ query: FooterQuery, variables: { locale }, data: { footer } });
    return footer;
  };

  const save = async (content: { body: string }) => {
    const result = await update({ variables: { input: { locale, body: content.body } } }).catch(
      () => undefined,
    );
    return result?.data ? remember(result.data.updateFooter) : null;
  };

  const reset = async (): Promise<{
    footer: FooterFieldsFragment;
    undo: VersionFieldsFragment | null;
  } | null> => {
    const before = await client
      .query({ query: FooterVersionsQuery, variables: { locale }, fetchPolicy: 'network-only' })
      .catch(() => undefined);
    const result = await resetFooter({ variables: { locale } }).catch(() => undefined);
    if (!result?.data) return null;
    return { footer: remember(result.data.resetFooter), undo: before?.data?.footerVersions[0] ?? null };
  };

  const restore = async (id: string) => {
    const result = await restoreVersion({ variables: { id } }).catch(() => undefined);
    return result?.data ? remember(result.data.restoreFooterVersion) : null;
  };

  return {
    save,
    saving: saveState.loading,
    saveError: saveState.error,
    clearSaveError: saveState.reset,
    reset,
    resetting: resetState.loading,
    resetError: resetState.error,
    restore,
    restoring: restoreState.loading,
    restoreError: restoreState.error,
  };
}
