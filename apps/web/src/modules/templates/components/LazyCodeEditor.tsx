import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeEditorProps } from './CodeEditor';

const CodeEditor = lazy(async () => ({ default: (await import('./CodeEditor')).CodeEditor }));

export function LazyCodeEditor(props: CodeEditorProps) {
  const { t } = useTranslation('templates');
  return (
    <Suspense fallback={<Skeleton height={200} radius="md" aria-label={t('editor.loadingEditor')} />}>
      <CodeEditor {...props} />
    </Suspense>
  );
}
