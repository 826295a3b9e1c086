import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DeliveryTemplateNamesQuery } from '../graphql/deliveries.graphql';

/** Template keys with their names in the UI language, for the type column and filter. */
export function useTemplateNames() {
  const { i18n } = useTranslation();
  const { data } = useQuery(DeliveryTemplateNamesQuery, {
    variables: { locale: i18n.language === 'de' ? 'DE' : 'EN' },
  });
  const templates = data?.templates ?? [];
  const names = new Map(templates.map((template) => [template.key, template.name]));
  return { templates, nameOf: (key: string) => names.get(key) };
}
