import type { Locale } from '@ametrika/shared';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { TemplateFieldsFragment, VersionFieldsFragment } from '../../../gql/graphql';
import {
  ResetTemplateMutation,
  RestoreTemplateVersionMutation,
  TemplateQuery,
  TemplateVersionsQuery,
  UpdateTemplateMutation,
} from '../graphql/templates.graphql';

export type TemplateContentInput = {
  subject: string;
  preheader: string;
  body: string;
  includesFooter?: boolean;
};

// Template has no id, so the cache cannot match a mutation's answer to the query by itself.
const REFETCH = ['TemplateList', 'TemplateVersions'];

/** Save, reset (with what undoing it needs) and restore of one template in one locale. */
export function useTemplateMutations(key: string, locale: Locale) {
  const client = useApolloClient();
  const [update, saveState] = useMutation(UpdateTemplateMutation, { refetchQueries: REFETCH });
  const [resetTemplate, resetState] = useMutation(ResetTemplateMutation, { refetchQueries: REFETCH });
  const [restoreVersion, restoreState] = useMutation(RestoreTemplateVersionMutation, {
    refetchQueries: REFETCH,
  });

  const remember = (template: TemplateFieldsFragment) => {
    client.cache.writeQuery({ query: TemplateQuery, variables: { key, locale }, data: { template } });
    return template;
  };

  const save = async (content: TemplateContentInput) => {
    const result = await update({ variables: { input: { key, locale, ...content } } }).catch(() => undefined);
    return result?.data ? remember(result.data.updateTemplate) : null;
  };

  /** Undoing a reset = restoring the version that was current before it, so look it up first. */
  const reset = async (): Promise<{
    template: TemplateFieldsFragment;
    undo: VersionFieldsFragment | null;
  } | null> => {
    const before = await client
      .query({ query: TemplateVersionsQuery, variables: { key, locale }, fetchPolicy: 'network-only' })
      .catch(() => undefined);
    const result = await resetTemplate({ variables: { key, locale } }).catch(() => undefined);
    if (!result?.data) return null;
    return { template: remember(result.data.resetTemplate), undo: before?.data?.templateVersions[0] ?? null };
  };

  const restore = async (id: string) => {
    const result = await restoreVersion({ variables: { id } }).catch(() => undefined);
    return result?.data ? remember(result.data.restoreTemplateVersion) : null;
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
