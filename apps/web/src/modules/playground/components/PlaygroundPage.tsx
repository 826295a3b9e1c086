import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { Box, Stack } from '@mantine/core';
import { GraphiQL } from 'graphiql';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { createFetcher } from '../lib/fetcher';
import { IntegratorHint } from './IntegratorHint';

const DEFAULT_QUERY = `# Ametrika Email API. Press Ctrl+Enter (⌘+Enter) to run.
query Me {
  me {
    email
    name
    role
  }
}
`;

/** Loaded lazily: GraphiQL and Monaco are by far the largest part of the SPA and bundled, so it works offline. */
export function PlaygroundPage() {
  const { t } = useTranslation();
  const fetcher = useMemo(() => createFetcher(), []);
  return (
    // Fill the viewport below the header, so the editor and result use the space and the page does not scroll.
    <Stack gap="md" h="calc(100dvh - var(--app-shell-header-height, 60px) - 2 * var(--mantine-spacing-lg))">
      <PageHeader title={t('playground.title')} description={t('playground.description')} />
      <IntegratorHint />
      <Box
        mih={420}
        style={{
          flex: 1,
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 'var(--mantine-radius-md)',
        }}
        data-testid="graphiql"
        className="playground"
      >
        <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} forcedTheme="light" />
      </Box>
    </Stack>
  );
}
