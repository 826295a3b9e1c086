import { Badge, Group, Text } from '@mantine/core';
import { useDeliveriesTranslation } from '../texts';

type DeliveryTypeProps = {
  kind: string;
  templateKey: string | null;
  nameOf: (key: string) => string | undefined;
};

/** The template's name in the UI language, marked when it was a test or a verification. */
export function DeliveryType({ kind, templateKey, nameOf }: DeliveryTypeProps) {
  const { t } = useDeliveriesTranslation();
  const name = templateKey ? (nameOf(templateKey) ?? templateKey) : t('otherType', { kind });
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">{name}</Text>
      {kind === 'test' && (
        <Badge size="xs" variant="outline" color="gray" miw="max-content">
          {t('kinds.test')}
        </Badge>
      )}
    </Group>
  );
}
