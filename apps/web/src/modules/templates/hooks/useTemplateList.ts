import type { Locale } from '@ametrika/shared';
import { useQuery } from '@apollo/client/react';
import { TemplateListQuery } from '../graphql/templates.graphql';

/** The dropdown's entries: names in the UI language, "customised" for the edited locale. */
export function useTemplateList(uiLocale: Locale, locale: Locale) {
  const { data, previousData, loading, error, refetch } = useQuery(TemplateListQuery, {
    variables: { uiLocale, locale },
  });
  // While another locale loads, keep the old entries so the dropdown does not flicker empty.
  const shown = data ?? previousData;
  const customized = new Map(shown?.templates.map((template) => [template.key, template.customized]));
  const entries = shown?.names.map((template) => ({
    key: template.key,
    name: template.name,
    customized: customized.get(template.key) ?? false,
  }));
  const footer = shown ? { name: shown.footerName.name, customized: shown.footer.customized } : undefined;
  return { entries, footer, loading, error, refetch };
}
