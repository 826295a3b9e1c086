import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type PageHeaderProps = { title: string; description?: ReactNode; eyebrow?: string };

export function PageHeader({ title, description, eyebrow }: PageHeaderProps) {
  return (
    <Stack gap={4} mb="lg">
      {eyebrow && (
        <Text size="xs" tt="uppercase" fw={600} c="dimmed">
          {eyebrow}
        </Text>
      )}
      <Title order={1} size="h2">
        {title}
      </Title>
      {description && (
        <Text c="dimmed" maw={720}>
          {description}
        </Text>
      )}
    </Stack>
  );
}
