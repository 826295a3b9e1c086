import type { Locale } from '@ametrika/shared';
import { useQuery } from '@apollo/client/react';
import { FooterQuery, TemplateQuery } from '../graphql/templates.graphql';

export function useTemplate(key: string, locale: Locale) {
  const { data, loading, error, refetch } = useQuery(TemplateQuery, { variables: { key, locale } });
  return { template: data?.template, loading: loading && !data, error, refetch };
}

/** The account's footer; template previews need it too, because they show it as sent. */
export function useFooter(locale: Locale, options: { skip?: boolean } = {}) {
  const { data, loading, error, refetch } = useQuery(FooterQuery, {
    variables: { locale },
    skip: options.skip,
  });
  return { footer: data?.footer, loading: loading && !data, error, refetch };
}
