import {
  Alert,
  Box,
  Code,
  Group,
  List,
  Paper,
  SegmentedControl,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader';
import type { LivePreview } from '../hooks/useLivePreview';

type Width = 'desktop' | 'mobile';
const WIDTHS: Record<Width, number | string> = { desktop: '100%', mobile: 375 };

/**
 * The rendered email in an iframe with an empty `sandbox`: no scripts, no same origin, no forms or
 * pop-ups. Whatever an admin pastes into a template cannot reach this page.
 */
export function PreviewPanel({ preview, controls }: { preview: LivePreview; controls?: ReactNode }) {
  const { t } = useTranslation('templates');
  const [width, setWidth] = useState<Width>('desktop');
  const { email, problems, failure } = preview;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="template-preview-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="template-preview-title">
            {t('preview.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('preview.description')}
          </Text>
        </div>
        {controls}
        {(problems.length > 0 || failure) && (
          <Alert color="orange" variant="light" role="status" data-testid="preview-stale">
            <Text size="sm">{t('preview.stale')}</Text>
            <List size="sm">
              {failure && <List.Item>{failure}</List.Item>}
              {problems.map((problem) => (
                <List.Item key={`${problem.field}:${problem.line}:${problem.column}:${problem.message}`}>
                  {t('problems.position', {
                    field: t(`problems.fields.${problem.field}`),
                    line: problem.line,
                    column: problem.column,
                  })}
                  {`: ${problem.message}`}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {email && email.warnings.length > 0 && (
          <Alert color="yellow" variant="light" title={t('preview.warnings')} data-testid="preview-warnings">
            <List size="sm">
              {email.warnings.map((warning) => (
                <List.Item key={warning}>{warning}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {!email ? (
          <PageLoader label={t('preview.rendering')} />
        ) : (
          <Tabs defaultValue="html" keepMounted={false} data-leave-guard="inside">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Tabs.List>
                <Tabs.Tab value="html">{t('preview.html')}</Tabs.Tab>
                <Tabs.Tab value="text">{t('preview.text')}</Tabs.Tab>
              </Tabs.List>
              <SegmentedControl
                size="xs"
                aria-label={t('preview.width')}
                value={width}
                onChange={(value) => setWidth(value as Width)}
                data={[
                  { value: 'desktop', label: t('preview.desktop') },
                  { value: 'mobile', label: t('preview.mobile') },
                ]}
              />
            </Group>
            <Text size="sm" mt="xs" data-testid="preview-subject">
              <Text span c="dimmed" size="sm">
                {t('preview.subject')}:{' '}
              </Text>
              {email.subject}
            </Text>
            <Tabs.Panel value="html" pt="xs">
              <Box bg="gray.1" p={width === 'mobile' ? 'sm' : 0} style={{ borderRadius: 8 }}>
                <iframe
                  title={t('preview.frameTitle')}
                  sandbox=""
                  srcDoc={email.html}
                  data-testid="template-preview"
                  style={{
                    display: 'block',
                    width: WIDTHS[width],
                    maxWidth: '100%',
                    height: 640,
                    margin: '0 auto',
                    border: '1px solid var(--mantine-color-gray-3)',
                    borderRadius: 8,
                    background: '#fff',
                  }}
                />
              </Box>
            </Tabs.Panel>
            <Tabs.Panel value="text" pt="xs">
              <Code
                block
                mah={640}
                style={{ overflow: 'auto', whiteSpace: 'pre-wrap' }}
                data-testid="preview-text"
              >
                {email.text}
              </Code>
            </Tabs.Panel>
          </Tabs>
        )}
      </Stack>
    </Paper>
  );
}
