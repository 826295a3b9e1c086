import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateVariableFieldsFragment } from '../../../gql/graphql';
import { describeSample } from '../lib/variables';

type VariablePaletteProps = {
  variables: TemplateVariableFieldsFragment[];
  onInsert: (variable: TemplateVariableFieldsFragment) => void;
  disabled?: boolean;
};

/** The variables the email may use; each is a button, so the palette works with the keyboard. */
export function VariablePalette({ variables, onInsert, disabled }: VariablePaletteProps) {
  const { t } = useTranslation('templates');
  const items = (count: number) => t('palette.items', { count });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="variable-palette-title">
      <Title order={3} size="h5" id="variable-palette-title">
        {t('palette.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('palette.description')}
      </Text>
      {variables.length === 0 ? (
        <Text size="sm">{t('palette.empty')}</Text>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {variables.map((variable) => (
            <li key={variable.name}>
              <Button
                variant="light"
                size="compact-sm"
                ff="monospace"
                disabled={disabled}
                onClick={() => onInsert(variable)}
                aria-label={t('palette.insert', { name: variable.name })}
                // The editor keeps its cursor: a click must not move the focus away first.
                onMouseDown={(event) => event.preventDefault()}
              >
                {variable.name}
              </Button>
              <Text size="xs">{variable.description}</Text>
              <Text size="xs" c="dimmed">
                {t('palette.sample', { sample: describeSample(variable.sample, items) })}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
