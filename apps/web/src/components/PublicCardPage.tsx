import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

/** The frame of the pages a visitor sees without the app shell: sign-in and email verification. */
export function PublicCardPage(props: {
  title: string;
  subtitle?: string;
  maxWidth: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)" component="main">
      <Stack w="100%" maw={props.maxWidth} gap="lg">
        <Group justify="space-between" align="center">
          <Text fw={700} size="lg" c="indigo.7">
            {t('translation:app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} size="h3">
                {props.title}
              </Title>
              {props.subtitle && (
                <Text size="sm" c="dimmed">
                  {props.subtitle}
                </Text>
              )}
            </Stack>
            {props.children}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
