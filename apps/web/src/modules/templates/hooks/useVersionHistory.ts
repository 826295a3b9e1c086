import { useQuery } from '@apollo/client/react';
import { FooterVersionsQuery, TemplateVersionsQuery } from '../graphql/templates.graphql';
import type { EditTarget } from '../lib/target';

/** Versions of the template or footer being edited, newest first; loaded only while the list is open. */
export function useVersionHistory(target: EditTarget, opened: boolean) {
  const template = useQuery(TemplateVersionsQuery, {
    variables: { key: target.kind === 'template' ? target.key : '', locale: target.locale },
    skip: !opened || target.kind !== 'template',
    fetchPolicy: 'cache-and-network',
  });
  const footer = useQuery(FooterVersionsQuery, {
    variables: { locale: target.locale },
    skip: !opened || target.kind !== 'footer',
    fetchPolicy: 'cache-and-network',
  });
  const active = target.kind === 'template' ? template : footer;
  const versions = target.kind === 'template' ? template.data?.templateVersions : footer.data?.footerVersions;
  return { versions, loading: active.loading && !versions, error: active.error, refetch: active.refetch };
}
